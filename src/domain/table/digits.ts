import type { Grid } from '../sheet/grid';
import { readStated, type Stated } from '../sheet/stated';
import type { Table } from './types';

/** Tables whose rows are units alike (communes, districts, groups): a column holds one quantity. */
const ALIKE_AXES: ReadonlySet<Table['axis']> = new Set(['commune', 'district', 'group']);
/** The most digits a column is taken to show (more come from formulas, not from what a person typed). */
const MAX_DIGITS = 3;
/** The share of a column's numbers that must show a digit for the column to show it (one in ten ends in ",0"). */
const MOST = 0.5;

const DIGITS = new WeakMap<Table, Map<number, number>>();

/** Digits after the comma a stated number shows (a percent format's digits in percent units). */
function shownDigits(stated: Stated): number {
  return stated.percentForm === 'format' ? Math.max(0, stated.decimals - 2) : stated.decimals;
}

/** A number a person typed, shown as its cell says (no formula, no number format of its own). */
function typedGeneral(grid: Grid, row: number, col: number): boolean {
  if (grid.formula(row, col)) return false;
  const format = grid.numberFormat(row, col);
  return typeof grid.value(row, col) === 'string' || isGeneral(format);
}

function isGeneral(format: string | null): boolean {
  return !format || format === 'General' || format === '@';
}

/**
 * The digits after the comma most typed numbers of a table's column show ("13,5 | 12,7 | 14 | 9,3"
 * shows one), 0 when they show none or too few numbers are typed. Read along the units: the column
 * of a table by rows, the row of a table turned sideways; only in tables of units alike.
 *
 * @example
 * columnDigits(grid, table, { row: 9, col: 4 }) // 1
 */
export function columnDigits(grid: Grid, table: Table, at: { row: number; col: number }): number {
  if (!ALIKE_AXES.has(table.axis)) return 0;
  const line = table.orientation === 'rows' ? at.col : -1 - at.row;
  let byLine = DIGITS.get(table);
  if (!byLine) DIGITS.set(table, (byLine = new Map()));
  let digits = byLine.get(line);
  if (digits === undefined) byLine.set(line, (digits = typicalDigits(grid, table, at)));
  return digits;
}

function typicalDigits(grid: Grid, table: Table, at: { row: number; col: number }): number {
  const cells = table.orientation === 'rows'
    ? table.rows.filter((r) => r.role === 'unit').map((r) => ({ row: r.row, col: at.col }))
    : table.columns.filter((c) => c.col !== table.labelCol && c.col !== table.ttCol).map((c) => ({ row: at.row, col: c.col }));
  const shown: number[] = [];
  for (const { row, col } of cells) {
    const stated = readStated(grid, row, col);
    if (!stated || stated.nil || stated.denominator !== undefined) continue;
    // A formula's value in General format shows as many digits as the column is wide: it says nothing.
    if (grid.formula(row, col) && isGeneral(grid.numberFormat(row, col))) continue;
    shown.push(Math.min(shownDigits(stated), MAX_DIGITS));
  }
  if (shown.length < 3) return 0;
  for (let digits = MAX_DIGITS; digits >= 1; digits--) {
    if (shown.filter((d) => d >= digits).length >= shown.length * MOST) return digits;
  }
  return 0;
}

/**
 * The number a cell of a table states, with the precision its column shows: a typed "14" among
 * "13,5" and "12,7" stands for 14,0 (±0,05), not 13,5–14,5. A cell with a format or a formula of its
 * own keeps its own digits.
 *
 * @example
 * statedInTable(grid, table, 9, 4) // { value: 14, decimals: 1, percentForm: 'none' }
 */
export function statedInTable(grid: Grid, table: Table | undefined, row: number, col: number): Stated | null {
  const stated = readStated(grid, row, col);
  if (!stated || !table || stated.nil || stated.denominator !== undefined || !typedGeneral(grid, row, col)) return stated;
  const digits = columnDigits(grid, table, { row, col });
  return shownDigits(stated) < digits ? { ...stated, decimals: digits + (stated.percentForm === 'format' ? 2 : 0) } : stated;
}
