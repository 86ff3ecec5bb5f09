import { a1 } from '../sheet/address';
import { agencyKey } from '../text/agencies';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { catalogForSet, rowsBySet } from '../analysis/sets';
import { inCatalog } from './targetsCriteria';

/**
 * Department ↔ criteria: one lead per code of a set (duplicate-lead, missing-lead), an indicator led by its
 * criterion's lead (conflicting-lead), codes that exist in the set (unknown-criterion), sets
 * without a catalog (unchecked-set).
 */
export const responsibilityLeadsCheck: Check = {
  id: 'responsibility-leads',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'responsibility')) {
      for (const { set, catalog, rows } of rowsBySet(model, context)) {
        if (!catalog) {
          findings.push({ code: 'unchecked-set', sheet: grid.name, cell: a1(rows[0].row, model.cols.set ?? model.cols.codes), key: set });
          continue;
        }
        const leads = new Map<string, { agency: string; cell: string }[]>();
        for (const row of rows) {
          const cell = a1(row.row, model.cols.codes);
          for (const ref of row.codes) {
            if (!inCatalog(catalog, ref)) {
              findings.push({ code: 'unknown-criterion', sheet: grid.name, cell, key: ref.code, params: { catalog: catalog.id } });
              continue;
            }
            const list = leads.get(ref.code) ?? [];
            if (!list.some((lead) => agencyKey(lead.agency) === agencyKey(row.agency))) list.push({ agency: row.agency, cell });
            leads.set(ref.code, list);
          }
        }
        // A criterion is led where its row or its indicators' rows name a lead.
        const ledCodes = [...leads.keys()];
        for (const row of model.unled.filter((r) => catalogForSet(r.set, context)?.id === catalog.id)) {
          for (const ref of row.codes) {
            if (!inCatalog(catalog, ref) || ledCodes.some((code) => code === ref.code || (!ref.indicator && code.startsWith(`${ref.code}.`)))) continue;
            findings.push({ code: 'missing-lead', sheet: grid.name, cell: a1(row.row, model.cols.agency), key: ref.indicator ? `Chỉ tiêu ${ref.code}` : `Tiêu chí ${ref.code}` });
          }
        }
        for (const [code, list] of leads) {
          if (list.length > 1) {
            findings.push({ code: 'duplicate-lead', sheet: grid.name, cell: list[1].cell, key: code, params: { agencies: list.map((l) => l.agency).join('; ') } });
          }
          const parent = code.includes('.') ? leads.get(code.split('.')[0]) : undefined;
          if (parent && list.length === 1 && parent.length === 1 && agencyKey(parent[0].agency) !== agencyKey(list[0].agency)) {
            findings.push({ code: 'conflicting-lead', sheet: grid.name, cell: list[0].cell, key: code, params: { agency: list[0].agency, parent: code.split('.')[0], parentAgency: parent[0].agency } });
          }
        }
      }
    }
    return findings;
  },
};
