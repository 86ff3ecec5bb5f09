import { a1 } from '../sheet/address';
import { isCellError } from '../sheet/snapshot';
import { statusAt, tallyAssignment } from '../tally/assignment';
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
      for (const commune of tally.communes) {
        for (let i = 0; i < model.criteria.length; i++) {
          const value = grid.value(commune.row, model.criteria[i].col);
          if (statusAt(commune, i) !== 'invalid' || isCellError(value)) continue;
          findings.push({ code: 'invalid-status', sheet: grid.name, cell: a1(commune.row, model.criteria[i].col), key: commune.name, actual: String(value) });
        }
      }
    }
    return findings;
  },
};
