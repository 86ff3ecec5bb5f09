import type { Subject } from '../findings/subjects';
import { a1 } from '../sheet/address';
import { readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import { statusAt, tallyAssignment } from '../tally/assignment';
import { checkTotal, statedValues } from './arithmetic';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import type { SummaryRole } from '../recognize/models';
import { FIELD } from './assignmentSummaries';

const SUBJECT_OF = { baseline: 'communes-baseline', planned: 'communes-planned', end: 'communes-end' } as const satisfies Record<string, Subject>;

/**
 * Totals rows of an assignment sheet ("Tổng", "Toàn huyện"): under criterion columns the
 * number of communes marked (met, planned or both, as the label says); under village and
 * per-commune count columns the sum of the rows above.
 */
export const assignmentTotalsCheck: Check = {
  id: 'assignment-totals',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'assignment')) {
      const tally = tallyAssignment(grid, model);
      const summed = [...Object.values(model.villages), ...Object.values(model.summaries)].filter((c): c is number => c !== undefined);
      // A count of each commune's marks ("Số tiêu chí đã đạt"): its total is right when it is what the marks
      // give, a commune's wrong count being said at that count (assignmentSummaries), not at the total too.
      const byMarks = new Map((Object.entries(model.summaries) as [SummaryRole, number][]).map(([role, col]) => [col, tally.communes.reduce((t, c) => t + c[FIELD[role]], 0)]));
      for (const total of model.totals) {
        // A group's subtotal counts its own communes only.
        const own = total.of && new Set(total.of);
        const communes = own ? tally.communes.filter((c) => own.has(c.row)) : tally.communes;
        const statuses = total.basis === 'baseline' ? ['met'] : total.basis === 'planned' ? ['planned'] : ['met', 'planned'];
        tally.criteria.forEach((criterion, i) => {
          const stated = readStated(grid, total.row, criterion.col);
          if (!stated) return;
          const counted = own ? communes.filter((c) => statuses.includes(statusAt(c, i))).length : criterion[total.basis === 'baseline' ? 'met' : total.basis];
          if (stated.value === counted) return;
          findings.push({ code: 'total-mismatch', sheet: grid.name, cell: a1(total.row, criterion.col), key: String(criterion.number), expected: counted, actual: stated.value, params: { subject: SUBJECT_OF[total.basis] } });
        });
        for (const col of summed) {
          const role = (Object.entries(model.summaries) as [SummaryRole, number][]).find(([, c]) => c === col)?.[0];
          const marked = own && role ? communes.reduce((t, c) => t + c[FIELD[role]], 0) : byMarks.get(col);
          if (marked !== undefined && readStated(grid, total.row, col)?.value === marked) continue;
          const parts = statedValues(grid, communes.map(({ row }) => ({ row, col })));
          const mismatch = checkTotal(grid, { row: total.row, col }, parts, { exact: true, key: total.label, params: { subject: 'total' } });
          if (mismatch) findings.push(mismatch);
        }
      }
    }
    return findings;
  },
};
