import { a1 } from '../sheet/address';
import { hasAnyWords } from '../text/fold';
import type { FindingDraft } from '../findings/codes';
import { statusAt, tallyAssignment } from '../tally/assignment';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

const RECOGNITION_GOALS = ['dat chuan', 've dich', 'ntm'];
/** Goals beyond recognition (advanced, model, keeping it) or only more criteria. */
const OTHER_GOALS = ['nang cao', 'kieu mau', 'hien dai', 'tang', 'duy tri'];

/** goal-unreachable: a commune aiming at recognition this year with a criterion neither met nor planned. */
export const assignmentGoalsCheck: Check = {
  id: 'assignment-goals',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'assignment')) {
      if (model.goalCol === undefined) continue;
      const tally = tallyAssignment(grid, model);
      for (const commune of tally.communes) {
        const goal = grid.text(commune.row, model.goalCol);
        if (!hasAnyWords(goal, RECOGNITION_GOALS) || hasAnyWords(goal, OTHER_GOALS)) continue;
        const missing = model.criteria.filter((_, i) => (statusAt(commune, i) === 'not-met' || statusAt(commune, i) === 'basic')).map((c) => c.number);
        if (missing.length === 0) continue;
        findings.push({ code: 'goal-unreachable', sheet: grid.name, cell: a1(commune.row, model.goalCol), key: commune.name, params: { criteria: missing.join(', ') } });
      }
    }
    return findings;
  },
};
