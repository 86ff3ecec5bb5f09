import type { Catalog } from '../catalog/schema';
import type { CatalogReason } from '../catalog/select';
import type { FindingDraft } from '../findings/codes';
import type { SheetKind, SheetModel } from '../recognize/models';
import type { Grid } from '../sheet/grid';
import type { Area } from '../sheet/snapshot';
import type { Table } from '../table/types';
import type { StatedThreshold } from './statedThresholds';

/** What a view is: one of the kinds of planning table the engine interprets. */
export type ViewKind = Exclude<SheetKind, 'unknown' | 'catalog'>;

/**
 * One table of a sheet as the engine understood it: the table model's reading, interpreted as a
 * targets list, an assignment, a funding list, tasks, responsibilities or a table read by its
 * relations alone. A sheet holds any number of them.
 */
export type View<K extends ViewKind = ViewKind> = K extends ViewKind ? {
  grid: Grid;
  kind: K;
  model: Extract<SheetModel, { kind: K }>;
  table: Table;
  /** The cells the view reads (the table's region). */
  area: Area;
  /** Thresholds the table states in its subtitle, legend or notes, each with its line. */
  thresholds?: StatedThreshold[];
} : never;

/** A region of a sheet holding numbers that no view understood: said, never passed over. */
export type Unread = {
  area: Area;
  /** Cells with numbers in it. */
  numbers: number;
  /** The words at its top (a title or a header), to name it. */
  title: string;
  /** `header`: a header was found but no view understood it; `no-header`: numbers under no header. */
  reason: 'header' | 'no-header';
};

/** A sheet as the engine read it: every view of it, and what it could not read. */
export type SheetReading = {
  grid: Grid;
  views: View[];
  unread: Unread[];
  /** The "Danh mục tiêu chí" sheet, read as the criteria set. */
  catalogSheet?: boolean;
};

/** Where a fact comes from, for the report ("số xã: 96, theo tiêu đề trang 'Chỉ tiêu' ô A2"). */
export type FactSource =
  | { kind: 'option' }
  | { kind: 'title' | 'label' | 'cell'; sheet: string; cell: string; text: string }
  | { kind: 'column-numbers'; sheet: string; cell: string; text: string }
  | { kind: 'count'; sheet: string; range: string }
  | { kind: 'ratio'; sheet: string; cell: string; text: string }
  | { kind: 'default' };

/**
 * A workbook as the engine understood it, once: the criteria set, the plan year, every sheet's views
 * and what was not read. Every consumer (check, fill, report, plan text, appendix, consolidation)
 * asks it and decides nothing again.
 */
export type Analysis = {
  catalog: Catalog;
  reason: CatalogReason;
  catalogs: readonly Catalog[];
  sheets: SheetReading[];
  /** Problems found before the checks ran (an invalid "Danh mục tiêu chí" sheet, a set mismatch). */
  preliminary: FindingDraft[];
  planYear?: number;
  /** Where the plan year was read. */
  planYearSource?: FactSource;
  /** The number of communes the user gave (--communes), used where no sheet states it. */
  communesOption?: number;
};
