import type { Analysis } from '../engine';
import { viewsOf } from '../analysis/select';
import { communesFor } from '../analysis/communes';
import { readStated } from '../sheet/stated';
import { tallyAssignment } from '../tally/assignment';

/** Communes meeting a criterion now and at the end of the plan year. */
export type CriterionProgress = { number: number; name: string; now: number; end: number; communes: number };

/**
 * Per criterion, communes meeting it now and at year end: counted from the assignment sheet's
 * marks, else read from a targets sheet's baseline and cumulative columns. Empty when neither is there.
 */
export function criteriaProgress(analysis: Analysis): CriterionProgress[] {
  const context = analysis;
  const name = (n: number) => analysis.catalog.criteria.find((c) => c.number === n)?.name ?? '';
  const assignment = viewsOf(context, 'assignment')[0];
  if (assignment) {
    const tally = tallyAssignment(assignment.grid, assignment.model);
    // The number of communes as the analysis decided it (a title may state more than the sheet lists yet).
    const communes = communesFor(analysis, assignment.view)?.value ?? tally.communes.length;
    return tally.criteria.map((c) => ({ number: c.number, name: name(c.number), now: c.met, end: c.end, communes }));
  }
  const targets = viewsOf(context, 'targets')[0];
  if (!targets) return [];
  const { grid, model, view } = targets;
  const communes = communesFor(analysis, view)?.value ?? 0;
  const { baseline, added, cumulative } = model.cols;
  if (cumulative === undefined || (baseline === undefined && added === undefined)) return [];
  return model.rows.flatMap((row) => {
    if (!row.ref || row.ref.indicator) return [];
    const end = readStated(grid, row.row, cumulative);
    if (!end) return [];
    const now = baseline !== undefined ? readStated(grid, row.row, baseline)?.value : end.value - (readStated(grid, row.row, added!)?.value ?? 0);
    return [{ number: row.ref.number, name: name(row.ref.number), now: now ?? end.value, end: end.value, communes: end.denominator ?? communes }];
  });
}
