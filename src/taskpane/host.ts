import type { WorkbookSnapshot } from '../domain/sheet/snapshot';
import type { WritePlan } from '../domain/fill/types';
import type { SheetLayout } from '../domain/appendix/layout';
import type { GeneratedKind } from '../domain/appendix/generated';
import type { Template } from '../domain/template/types';
import type { CriterionProgress } from '../domain/report/progress';
import type { CellRef } from '../hosts/excel/highlight';
import type { ApplyResult, ResumeState } from '../hosts/excel/applyPlan';
import type { UndoOutcome } from '../hosts/excel/undo';
import type { UndoRecord } from '../domain/fill/undo';
import type { IgnoredFinding } from '../domain/findings/ignored';
import type { Work } from './engine/types';

/** What the pane needs from the workbook it works on: Excel through Office.js, or a file. */
export type WorkbookHost = {
  read(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot>;
  goTo(sheet: string, cell: string): Promise<void>;
  /** Marks cells; false when the host cannot (the pane then hides the option). */
  highlight(cells: readonly CellRef[]): Promise<boolean>;
  clearHighlights(): Promise<number>;
  /**
   * Writes a fill plan into the workbook (refusing protected sheets before writing anything); says
   * which typed cells it kept because their old value could not be kept in a note, and which cells
   * of Excel Tables Excel filled itself and were put back. With `resume` (from a write Excel
   * stopped), goes on from where it stopped.
   */
  applyPlan(plan: WritePlan, work?: Work, resume?: ResumeState): Promise<Pick<ApplyResult, 'kept'> & { undo?: UndoRecord; restored?: string[]; changedSince?: string[] }>;
  /**
   * Puts back what a write changed; cells a person changed since are left and named (and so are
   * notes a person changed). Absent where the host cannot.
   */
  undo?(record: UndoRecord): Promise<UndoOutcome | void>;
  /** Writes a generated sheet (replacing the one generated before); returns its name. */
  writeSheet(kind: GeneratedKind, layout: SheetLayout, work?: Work): Promise<string>;
  /**
   * Undoes the last write of these generated sheets (the last first): deletes them and shows again
   * the ones they replaced; returns the names deleted. Absent where the host cannot.
   */
  undoSheets?(kinds: readonly GeneratedKind[]): Promise<string[]>;
  /** Inserts a template's sheets into the workbook; returns their names. */
  insertTemplate(template: Template, work?: Work): Promise<string[]>;
  /** Deletes sheets the add-in inserted (undo of a template); returns those deleted. Absent where the host cannot. */
  removeSheets?(names: readonly string[]): Promise<string[]>;
  /** Writes a consolidation's sheets, replacing those of the previous one; returns their names. */
  writeConsolidation(template: Template, work?: Work): Promise<string[]>;
  /** Inserts a native chart of criteria met now vs at year end (Excel only); returns the sheet's name. */
  insertChart?(rows: readonly CriterionProgress[]): Promise<string>;
  canHighlight: boolean;
  /** The findings the workbook says were ignored (its settings part); absent where the host keeps none. */
  loadIgnored?(): Promise<IgnoredFinding[]>;
  /** Remembers in the workbook which findings are ignored. */
  saveIgnored?(ignored: readonly IgnoredFinding[]): Promise<void>;
};
