import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { asPercent, halfUnit, readStated, roundTo, type Stated } from '../sheet/stated';
import type { FindingDraft, FindingParams } from '../findings/codes';

const EPSILON = 1e-9;

/**
 * Compares a stated share with count ÷ denominator: a finding when they differ by more than
 * half a unit of the share's last shown digit.
 */
export function checkShare(
  grid: Grid,
  at: { row: number; col: number },
  plainInPercent: boolean,
  count: number,
  denominator: number,
  key?: string,
): FindingDraft | null {
  const stated = readStated(grid, at.row, at.col);
  if (!stated || stated.nil || denominator === 0) return null;
  const share = asPercent(stated, plainInPercent);
  const computed = (count / denominator) * 100;
  if (Math.abs(share.value - computed) <= halfUnit(share.decimals) + EPSILON) return null;
  return {
    code: 'percent-mismatch', sheet: grid.name, cell: a1(at.row, at.col), key,
    expected: roundTo(computed, share.decimals + 2), actual: roundTo(share.value, share.decimals),
    params: { count, denominator },
  };
}

/**
 * Compares a stated total with the values it sums. `exact` for counts of communes, villages
 * or criteria (whole numbers); otherwise the tolerance is the sum of half-units of the shown
 * digits of every number involved.
 */
export function checkTotal(
  grid: Grid,
  at: { row: number; col: number },
  parts: readonly Stated[],
  options: { exact: boolean; key?: string; params?: FindingParams },
): FindingDraft | null {
  const stated = readStated(grid, at.row, at.col);
  if (!stated || parts.length === 0) return null;
  const sum = parts.reduce((total, part) => total + part.value, 0);
  const tolerance = options.exact ? EPSILON : [stated, ...parts].reduce((t, p) => t + halfUnit(p.decimals), 0) + EPSILON;
  if (Math.abs(stated.value - sum) <= tolerance) return null;
  const decimals = Math.max(stated.decimals, ...parts.map((part) => part.decimals));
  return {
    code: 'total-mismatch', sheet: grid.name, cell: a1(at.row, at.col), key: options.key,
    expected: roundTo(sum, decimals), actual: stated.value, params: options.params,
  };
}

/** The stated numbers of some cells, skipping blanks and words. */
export function statedValues(grid: Grid, cells: readonly { row: number; col: number }[]): Stated[] {
  return cells.map((cell) => readStated(grid, cell.row, cell.col)).filter((s): s is Stated => s !== null);
}
