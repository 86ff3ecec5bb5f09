import type { Grid } from '../sheet/grid';
import type { CellValue } from '../sheet/snapshot';
import { classifyMark, type MarkStatus } from '../text/marks';
import type { AssignmentModel } from '../recognize/models';

export type CommuneTally = { row: number; name: string; met: number; planned: number; end: number; basic: number; notMet: number; statuses: MarkStatus[] };
export type CriterionTally = { col: number; number: number; met: number; planned: number; end: number };

export type AssignmentTally = {
  communes: CommuneTally[];
  criteria: CriterionTally[];
  /** Each distinct value of the marks block with what it says, in reading order (row by row). */
  marks: Map<CellValue, MarkStatus>;
};

// Several checks and fillers count the same sheet: count it once per model.
const RECENT = 6;
const TALLIES = new WeakMap<AssignmentModel, AssignmentTally>();

/** Counts an assignment sheet's marks per commune and per criterion column (once per model). */
export function tallyAssignment(grid: Grid, model: AssignmentModel): AssignmentTally {
  let tally = TALLIES.get(model);
  if (!tally) TALLIES.set(model, (tally = countMarks(grid, model)));
  return tally;
}

function countMarks(grid: Grid, model: AssignmentModel): AssignmentTally {
  const criteria: CriterionTally[] = model.criteria.map(({ col, number }) => ({ col, number, met: 0, planned: 0, end: 0 }));
  const offsets = criteria.map(({ col }) => col - grid.valuesLeft);
  const marks = new Map<CellValue, MarkStatus>();
  // A sheet uses a handful of marks: the last few seen are compared before the map is asked.
  const recent: CellValue[] = [];
  const recentStatus: MarkStatus[] = [];
  const statusOf = (value: CellValue): MarkStatus => {
    for (let k = 0; k < recent.length; k++) if (recent[k] === value) return recentStatus[k];
    let status = marks.get(value);
    if (status === undefined) marks.set(value, (status = classifyMark(value, model.planYear)));
    if (recent.length < RECENT) { recent.push(value); recentStatus.push(status); }
    return status;
  };
  const communes = model.communes.map(({ row, name }) => {
    const tally: CommuneTally = { row, name, met: 0, planned: 0, end: 0, basic: 0, notMet: 0, statuses: new Array<MarkStatus>(criteria.length) };
    const values = grid.rowValues(row);
    for (let i = 0; i < criteria.length; i++) {
      const status = statusOf(values[offsets[i]] ?? null);
      tally.statuses[i] = status;
      if (status === 'met') { tally.met++; criteria[i].met++; }
      else if (status === 'planned') { tally.planned++; criteria[i].planned++; }
      else if (status === 'basic') tally.basic++;
      else if (status === 'not-met') tally.notMet++;
    }
    tally.end = tally.met + tally.planned;
    return tally;
  });
  for (const criterion of criteria) criterion.end = criterion.met + criterion.planned;
  return { communes, criteria, marks };
}
