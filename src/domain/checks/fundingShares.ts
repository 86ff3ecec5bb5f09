import { readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import { inPercentUnits } from '../sheet/shareUnits';
import { checkShare } from './arithmetic';
import { sheetsOf, type Check } from './context';

/**
 * Funding shares = amount ÷ total. Against the stated total when there is one, so a wrong
 * total is reported once, at the total, and not again at every share.
 */
export const fundingSharesCheck: Check = {
  id: 'funding-shares',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of sheetsOf(context, 'funding')) {
      const { amount, share } = model.cols;
      if (share === undefined) continue;
      const statedTotal = model.totalRow !== undefined ? readStated(grid, model.totalRow, amount)?.value : undefined;
      const total = statedTotal ?? model.items.filter((i) => i.level === 0).reduce((t, i) => t + (readStated(grid, i.row, amount)?.value ?? 0), 0);
      const rows = [...model.items.map((i) => i.row), ...(model.totalRow !== undefined ? [model.totalRow] : [])];
      const inPercent = inPercentUnits(grid, share, rows, model.header);
      for (const row of rows) {
        const value = readStated(grid, row, amount);
        if (!value) continue;
        const finding = checkShare(grid, { row, col: share }, inPercent, value.value, total, grid.raw(row, model.cols.label).trim() || undefined);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};
