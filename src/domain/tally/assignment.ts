import type { Grid } from '../sheet/grid';
import type { CellValue } from '../sheet/snapshot';
import { classifyMark, type MarkStatus } from '../text/marks';
import type { AssignmentModel, SummaryRole } from '../recognize/models';

/**
 * `block` from `offset`: the status of each criterion column, as an index of `MARK_STATUSES` (read
 * with `statusAt`): a national sheet holds half a million marks, kept in one block of bytes.
 */
export type CommuneTally = { row: number; name: string; met: number; planned: number; end: number; basic: number; notMet: number; block: Uint8Array; offset: number };

/** The statuses a tally records, by the index a commune's `block` holds. */
export const MARK_STATUSES: readonly MarkStatus[] = ['met', 'planned', 'basic', 'not-met', 'invalid'];
const STATUS_INDEX = new Map(MARK_STATUSES.map((status, i) => [status, i]));
const [MET, PLANNED, BASIC, NOT_MET] = [0, 1, 2, 3];

/**
 * What a commune's mark says of the criterion in column `i` of the model's criteria.
 *
 * @example
 * statusAt(tally.communes[0], 2) === 'planned'
 */
export function statusAt(commune: CommuneTally, i: number): MarkStatus {
  return MARK_STATUSES[commune.block[commune.offset + i]];
}
/** What a per-commune count column counts of its commune's marks ("Số tiêu chí đã đạt": those met). */
export const SUMMARY_FIELD: Record<SummaryRole, 'met' | 'planned' | 'end' | 'basic' | 'notMet'> = { baseline: 'met', planned: 'planned', end: 'end', basic: 'basic', notMet: 'notMet' };

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
  const recentCode: number[] = [];
  const codeOf = (value: CellValue): number => {
    for (let k = 0; k < recent.length; k++) if (recent[k] === value) return recentCode[k];
    let status = marks.get(value);
    if (status === undefined) marks.set(value, (status = classifyMark(value, model.planYear)));
    const code = STATUS_INDEX.get(status)!;
    if (recent.length < RECENT) { recent.push(value); recentCode.push(code); }
    return code;
  };
  const width = criteria.length;
  const block = new Uint8Array(model.communes.length * width);
  let last: CellValue | undefined;
  let lastCode = 0;
  const communes = model.communes.map(({ row, name }, k) => {
    const offset = k * width;
    const tally: CommuneTally = { row, name, met: 0, planned: 0, end: 0, basic: 0, notMet: 0, block, offset };
    const values = grid.rowValues(row);
    for (let i = 0; i < width; i++) {
      const value = values[offsets[i]] ?? null;
      // A row repeats its marks: the one just read is compared first.
      const code = value === last ? lastCode : (lastCode = codeOf((last = value)));
      block[offset + i] = code;
      if (code === MET) { tally.met++; criteria[i].met++; }
      else if (code === PLANNED) { tally.planned++; criteria[i].planned++; }
      else if (code === BASIC) tally.basic++;
      else if (code === NOT_MET) tally.notMet++;
    }
    tally.end = tally.met + tally.planned;
    return tally;
  });
  for (const criterion of criteria) criterion.end = criterion.met + criterion.planned;
  return { communes, criteria, marks };
}
