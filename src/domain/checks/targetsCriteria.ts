import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import type { Catalog } from '../catalog/schema';
import type { CriterionRef } from '../text/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/** True when a criterion or indicator code belongs to the catalog. */
export function inCatalog(catalog: Catalog, ref: CriterionRef): boolean {
  const criterion = catalog.criteria.find((c) => c.number === ref.number);
  if (!criterion) return false;
  if (!ref.indicator) return true;
  return !catalog.indicatorsComplete || criterion.indicators.some((indicator) => indicator.code === ref.code);
}

/** unknown-criterion on target rows numbered outside the catalog; missing-criterion for the rest. */
export const targetsCriteriaCheck: Check = {
  id: 'targets-criteria',
  run(context) {
    const findings: FindingDraft[] = [];
    const { catalog } = context;
    for (const { grid, model } of viewsOf(context, 'targets')) {
      const seen = new Set<number>();
      for (const { row, ref } of model.rows) {
        if (!ref) continue;
        const cell = a1(row, model.cols.tt ?? model.cols.criterion);
        if (!inCatalog(catalog, ref)) findings.push({ code: 'unknown-criterion', sheet: grid.name, cell, key: ref.code, params: { catalog: catalog.id } });
        else if (!ref.indicator) seen.add(ref.number);
      }
      if (seen.size < catalog.criteria.length / 2) continue;
      for (const criterion of catalog.criteria) {
        if (seen.has(criterion.number)) continue;
        findings.push({ code: 'missing-criterion', sheet: grid.name, cell: a1(model.header.top, model.cols.criterion), key: String(criterion.number), params: { catalog: catalog.id } });
      }
    }
    return findings;
  },
};
