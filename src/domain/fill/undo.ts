import { a1, parseA1 } from '../sheet/address';
import { rowOf, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../sheet/snapshot';
import { sameFormula } from '../sheet/formulaText';

/** A cell as it was before the add-in wrote it, and what the add-in wrote there (a formula or a text). */
export type UndoCell = {
  sheet: string;
  row: number;
  col: number;
  before: { value: CellValue; formula: string | null; numberFormat: string };
  wrote: string;
};

/**
 * How the old value of a replaced cell was kept, so that undo removes exactly that: the note's text
 * before (null: the note was added), what the note or comment holds after the write (`wrote`), and a
 * comment's id (Excel finds comments by id without failing when one was deleted).
 */
export type UndoNote = { sheet: string; row: number; col: number; kind: 'note' | 'comment'; before: string | null; wrote?: string; id?: string };

/**
 * What a write changed, enough to put it back: every cell as it was, the merged areas it added, the
 * notes or comments it added or extended. Made by the host that writes, from what Excel said the
 * cells held just before.
 */
export type UndoRecord = { cells: UndoCell[]; merges: { sheet: string; range: string }[]; notes: UndoNote[] };

/** What Excel's `formulas` gives for a cell: its formula, else its value ('' for a blank). */
export function shownFormula(value: CellValue, formula: string | null): string | number | boolean {
  if (formula) return formula;
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return value;
}

/**
 * The cells that hold neither what the add-in wrote nor what they held before (a person typed there
 * since), formulas compared as Excel spells them: undo leaves those cells and names them.
 *
 * @example
 * undoConflicts(record, (sheet, row, col) => formulasNow[sheet][row][col]) // ["'Giao'!U7"]
 */
export function undoConflicts(record: UndoRecord, now: (sheet: string, row: number, col: number) => unknown): string[] {
  return record.cells.filter((cell) => {
    const held = now(cell.sheet, cell.row, cell.col) ?? '';
    // Still as before (a write that failed before reaching it): nothing to restore, nothing lost.
    return !sameFormula(held, cell.wrote) && !sameFormula(held, shownFormula(cell.before.value, cell.before.formula));
  }).map((cell) => `'${cell.sheet}'!${a1(cell.row, cell.col)}`);
}

function cellOf(sheet: SheetSnapshot, row: number, col: number): { value: CellValue; formula: string | null; numberFormat: string | null } {
  const [r, c] = [row - sheet.origin.row, col - sheet.origin.col];
  return { value: sheet.values[r]?.[c] ?? null, formula: sheet.formulas?.[r]?.[c] ?? null, numberFormat: sheet.numberFormats?.[r]?.[c] ?? null };
}

/**
 * The record of a write from the snapshots of its sheets taken just before (values, formulas and the
 * number formats of the cells written; a cell without one was "General").
 */
export function undoRecordOf(before: WorkbookSnapshot, writes: readonly { sheet: string; row: number; col: number; formula?: string; text?: string }[], merges: UndoRecord['merges'], notes: UndoNote[]): UndoRecord {
  const sheets = new Map(before.sheets.map((s) => [s.name, s]));
  const cells = writes.map((write): UndoCell => {
    const sheet = sheets.get(write.sheet);
    const was = sheet ? cellOf(sheet, write.row, write.col) : { value: null, formula: null, numberFormat: null };
    return { sheet: write.sheet, row: write.row, col: write.col, before: { value: was.value, formula: was.formula, numberFormat: was.numberFormat ?? 'General' }, wrote: write.formula ?? write.text ?? '' };
  });
  return { cells, merges: [...merges], notes };
}

/**
 * A workbook with a record undone: every cell back to its value, formula and number format, the
 * merged areas the write added removed. Pure: the tests prove a host's undo against it.
 */
export function undoSnapshot(workbook: WorkbookSnapshot, record: UndoRecord): WorkbookSnapshot {
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) => {
      const cells = record.cells.filter((c) => c.sheet === sheet.name);
      const merges = record.merges.filter((m) => m.sheet === sheet.name).map((m) => m.range);
      if (cells.length === 0 && merges.length === 0) return sheet;
      const copy = <T>(row: readonly T[]) => rowOf(row, (cell) => cell);
      const values = sheet.values.map(copy);
      const formulas = sheet.formulas?.map(copy);
      const numberFormats = sheet.numberFormats?.map(copy);
      for (const cell of cells) {
        const [r, c] = [cell.row - sheet.origin.row, cell.col - sheet.origin.col];
        if (values[r]) values[r][c] = cell.before.value;
        if (formulas?.[r]) formulas[r][c] = cell.before.formula;
        if (numberFormats?.[r]) numberFormats[r][c] = cell.before.numberFormat === 'General' ? null : cell.before.numberFormat;
      }
      const removed = new Set(merges.map((range) => {
        const [from, to] = range.split(':').map(parseA1);
        return from && to ? `${from.row}:${from.col}:${to.row}:${to.col}` : range;
      }));
      return { ...sheet, values, formulas, numberFormats, merges: (sheet.merges ?? []).filter((m) => !removed.has(`${m.top}:${m.left}:${m.bottom}:${m.right}`)) };
    }),
  };
}
