import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { rowsBySet } from '../analysis/sets';

/**
 * uncovered-criterion: a criterion or indicator of a set present in the sheet with no lead.
 * A criterion-level lead covers all its indicators; a criterion whose every indicator has a
 * lead is covered.
 */
export const responsibilityCoverageCheck: Check = {
  id: 'responsibility-coverage',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'responsibility')) {
      for (const { catalog, rows } of rowsBySet(model, context)) {
        if (!catalog) continue;
        const led = new Set(rows.flatMap((row) => row.codes.map((ref) => ref.code)));
        const cell = a1(model.header.bottom, model.cols.codes);
        // Listed with a blank lead: said at its row (missing-lead), not again here.
        const listed = new Set(model.unled.flatMap((row) => row.codes.map((ref) => ref.code)));
        for (const criterion of catalog.criteria) {
          const code = String(criterion.number);
          if (led.has(code)) continue;
          const indicators = criterion.indicators;
          const uncovered = indicators.filter((indicator) => !led.has(indicator.code));
          if (indicators.length > 0 && uncovered.length === 0) continue;
          const partly = indicators.length > 0 && uncovered.length < indicators.length;
          const missing = partly ? uncovered.map((i) => ({ key: i.code, name: i.name })) : [{ key: code, name: criterion.name }];
          for (const item of missing.filter((m) => !listed.has(m.key))) findings.push({ code: 'uncovered-criterion', sheet: grid.name, cell, key: item.key, params: { name: item.name, catalog: catalog.id } });
        }
      }
    }
    return findings;
  },
};
