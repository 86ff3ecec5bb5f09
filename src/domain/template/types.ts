import type { Catalog } from '../catalog/schema';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { WritePlan } from '../fill/types';

export type TemplateKind = 'assignment' | 'targets' | 'funding' | 'tasks' | 'responsibility' | 'catalog' | 'plan';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['assignment', 'targets', 'funding', 'tasks', 'responsibility', 'catalog', 'plan'];

export type TemplateOptions = { catalog: Catalog; communes: readonly string[]; year: number };

/** A data-validation rule: a drop-down list (from values or a range) or a number. */
export type Validation =
  | { range: string; type: 'list'; values?: readonly string[]; source?: string }
  | { range: string; type: 'whole' | 'decimal'; min: number };

/** One sheet of a template: its cells (labels, blank inputs, link formulas) and how it looks. */
export type TemplateSheet = {
  snapshot: SheetSnapshot;
  /** Ranges a person types into: shaded as inputs. */
  inputs: string[];
  /** Cells holding formulas the template itself links (besides the fill's). */
  computed: string[];
  validations: Validation[];
  widths: number[];
  /** 0-based rows of the title and of the header. */
  titleRows: number[];
  headerRows: number[];
  /** Rows frozen at the top (the header stays visible). */
  freezeRows: number;
  /** Rows of section titles (bold across the row). */
  sectionRows?: number[];
  /** Height of the header rows, in points, where their labels wrap. */
  headerHeight?: number;
  /** Printed on A4 landscape, fitted to the page width, the header repeated on every page. */
  landscape?: boolean;
};

/** A template: its sheets and the fill plan that makes its computed cells live formulas. */
export type Template = { sheets: TemplateSheet[]; plan: WritePlan };
