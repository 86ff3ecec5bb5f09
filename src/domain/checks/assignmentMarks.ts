import { a1 } from '../sheet/address';
import { isCellError } from '../sheet/snapshot';
import { classifyMark } from '../text/marks';
import type { FindingDraft } from '../findings/codes';
import { sheetsOf, type Check } from './context';

/** invalid-status: a mark outside the vocabulary (x/đạt, KH/phấn đấu/plan year, blank/0/-). */
export const assignmentMarksCheck: Check = {
  id: 'assignment-marks',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of sheetsOf(context, 'assignment')) {
      for (const { row, name } of model.communes) {
        for (const { col } of model.criteria) {
          const value = grid.value(row, col);
          if (isCellError(value) || classifyMark(value, model.planYear) !== 'invalid') continue;
          findings.push({ code: 'invalid-status', sheet: grid.name, cell: a1(row, col), key: name, actual: String(value) });
        }
      }
    }
    return findings;
  },
};
