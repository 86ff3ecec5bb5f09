import { readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import { checkTotal, statedValues } from './arithmetic';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { evaluateRelation } from '../relations/evaluate';
import { relationsOf } from '../relations/forTable';

/**
 * Funding: a parent equals the sum of its children, the total the sum of the top-level
 * items (children never counted twice), within the rounding of the shown digits.
 */
export const fundingSumsCheck: Check = {
  id: 'funding-sums',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model, view } of viewsOf(context, 'funding')) {
      // "Trong đó" parts: never more than the row they belong to (the relation tables read by their relations share).
      for (const relation of relationsOf(view, context)) {
        const finding = relation.kind === 'part' ? evaluateRelation(grid, relation, { planYear: context.planYear, table: view.table }) : null;
        if (finding) findings.push(finding);
      }
      const amount = model.cols.amount;
      for (const parent of model.items) {
        const children = model.items.filter((item) => item.parentRow === parent.row);
        const parts = statedValues(grid, children.map(({ row }) => ({ row, col: amount })));
        if (parts.length === 0) continue;
        const mismatch = checkTotal(grid, { row: parent.row, col: amount }, parts, {
          exact: false, key: parent.label,
          params: { subject: 'item', basis: 'sub-items' },
        });
        if (mismatch) findings.push(mismatch);
      }
      if (model.totalRow === undefined || !readStated(grid, model.totalRow, amount)) continue;
      const top = statedValues(grid, model.items.filter((item) => item.level === 0).map(({ row }) => ({ row, col: amount })));
      const mismatch = checkTotal(grid, { row: model.totalRow, col: amount }, top, {
        exact: false, key: 'tong',
        params: { subject: 'total', basis: 'top-items' },
      });
      if (mismatch) findings.push(mismatch);
    }
    return findings;
  },
};
