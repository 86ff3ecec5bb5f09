import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { agenciesIn } from '../text/agencies';

/**
 * missing-value: a task with nobody to carry it out; duplicate-lead: a task whose column headed "chủ
 * trì" ("Cơ quan chủ trì", "Đơn vị chủ trì") names two agencies — one leads, the others coordinate, as
 * in a matrix of tasks. A column of who carries it out ("Cơ quan thực hiện") may name several.
 */
export const tasksMissingCheck: Check = {
  id: 'tasks-missing',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'tasks')) {
      const col = model.cols.implementing;
      if (col === undefined) continue;
      let heads = '';
      for (let row = model.header.top; row <= model.header.bottom; row++) heads += ` ${grid.text(row, col)}`;
      const leads = /\bchu tri\b/.test(heads) && !/\b(thuc hien|phoi hop)\b/.test(heads);
      for (const { row, kind } of model.rows) {
        if (kind !== 'task') continue;
        if (grid.isBlank(row, col)) { findings.push({ code: 'missing-value', sheet: grid.name, cell: a1(row, col), params: { subject: 'implementing-agency' } }); continue; }
        const agencies = leads ? agenciesIn(grid.raw(row, col)) : [];
        if (agencies.length > 1) findings.push({ code: 'duplicate-lead', sheet: grid.name, cell: a1(row, col), key: `"${grid.raw(row, model.cols.content).trim()}"`, params: { agencies: agencies.join('; ') } });
      }
    }
    return findings;
  },
};
