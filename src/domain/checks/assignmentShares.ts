import type { FindingDraft } from '../findings/codes';
import { readStated } from '../sheet/stated';
import { shareRowInPercent } from '../recognize/shareRowUnits';
import { tallyAssignment } from '../tally/assignment';
import { communesFor } from '../analysis/communes';
import { viewsOf } from '../analysis/select';
import { checkShare } from './arithmetic';
import type { Check } from './context';

/**
 * Share rows under an assignment's criteria ("Tỷ lệ (%)", "Tỷ lệ xã đạt cuối năm"): each cell is the
 * communes its marks count (met, planned or at year end, as the row's words or the totals row above
 * it say) over the number of communes the analysis decided. A share of the count its own totals row
 * states is left to that row's finding.
 */
export const assignmentSharesCheck: Check = {
  id: 'assignment-shares',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model, view } of viewsOf(context, 'assignment')) {
      if (model.shareRows.length === 0) continue;
      const tally = tallyAssignment(grid, model);
      const communes = communesFor(context, view)?.value ?? model.communes.length;
      for (const share of model.shareRows) {
        const inPercent = shareRowInPercent(grid, model, share.row);
        const totals = model.totals.find((t) => t.basis === share.basis && !t.of);
        for (const criterion of tally.criteria) {
          const at = { row: share.row, col: criterion.col };
          const marked = criterion[share.basis === 'baseline' ? 'met' : share.basis];
          const finding = checkShare(grid, at, inPercent, marked, communes, String(criterion.number));
          // A share of the count its totals row states is that row's: a wrong count is its own finding, not this one's too.
          const typed = totals ? readStated(grid, totals.row, criterion.col) : null;
          if (finding && !(typed && !typed.nil && typed.value !== marked && !checkShare(grid, at, inPercent, typed.value, communes))) findings.push(finding);
        }
      }
    }
    return findings;
  },
};
