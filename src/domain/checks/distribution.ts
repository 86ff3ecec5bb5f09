import { a1 } from '../sheet/address';
import { halfUnit, readStated, roundTo, type Stated } from '../sheet/stated';
import type { Grid } from '../sheet/grid';
import type { FindingDraft } from '../findings/codes';
import { inPercentUnits } from '../sheet/shareUnits';
import { checkShare } from './arithmetic';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { communesFor } from '../analysis/communes';
import type { TargetsModel } from '../recognize/models';

/**
 * The distribution of communes by criteria met: counts sum to the number of communes
 * (reported once, at the stated number), shares = count ÷ communes, and a stated average
 * criteria per commune within what the distribution allows.
 */
/** A group's count: "Không có" and a dash are none. */
function statedCount(grid: Grid, row: number, col: number): Stated | null {
  const stated = readStated(grid, row, col);
  if (stated) return stated;
  return /^\s*(khong( co)?|-+|–|—)\s*$/.test(grid.text(row, col) || grid.raw(row, col)) && !grid.isBlank(row, col) ? { value: 0, decimals: 0, percentForm: 'none' } : null;
}

type Counted = { group: TargetsModel['groups'][number]; count: Stated | null };

/**
 * The one group whose stated share fits the count the total leaves it (its count less the excess)
 * and not its own count, when the groups exceed their total by `excess`; else none.
 */
function oddGroup(grid: Grid, model: TargetsModel, counts: Counted[], excess: number, whole: number): { group: Counted['group']; count: Stated } | undefined {
  const shareRows = model.groups.filter((g) => g.shareCol !== undefined).map((g) => g.row);
  const suspects = counts.filter(({ group, count }) => {
    if (!count || group.shareCol === undefined || count.denominator !== undefined) return false;
    const inPercent = inPercentUnits(grid, group.shareCol, shareRows, model.header);
    const at = { row: group.row, col: group.shareCol };
    return checkShare(grid, at, inPercent, count.value, whole) !== null && checkShare(grid, at, inPercent, count.value - excess, whole) === null;
  });
  return suspects.length === 1 ? { group: suspects[0].group, count: suspects[0].count! } : undefined;
}

export const distributionCheck: Check = {
  id: 'distribution',
  run(context) {
    const findings: FindingDraft[] = [];
    const size = context.catalog.criteria.length;
    for (const { grid, model: whole, view } of viewsOf(context, 'targets')) {
      // Groups counted for several years ("Năm 2026 | Năm 2027 (KH)"): each year's column adds up on its own.
      for (const column of new Set(whole.groups.map((group) => group.countCol))) {
        const model = { ...whole, groups: whole.groups.filter((group) => group.countCol === column) };
        if (model.groups.length === 0) continue;
        const counts = model.groups.map((group) => ({ group, count: statedCount(grid, group.row, group.countCol) }));
        const sum = counts.reduce((total, { count }) => total + (count?.value ?? 0), 0);
        const ratios = counts.map(({ count }) => count?.denominator).filter((d): d is number => d !== undefined);
        const fact = communesFor(context, view);
        const countCol = model.groups[model.groups.length - 1].countCol;
        const totalsRow = model.groupsTotalRow !== undefined ? readStated(grid, model.groupsTotalRow, countCol) : null;
        const stated = fact?.value ?? totalsRow?.value ?? (ratios.length > 0 && ratios.every((d) => d === ratios[0]) ? ratios[0] : undefined);
        const complete = counts.every(({ count }) => count !== null) && model.groups.length >= 2;
        let wholeOfShares = stated;
        const odd = complete && stated !== undefined && sum !== stated ? oddGroup(grid, model, counts, sum - stated, stated) : undefined;
        if (odd) {
          // The total and the group's own share agree on what its count should be: the count is the typo.
          findings.push({
            code: 'total-mismatch', sheet: grid.name, cell: a1(odd.group.row, odd.group.countCol), key: odd.group.label, expected: odd.count.value - (sum - stated!), actual: odd.count.value,
            params: { subject: 'group-communes', basis: 'distribution-total-and-share' },
          });
        } else if (complete && totalsRow && totalsRow.value !== sum) {
          // The table's own totals row: the groups add up to it. With no number of communes stated
          // elsewhere, the shares are of the whole the groups make (the total is what is wrong).
          if (fact === undefined) wholeOfShares = sum;
          findings.push({
            code: 'total-mismatch', sheet: grid.name, cell: a1(model.groupsTotalRow!, countCol), key: 'tong-so-xa', expected: sum, actual: totalsRow.value,
            params: { subject: 'communes', basis: 'distribution-groups' },
          });
        } else if (complete && stated !== undefined && sum !== stated) {
          const here = fact?.cell?.sheet === grid.name ? fact.cell : fact?.label;
          const at = here ?? (model.groupsTotalRow !== undefined ? { row: model.groupsTotalRow, col: countCol } : { row: model.groups[model.groups.length - 1].row, col: countCol });
          findings.push({
            code: 'total-mismatch', sheet: grid.name, cell: a1(at.row, at.col), key: 'tong-so-xa', expected: sum, actual: stated,
            params: { subject: 'communes', basis: 'distribution-groups' },
          });
        }
        const denominator = wholeOfShares ?? sum;
        const shareRows = model.groups.filter((g) => g.shareCol !== undefined);
        for (const { group, count } of counts) {
          if (!count || group.shareCol === undefined || group === odd?.group) continue;
          const inPercent = inPercentUnits(grid, group.shareCol, shareRows.map((g) => g.row), model.header);
          const finding = checkShare(grid, { row: group.row, col: group.shareCol }, inPercent, count.value, count.denominator ?? denominator, group.label);
          if (finding) findings.push(finding);
        }
        if (!complete || denominator === 0) continue;
        const low = counts.reduce((t, { group, count }) => t + group.bounds.min * count!.value, 0) / denominator;
        const high = counts.reduce((t, { group, count }) => t + Math.min(group.bounds.max, size) * count!.value, 0) / denominator;
        for (const average of model.averages) {
          const value = average.inText ?? readStated(grid, average.row, average.valueCol);
          if (!value || average.basis !== 'end') continue;
          const slack = halfUnit(value.decimals);
          if (value.value >= low - slack && value.value <= high + slack) continue;
          findings.push({
            code: 'total-mismatch', sheet: grid.name, cell: a1(average.row, average.valueCol), key: 'binh-quan',
            expected: `${roundTo(low, 2)}–${roundTo(high, 2)}`, actual: value.value,
            params: { subject: 'average-criteria', basis: 'distribution-range' },
          });
        }
      }
    }
    return findings;
  },
};
