import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/** unknown-criterion for columns numbered outside the catalog; missing-criterion for absent ones. */
export const assignmentColumnsCheck: Check = {
  id: 'assignment-columns',
  run(context) {
    const findings: FindingDraft[] = [];
    const { catalog } = context;
    for (const { grid, model } of viewsOf(context, 'assignment')) {
      for (const unknown of model.unknownCriteria) {
        findings.push({ code: 'unknown-criterion', sheet: grid.name, cell: a1(model.header.bottom, unknown.col), key: unknown.label, params: { catalog: catalog.id } });
      }
      const present = new Set(model.criteria.map((c) => c.number));
      for (const criterion of catalog.criteria) {
        if (present.has(criterion.number)) continue;
        findings.push({ code: 'missing-criterion', sheet: grid.name, cell: a1(model.header.top, model.communeCol), key: String(criterion.number), params: { catalog: catalog.id } });
      }
    }
    return findings;
  },
};
