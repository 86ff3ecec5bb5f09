import type { Grid } from './grid';
import { formatPrecision, readStated } from './stated';

/**
 * Whether a column of shares holds percent units (41,4) rather than fractions (0,414, or 41,4 % by
 * format or sign): the shares the sheet states decide (a plain number above 1); a column with none
 * yet is filled the way it is formatted (a percent format: fractions), else the way its header reads
 * ("Tỷ lệ (%)": percent units). The one place this is decided,
 * for every check and every fill.
 *
 * @example
 * inPercentUnits(grid, 6, [4, 5, 6], { top: 2, bottom: 3 }) // true when G5:G7 hold 41,4 or the header says "(%)"
 */
export function inPercentUnits(grid: Grid, col: number, rows: readonly number[], header?: { top: number; bottom: number }): boolean {
  const labels: { row: number; col: number }[] = [];
  if (header) for (let row = header.top; row <= header.bottom; row++) labels.push({ row, col });
  return sharesInPercentUnits(grid, rows.map((row) => ({ row, col })), labels);
}

/**
 * The same decision for any cells of shares (a row of shares under an assignment's criteria,
 * "Tỷ lệ (%)"), with the cells that label them.
 *
 * @example
 * sharesInPercentUnits(grid, [{ row: 23, col: 2 }, { row: 23, col: 3 }], [{ row: 23, col: 0 }])
 */
export function sharesInPercentUnits(grid: Grid, cells: readonly { row: number; col: number }[], labels: readonly { row: number; col: number }[]): boolean {
  let stated = 0;
  for (const { row, col } of cells) {
    const value = readStated(grid, row, col);
    if (!value) continue;
    stated++;
    if (value.percentForm === 'none' && Math.abs(value.value) > 1) return true;
  }
  if (stated > 0) return false;
  // A blank row or column already formatted as percentages (a template's) holds fractions.
  if (cells.some(({ row, col }) => formatPrecision(grid.numberFormat(row, col))?.percent)) return false;
  return labels.some(({ row, col }) => grid.raw(row, col).includes('%'));
}

/**
 * The same decision for one share on a line of its own ("Tỷ lệ | % | 70,3" under its count): its cell's
 * format decides — a percentage format holds a fraction, anything else percent units.
 *
 * @example
 * cellInPercentUnits(grid, 8, 4) // false when E9 is formatted "0.0%"
 */
export function cellInPercentUnits(grid: Grid, row: number, col: number): boolean {
  return !formatPrecision(grid.numberFormat(row, col))?.percent;
}
