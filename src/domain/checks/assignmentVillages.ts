import { a1 } from '../sheet/address';
import { statedValue } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/** Villages of a commune: met + planned ≤ total (exceeds-total); counts given without a total (missing-value). */
export const assignmentVillagesCheck: Check = {
  id: 'assignment-villages',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'assignment')) {
      const { total, met, planned } = model.villages;
      if (total === undefined || (met === undefined && planned === undefined)) continue;
      for (const { row, name } of model.communes) {
        const all = statedValue(grid, row, total);
        const done = met !== undefined ? statedValue(grid, row, met) ?? 0 : 0;
        const next = planned !== undefined ? statedValue(grid, row, planned) ?? 0 : 0;
        if (all === null) {
          if (done + next > 0) findings.push({ code: 'missing-value', sheet: grid.name, cell: a1(row, total), key: name, params: { subject: 'commune-villages' } });
          continue;
        }
        if (done + next <= all) continue;
        const col = planned !== undefined && next > 0 ? planned : met!;
        findings.push({ code: 'exceeds-total', sheet: grid.name, cell: a1(row, col), key: name, expected: all, actual: done + next, params: { subject: 'villages-met-planned' } });
      }
    }
    return findings;
  },
};
