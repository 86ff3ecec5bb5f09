import { a1 } from '../sheet/address';
import { isCellError } from '../sheet/snapshot';
import { tallyAssignment } from '../tally/assignment';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/** invalid-status: a mark outside the vocabulary (x/đạt, KH/phấn đấu/plan year, blank/0/-). */
export const assignmentMarksCheck: Check = {
  id: 'assignment-marks',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'assignment')) {
      const tally = tallyAssignment(grid, model);
      if (![...tally.marks.values()].includes('invalid')) continue;
      for (const { row, name, statuses } of tally.communes) {
        statuses.forEach((status, i) => {
          const value = grid.value(row, model.criteria[i].col);
          if (status !== 'invalid' || isCellError(value)) return;
          findings.push({ code: 'invalid-status', sheet: grid.name, cell: a1(row, model.criteria[i].col), key: name, actual: String(value) });
        });
      }
    }
    return findings;
  },
};
