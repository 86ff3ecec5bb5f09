import type { Grid } from '../sheet/grid';
import { sharesInPercentUnits } from '../sheet/shareUnits';
import type { AssignmentModel } from './models';

/**
 * True when an assignment's share row holds percent units ("Tỷ lệ (%)": 71,4) rather than
 * fractions shown as percentages: decided from its cells under the criteria and its label, as a
 * column's units are (`sharesInPercentUnits`). Read by the check and the fill alike.
 *
 * @example
 * shareRowInPercent(grid, model, 12) // true for a row typed 71,4 | 57,1 | … under "Tỷ lệ (%)"
 */
export function shareRowInPercent(grid: Grid, model: AssignmentModel, row: number): boolean {
  const labels = [model.communeCol, model.ttCol].filter((col): col is number => col !== undefined).map((col) => ({ row, col }));
  return sharesInPercentUnits(grid, model.criteria.map(({ col }) => ({ row, col })), labels);
}
