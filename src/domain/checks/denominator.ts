import type { Grid } from '../sheet/grid';
import { readStated } from '../sheet/stated';

/** The denominator of one row: its own "X/Y" text first, else the table's number of communes. */
export function rowDenominator(grid: Grid, row: number, cols: readonly (number | undefined)[], fallback: number | undefined): number | undefined {
  for (const col of cols) {
    if (col === undefined) continue;
    const stated = readStated(grid, row, col);
    if (stated?.denominator !== undefined) return stated.denominator;
  }
  return fallback;
}
