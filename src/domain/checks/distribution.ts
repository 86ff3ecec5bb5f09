import { a1 } from '../sheet/address';
import { halfUnit, readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import { inPercentUnits } from '../sheet/shareUnits';
import { checkShare, roundTo } from './arithmetic';
import { sheetsOf, type Check } from './context';
import { communesFor } from '../analysis/communes';

/**
 * The distribution of communes by criteria met: counts sum to the number of communes
 * (reported once, at the stated number), shares = count ÷ communes, and a stated average
 * criteria per commune within what the distribution allows.
 */
export const distributionCheck: Check = {
  id: 'distribution',
  run(context) {
    const findings: FindingDraft[] = [];
    const size = context.catalog.criteria.length;
    for (const { grid, model, view } of sheetsOf(context, 'targets')) {
      if (model.groups.length === 0) continue;
      const counts = model.groups.map((group) => ({ group, count: readStated(grid, group.row, group.countCol) }));
      const sum = counts.reduce((total, { count }) => total + (count?.value ?? 0), 0);
      const ratios = counts.map(({ count }) => count?.denominator).filter((d): d is number => d !== undefined);
      const fact = communesFor(context, view);
      const stated = fact?.value ?? (ratios.length > 0 && ratios.every((d) => d === ratios[0]) ? ratios[0] : undefined);
      const complete = counts.every(({ count }) => count !== null) && model.groups.length >= 2;
      if (complete && stated !== undefined && sum !== stated) {
        const here = fact?.cell?.sheet === grid.name ? fact.cell : fact?.label;
        const at = here ?? { row: model.groups[model.groups.length - 1].row, col: model.groups[model.groups.length - 1].countCol };
        findings.push({
          code: 'total-mismatch', sheet: grid.name, cell: a1(at.row, at.col), key: 'tong-so-xa', expected: sum, actual: stated,
          params: { what: 'Tổng số xã', whatEn: 'Number of communes', detail: 'tổng các nhóm phân bố', detailEn: 'sum of the distribution groups' },
        });
      }
      const denominator = stated ?? sum;
      const shareRows = model.groups.filter((g) => g.shareCol !== undefined);
      for (const { group, count } of counts) {
        if (!count || group.shareCol === undefined) continue;
        const inPercent = inPercentUnits(grid, group.shareCol, shareRows.map((g) => g.row), model.header);
        const finding = checkShare(grid, { row: group.row, col: group.shareCol }, inPercent, count.value, count.denominator ?? denominator, group.label);
        if (finding) findings.push(finding);
      }
      if (!complete || denominator === 0) continue;
      const low = counts.reduce((t, { group, count }) => t + group.bounds.min * count!.value, 0) / denominator;
      const high = counts.reduce((t, { group, count }) => t + Math.min(group.bounds.max, size) * count!.value, 0) / denominator;
      for (const average of model.averages) {
        const value = readStated(grid, average.row, average.valueCol);
        if (!value || average.basis !== 'end') continue;
        const slack = halfUnit(value.decimals);
        if (value.value >= low - slack && value.value <= high + slack) continue;
        findings.push({
          code: 'total-mismatch', sheet: grid.name, cell: a1(average.row, average.valueCol), key: 'binh-quan',
          expected: `${roundTo(low, 2)}–${roundTo(high, 2)}`, actual: value.value,
          params: { what: 'Bình quân tiêu chí/xã', whatEn: 'Average criteria per commune', detail: 'khoảng cho phép theo phân bố', detailEn: 'the range the distribution allows' },
        });
      }
    }
    return findings;
  },
};
