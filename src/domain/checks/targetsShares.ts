import { a1 } from '../sheet/address';
import { readStated } from '../sheet/stated';
import { splitFault } from './targetsSplit';
import type { FindingDraft } from '../findings/codes';
import { inPercentUnits } from '../sheet/shareUnits';
import { checkShare } from './arithmetic';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { rowDenominator } from './denominator';
import { communesFor } from '../analysis/communes';
import type { Grid } from '../sheet/grid';
import type { TargetsModel } from '../recognize/models';

/** What a row's baseline and additions give as its year end, where both are stated. */
function yearEndGiven(grid: Grid, model: TargetsModel, row: number): number | undefined {
  const { baseline, added } = model.cols;
  const base = baseline !== undefined ? readStated(grid, row, baseline) : null;
  const plus = added !== undefined ? readStated(grid, row, added) : null;
  return base && plus ? base.value + plus.value : undefined;
}

/** percent-mismatch on per-criterion and indicator rows: share = count ÷ number of communes. */
export const targetsSharesCheck: Check = {
  id: 'targets-shares',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model, view } of viewsOf(context, 'targets')) {
      const communes = communesFor(context, view)?.value;
      const rows = model.rows.map((r) => r.row);
      let reportedMissing = false;
      for (const share of model.shares) {
        const inPercent = inPercentUnits(grid, share.col, [...rows, ...model.groups.map((g) => g.row)], model.header);
        for (const { row, key, communes: countsCommunes } of model.rows) {
          const count = readStated(grid, row, share.of);
          if (!countsCommunes && count?.denominator === undefined) continue;
          if (!count || readStated(grid, row, share.col) === null) continue;
          // A row's own "Tổng số xã" cell is that row's whole, before the table's number of communes.
          const own = model.cols.units !== undefined ? readStated(grid, row, model.cols.units)?.value : undefined;
          // A share under a header stating its communes ("Xã nhóm 2 (40 xã)") divides by them.
          const denominator = rowDenominator(grid, row, [share.of], own ?? share.whole ?? communes);
          if (denominator === undefined) {
            if (!reportedMissing) {
              findings.push({ code: 'missing-value', sheet: grid.name, cell: a1(model.header.bottom, share.col), key: 'tong-so-xa', params: { subject: 'communes-for-shares' } });
              reportedMissing = true;
            }
            continue;
          }
          const finding = checkShare(grid, { row, col: share.col }, inPercent, count.value, denominator, key);
          // The share of a count found wrong against its whole and groups, holding with the count it should be: the count's fault, said there.
          const fault = finding ? splitFault(grid, model, row) : null;
          if (finding && fault?.col === share.of && !checkShare(grid, { row, col: share.col }, inPercent, fault.expected, denominator, key)) continue;
          // The share of a year end that is not what is met plus what the year adds, holding with that sum: the year end's fault, said there.
          const given = finding && share.of === model.cols.cumulative ? yearEndGiven(grid, model, row) : undefined;
          if (finding && given !== undefined && given !== count.value && !checkShare(grid, { row, col: share.col }, inPercent, given, denominator, key)) continue;
          if (finding) findings.push(finding);
        }
      }
    }
    return findings;
  },
};
