import { readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import { inPercentUnits } from '../sheet/shareUnits';
import { checkShare } from './arithmetic';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/**
 * Funding shares = amount ÷ total. Against the stated total when there is one, so a wrong
 * total is reported once, at the total, and not again at every share; shares that all hold against
 * the items' sum beside a wrong total are not errors either (they were worked out from the sum).
 */
export const fundingSharesCheck: Check = {
  id: 'funding-shares',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'funding')) {
      const { amount, share } = model.cols;
      if (share === undefined) continue;
      const statedTotal = model.totalRow !== undefined ? readStated(grid, model.totalRow, amount)?.value : undefined;
      // Sections that each list the whole again ("Theo nguồn vốn"): the whole is one section's items, not all of them.
      const top = model.items.filter((i) => i.level === 0);
      const counted = top.length > 0 && top.every((i) => i.breakdown) ? model.items.filter((i) => i.parentRow === top[0].row) : top;
      const sum = counted.reduce((t, i) => t + (readStated(grid, i.row, amount)?.value ?? 0), 0);
      const rows = [...model.items.map((i) => i.row), ...(model.totalRow !== undefined ? [model.totalRow] : [])];
      const inPercent = inPercentUnits(grid, share, rows, model.header);
      // An item's amount by its parts (a parent typed wrong is the funding-sums' finding, said there once).
      const byParts = (row: number): number | undefined => {
        const children = model.items.filter((item) => item.parentRow === row);
        const values = children.map((child) => byParts(child.row)).filter((v): v is number => v !== undefined);
        return values.length > 0 ? values.reduce((t, v) => t + v, 0) : readStated(grid, row, amount)?.value;
      };
      const against = (total: number) => rows.flatMap((row) => {
        // Against the items' sum, the total row is that sum: its share is 100 %.
        const value = row === model.totalRow && total === sum ? total : readStated(grid, row, amount)?.value;
        if (value === undefined) return [];
        const key = grid.raw(row, model.cols.label).trim() || undefined;
        const finding = checkShare(grid, { row, col: share }, inPercent, value, total, key);
        // The share of a parent typed wrong that holds with what its parts give: the parent's fault, not the share's.
        const parts = row === model.totalRow ? undefined : byParts(row);
        if (finding && parts !== undefined && parts !== value && !checkShare(grid, { row, col: share }, inPercent, parts, total, key)) return [];
        return finding ? [finding] : [];
      });
      const stated = against(statedTotal ?? sum);
      // Shares worked out from the items' sum beside a wrong total: the total's error is the one fault.
      findings.push(...(statedTotal !== undefined && statedTotal !== sum && stated.length > 0 && against(sum).length === 0 ? [] : stated));
    }
    return findings;
  },
};
