import { readStated } from '../sheet/stated';
import type { Grid } from '../sheet/grid';
import { inPercentUnits } from '../sheet/shareUnits';
import type { TargetsModel } from '../recognize/models';
import { checkShare } from './arithmetic';

/** The count that breaks a whole's sum of its groups on a row, and what it should be. */
export type SplitFault = { col: number; expected: number; actual: number; at: 'whole' | 'group' };

/**
 * On a row of counts by a whole and its groups ("Toàn tỉnh (74 xã)" beside "Xã nhóm 1 (12 xã)" …):
 * null when the whole is the groups' sum (or a count is not stated); else the count at fault — the one
 * group whose own share holds only with the value the sum leaves it, when the whole's share holds;
 * otherwise the whole, which should be the sum.
 *
 * @example
 * splitFault(grid, model, 4) // { col: 6, expected: 30, actual: 31, at: 'group' }: "Xã nhóm 2" typed 31, its share 75 % of 40
 */
export function splitFault(grid: Grid, model: TargetsModel, row: number): SplitFault | null {
  const { split } = model;
  if (!split) return null;
  const total = readStated(grid, row, split.total);
  const parts = split.parts.map((col) => readStated(grid, row, col));
  if (!total || parts.some((part) => part === null)) return null;
  const values = parts.map((part) => part!.value);
  const sum = values.reduce((t, v) => t + v, 0);
  const exact = [total.value, ...values].every(Number.isInteger);
  if (exact ? sum === total.value : Math.abs(sum - total.value) < 1e-9) return null;
  const holds = (col: number, value: number) => sharesHold(grid, model, row, col, value);
  const groups = split.parts.filter((col, i) => {
    const left = total.value - (sum - values[i]);
    return holds(col, left) === true && holds(col, values[i]) === false;
  });
  if (groups.length === 1 && holds(split.total, total.value) !== false) {
    const i = split.parts.indexOf(groups[0]);
    return { col: groups[0], expected: total.value - (sum - values[i]), actual: values[i], at: 'group' };
  }
  return { col: split.total, expected: sum, actual: total.value, at: 'whole' };
}

/** Whether the shares of a count hold with `value` (undefined when the count has none stated). */
function sharesHold(grid: Grid, model: TargetsModel, row: number, countCol: number, value: number): boolean | undefined {
  const shares = model.shares.filter((share) => share.of === countCol && share.whole !== undefined && readStated(grid, row, share.col) !== null);
  if (shares.length === 0) return undefined;
  const rows = model.rows.map((r) => r.row);
  return shares.every((share) => !checkShare(grid, { row, col: share.col }, inPercentUnits(grid, share.col, rows, model.header), value, share.whole!));
}
