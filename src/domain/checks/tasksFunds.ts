import type { FindingDraft } from '../findings/codes';
import { evaluateRelation } from '../relations/evaluate';
import { relationsOf } from '../relations/forTable';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/**
 * The money of a list of tasks ("Kinh phí (triệu đồng)" beside each task, a sum on each section and a
 * "Tổng cộng"): each section's sum over its tasks, the total over the sections — the same relations
 * any table's amounts assert, evaluated here because the tasks view reads the rest of the table.
 * The tasks reader has told sections from tasks, so the hierarchy is no guess; a column no header
 * names stays one (a warning).
 */
export const tasksFundsCheck: Check = {
  id: 'tasks-funds',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, view } of viewsOf(context, 'tasks')) {
      const money = new Set(view.table.columns.filter((c) => c.meaning === 'amount' || c.meaning === 'total').map((c) => c.col));
      if (money.size === 0) continue;
      const broken = new Set<string>();
      for (const relation of relationsOf(view, context)) {
        if (relation.kind !== 'sum' || !money.has(relation.target.col)) continue;
        const sure = relation.guess === 'rows' ? { ...relation, guess: undefined } : relation;
        const finding = evaluateRelation(grid, sure, { planYear: context.planYear, table: view.table });
        if (!finding || broken.has(finding.cell)) continue;
        broken.add(finding.cell);
        findings.push(sure.guess ? { ...finding, code: 'unsure-relation', params: { ...finding.params, guess: sure.guess } } : finding);
      }
    }
    return findings;
  },
};
