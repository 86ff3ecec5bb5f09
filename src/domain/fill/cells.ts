import { a1 } from '../sheet/address';
import type { CellWrite, ColumnWrite, WritePlan } from './types';

const HOLE = '\u0000';

/**
 * A formula built for a row, as the texts around that row's number: null when the formula cannot be
 * stated that way (a text in it holds the placeholder character), and the caller writes cell by cell.
 *
 * @example
 * rowFormula((r) => `=V${r}+W${r}`) // ['=V', '+W', '']
 */
export function rowFormula(build: (rowNumber: string) => string): string[] | null {
  const parts = build(HOLE).split(HOLE);
  return parts.join('1') === build('1') && parts.join('22') === build('22') ? parts : null;
}

/**
 * The formula a column write puts in one of its rows (0-based).
 *
 * @example
 * formulaAtRow(['=COUNTIF(C', ':U', ',"x")'], 5) === '=COUNTIF(C6:U6,"x")'
 */
export function formulaAtRow(parts: readonly string[], row: number): string {
  return parts.join(String(row + 1));
}

/** The cells of a column write, one CellWrite per row. */
export function columnCells(column: ColumnWrite): CellWrite[] {
  return column.rows.map((row, i) => ({
    sheet: column.sheet, row, col: column.col, cell: a1(row, column.col), role: column.role, key: column.keys[i],
    formula: formulaAtRow(column.rowFormula, row), text: undefined, numberFormat: column.numberFormat, style: column.style,
    value: column.values[i], replaces: undefined,
  }));
}

/** Every cell a plan writes, its column writes expanded (for hosts that write cell by cell, and for reports). */
export function cellWrites(plan: Pick<WritePlan, 'writes' | 'columns'>): CellWrite[] {
  const columns = plan.columns ?? [];
  return columns.length === 0 ? plan.writes : plan.writes.concat(...columns.map(columnCells));
}

/** How many cells a plan writes, in one sheet or in all, without expanding its columns. */
export function writeCount(plan: Pick<WritePlan, 'writes' | 'columns'>, sheet?: string): number {
  const mine = (w: { sheet: string }) => sheet === undefined || w.sheet === sheet;
  return plan.writes.filter(mine).length + (plan.columns ?? []).filter(mine).reduce((t, c) => t + c.rows.length, 0);
}

/** The sheets a plan writes to, in plan order. */
export function writtenSheets(plan: Pick<WritePlan, 'writes' | 'columns'>): string[] {
  return [...new Set([...plan.writes.map((w) => w.sheet), ...(plan.columns ?? []).map((c) => c.sheet)])];
}
