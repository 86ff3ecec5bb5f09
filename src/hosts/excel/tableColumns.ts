import { a1 } from '../../domain/sheet/address';
import { sheetRef } from '../../domain/sheet/refs';
import type { CellWrite } from '../../domain/fill/types';
import { cellId, columnRuns } from './runs';

/**
 * Excel's calculated columns: a formula written into a cell of an Excel Table can be copied by
 * Excel into the other cells of its column (AutoCorrect "Fill formulas in tables to create
 * calculated columns", on by default and applied to add-ins' writes too), over the cells a fill left
 * alone on purpose. No API turns it off, so the table columns a plan writes into are read before,
 * read again in the batch that writes them, and every cell the plan did not write that changed is
 * put back.
 */
type GuardedColumn = { sheet: string; col: number; top: number; formulas: unknown[]; formats: unknown[]; after?: Excel.Range };

export type TableGuard = { columns: GuardedColumn[] };

/** The tables of the sheets a plan writes, queued with the checks before writing. */
export type SheetTables = { sheet: string; tables: Excel.TableCollection }[];

export function queueTableLists(context: Excel.RequestContext, sheets: readonly string[]): SheetTables {
  return sheets.map((sheet) => {
    const tables = context.workbook.worksheets.getItem(sheet).tables;
    tables.load('items/name');
    return { sheet, tables };
  });
}

/**
 * Reads what the table columns a plan writes into hold now (a sync of its own, only when the
 * target sheets have tables); null when they have none.
 */
export async function guardTableColumns(context: Excel.RequestContext, lists: SheetTables, writes: readonly CellWrite[]): Promise<TableGuard | null> {
  const bodies = lists.flatMap(({ sheet, tables }) => tables.items.map((table) => {
    const body = table.getDataBodyRange();
    body.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'formulas', 'numberFormat']);
    return { sheet, body };
  }));
  if (bodies.length === 0) return null;
  await context.sync();
  const columns: GuardedColumn[] = [];
  for (const { sheet, body } of bodies) {
    const inside = (w: CellWrite) => w.sheet === sheet && w.row >= body.rowIndex && w.row < body.rowIndex + body.rowCount && w.col >= body.columnIndex && w.col < body.columnIndex + body.columnCount;
    for (const col of new Set(writes.filter(inside).map((w) => w.col))) {
      const i = col - body.columnIndex;
      columns.push({ sheet, col, top: body.rowIndex, formulas: (body.formulas as unknown[][]).map((row) => row[i]), formats: (body.numberFormat as unknown[][]).map((row) => row[i]) });
    }
  }
  return columns.length > 0 ? { columns } : null;
}

/** Queues a read of the guarded columns after the writes, in the same batch. */
export function queueGuardReads(context: Excel.RequestContext, guard: TableGuard): void {
  for (const column of guard.columns) {
    column.after = context.workbook.worksheets.getItem(column.sheet).getRangeByIndexes(column.top, column.col, column.formulas.length, 1);
    column.after.load('formulas');
  }
}

/**
 * Puts back the cells Excel filled that the plan did not write (a sync, only when there are some);
 * returns them as "'Sheet'!C7".
 */
export async function restoreFilledCells(context: Excel.RequestContext, guard: TableGuard, writes: readonly CellWrite[]): Promise<string[]> {
  const written = new Set(writes.map((w) => cellId(w.sheet, w.row, w.col)));
  const changed: { sheet: string; row: number; col: number; formula: unknown; format: unknown }[] = [];
  for (const column of guard.columns) {
    const now = (column.after?.formulas ?? []) as unknown[][];
    column.formulas.forEach((formula, i) => {
      const row = column.top + i;
      if (written.has(cellId(column.sheet, row, column.col)) || now[i]?.[0] === formula) return;
      changed.push({ sheet: column.sheet, row, col: column.col, formula, format: column.formats[i] });
    });
  }
  if (changed.length === 0) return [];
  for (const run of columnRuns(changed)) {
    const range = context.workbook.worksheets.getItem(run.sheet).getRangeByIndexes(run.top, run.col, run.items.length, 1);
    // The format first: a text typed as "=…" or "-…" under "@" stays a text.
    range.numberFormat = run.items.map((cell) => [cell.format]);
    range.formulas = run.items.map((cell) => [cell.formula]);
  }
  await context.sync();
  return changed.map((cell) => `${sheetRef(cell.sheet)}!${a1(cell.row, cell.col)}`);
}
