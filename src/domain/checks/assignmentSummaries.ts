import type { Subject } from '../findings/subjects';
import { a1 } from '../sheet/address';
import { halfUnit, readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import type { SummaryRole } from '../recognize/models';
import { SUMMARY_FIELD as FIELD, tallyAssignment } from '../tally/assignment';

export { FIELD };
import { roundTo } from '../sheet/stated';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

const SUBJECT_OF: Record<SummaryRole, Subject> = { baseline: 'criteria-baseline', planned: 'criteria-planned', end: 'criteria-end', basic: 'criteria-basic', notMet: 'criteria-notMet' };

/**
 * Per-commune counts already in the sheet (criteria met, planned, at year end) against the
 * marks, and labelled averages ("Bình quân … tiêu chí/xã") against the communes' counts.
 */
export const assignmentSummariesCheck: Check = {
  id: 'assignment-summaries',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'assignment')) {
      const tally = tallyAssignment(grid, model);
      for (const [role, col] of Object.entries(model.summaries) as [SummaryRole, number][]) {
        for (const commune of tally.communes) {
          const stated = readStated(grid, commune.row, col);
          const counted = commune[FIELD[role]];
          if (!stated || stated.value === counted) continue;
          findings.push({ code: 'total-mismatch', sheet: grid.name, cell: a1(commune.row, col), key: commune.name, expected: counted, actual: stated.value, params: { subject: SUBJECT_OF[role] } });
        }
      }
      if (tally.communes.length === 0) continue;
      for (const average of model.averages) {
        const stated = average.inText ?? readStated(grid, average.row, average.valueCol);
        if (!stated) continue;
        const field = average.basis === 'baseline' ? 'met' : 'end';
        const mean = tally.communes.reduce((t, c) => t + c[field], 0) / tally.communes.length;
        if (Math.abs(stated.value - mean) <= halfUnit(stated.decimals) + 1e-9) continue;
        findings.push({
          code: 'total-mismatch', sheet: grid.name, cell: a1(average.row, average.valueCol), key: 'binh-quan',
          expected: roundTo(mean, stated.decimals + 1), actual: stated.value,
          params: { subject: 'average-criteria' },
        });
      }
    }
    return findings;
  },
};
