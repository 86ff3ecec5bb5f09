import { a1 } from '../sheet/address';
import { readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/** missing-value: a funding item without an amount (and no sub-items carrying one). */
export const fundingMissingCheck: Check = {
  id: 'funding-missing',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'funding')) {
      for (const item of model.items) {
        if (item.role === 'among' || readStated(grid, item.row, model.cols.amount)) continue;
        if (model.items.some((child) => child.parentRow === item.row)) continue;
        findings.push({ code: 'missing-value', sheet: grid.name, cell: a1(item.row, model.cols.amount), key: item.label, params: { subject: 'amount' } });
      }
    }
    return findings;
  },
};
