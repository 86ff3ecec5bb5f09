import type { Grid } from '../sheet/grid';
import { fold, hasAnyWords } from '../text/fold';
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

/**
 * Whether a target row counts communes (and so is bounded by, and a share of, the number of
 * communes): not an average, not a count of villages.
 */
export function countsCommunes(label: string, key: string): boolean {
  const words = fold(label).replace(/\bnong thon\b/g, '');
  return key !== 'binh-quan' && !hasAnyWords(words, ['thon', 'xom', 'ban', 'khu dan cu', 'to dan pho', 'lang']);
}
