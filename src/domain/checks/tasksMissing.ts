import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/** missing-value: a task with nobody to carry it out. */
export const tasksMissingCheck: Check = {
  id: 'tasks-missing',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'tasks')) {
      const col = model.cols.implementing;
      if (col === undefined) continue;
      for (const { row, kind } of model.rows) {
        if (kind !== 'task' || !grid.isBlank(row, col)) continue;
        findings.push({ code: 'missing-value', sheet: grid.name, cell: a1(row, col), params: { subject: 'implementing-agency' } });
      }
    }
    return findings;
  },
};
