import type { Grid } from '../sheet/grid';
import { classifyMark, type MarkStatus } from '../text/marks';
import type { AssignmentModel } from '../recognize/models';

export type CommuneTally = { row: number; name: string; met: number; planned: number; end: number; statuses: MarkStatus[] };
export type CriterionTally = { col: number; number: number; met: number; planned: number; end: number };

export type AssignmentTally = { communes: CommuneTally[]; criteria: CriterionTally[] };

// Several checks and fillers count the same sheet: count it once per model.
const TALLIES = new WeakMap<AssignmentModel, AssignmentTally>();

/** Counts an assignment sheet's marks per commune and per criterion column (once per model). */
export function tallyAssignment(grid: Grid, model: AssignmentModel): AssignmentTally {
  let tally = TALLIES.get(model);
  if (!tally) TALLIES.set(model, (tally = countMarks(grid, model)));
  return tally;
}

function countMarks(grid: Grid, model: AssignmentModel): AssignmentTally {
  const criteria: CriterionTally[] = model.criteria.map(({ col, number }) => ({ col, number, met: 0, planned: 0, end: 0 }));
  const communes = model.communes.map(({ row, name }) => {
    const statuses = model.criteria.map(({ col }) => classifyMark(grid.value(row, col), model.planYear));
    const tally: CommuneTally = { row, name, met: 0, planned: 0, end: 0, statuses };
    statuses.forEach((status, i) => {
      if (status === 'met') { tally.met++; criteria[i].met++; }
      if (status === 'planned') { tally.planned++; criteria[i].planned++; }
    });
    tally.end = tally.met + tally.planned;
    return tally;
  });
  for (const criterion of criteria) criterion.end = criterion.met + criterion.planned;
  return { communes, criteria };
}
