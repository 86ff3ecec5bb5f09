import type { Grid } from '../sheet/grid';

/** Cells read to tell counts from marks. */
const SAMPLE = 60;

/**
 * True when most of the filled cells of the given rows and columns hold numbers other than 0, 1 or a
 * year (indicators met, households, kilometres): counts by unit and criterion, not marks — a mark
 * table's "1"/"0" and "2027" are marks.
 *
 * @example
 * holdsCounts(grid, [4, 5, 6], [2, 3, 4]) === true // "3 | 5 | 2" under criteria 1, 2, 3
 */
export function holdsCounts(grid: Grid, rows: Iterable<number>, cols: readonly number[], sample = SAMPLE): boolean {
  let filled = 0;
  let counts = 0;
  for (const row of rows) {
    for (const col of cols) {
      if (grid.isBlank(row, col)) continue;
      filled++;
      const value = grid.value(row, col);
      const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d/.test(value) ? grid.number(row, col) : null;
      if (number !== null && number !== 0 && number !== 1 && !(Number.isInteger(number) && number >= 2000 && number <= 2100)) counts++;
    }
    if (filled >= sample) break;
  }
  return filled >= 3 && counts * 2 > filled;
}
