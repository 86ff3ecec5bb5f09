import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import type { CriterionRef } from '../text/codes';
import { fold } from '../text/fold';
import { agenciesIn } from '../text/agencies';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { criterionOf } from '../analysis/criterionRef';

/**
 * Responsibility by criterion (Tiêu chí | Cơ quan chủ trì | Cơ quan phối hợp): every criterion has
 * exactly one lead — a blank lead, two leads in one cell or on two rows are reported, and the
 * criteria of the set the table leaves out.
 */
export const tableResponsibilityCheck: Check = {
  id: 'table-responsibility',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'table')) {
      for (const { table, family } of model.tables) {
        if (family !== 'responsibility-criteria') continue;
        const lead = table.columns.find((c) => c.meaning === 'lead');
        if (!lead) continue;
        const seen = new Map<string, { agency: string; cell: string }>();
        const rows: { ref: CriterionRef; key: string; cell: string; agencies: string[] }[] = [];
        for (const row of table.rows) {
          if (row.role !== 'unit' && row.role !== 'subtotal') continue;
          const ref = criterionOf(row.label, row.tt, context.catalog);
          if (!ref) continue;
          // A group's title merged across the table ("I | QUY HOẠCH" over the lead columns) names no lead.
          const across = grid.mergeOf(row.row, lead.col);
          if (across && across.left <= table.labelCol) continue;
          rows.push({ ref, key: ref.indicator ? `Chỉ tiêu ${ref.code}` : `Tiêu chí ${ref.code}`, cell: a1(row.row, lead.col), agencies: agenciesIn(grid.raw(row.row, lead.col)) });
        }
        // A criterion whose own row names no lead is led through its indicators when each of them has one.
        const indicatorsOf = (number: number) => rows.filter((r) => r.ref.indicator && r.ref.number === number);
        const ledByIndicators = (ref: CriterionRef) => !ref.indicator && indicatorsOf(ref.number).length > 0 && indicatorsOf(ref.number).every((r) => r.agencies.length > 0);
        for (const { ref, key, cell, agencies } of rows) {
          if (agencies.length === 0) {
            if (ledByIndicators(ref)) seen.set(ref.code, { agency: '', cell });
            else findings.push({ code: 'missing-lead', sheet: grid.name, cell, key });
            continue;
          }
          if (agencies.length > 1) { findings.push({ code: 'duplicate-lead', sheet: grid.name, cell, key, params: { agencies: agencies.join('; ') } }); continue; }
          const before = seen.get(ref.code);
          if (before?.agency && fold(before.agency) !== fold(agencies[0])) findings.push({ code: 'duplicate-lead', sheet: grid.name, cell, key, params: { agencies: `${before.agency} (${before.cell}); ${agencies[0]}` } });
          else seen.set(ref.code, { agency: agencies[0], cell });
        }
        const numbers = [...seen.keys()].filter((code) => !code.includes('.')).map(Number);
        const inSet = numbers.every((number) => context.catalog.criteria.some((c) => c.number === number));
        if (!inSet || numbers.length < context.catalog.criteria.length / 2) continue;
        for (const criterion of context.catalog.criteria) {
          if (seen.has(String(criterion.number)) || findings.some((f) => f.key === `Tiêu chí ${criterion.number}`)) continue;
          findings.push({ code: 'uncovered-criterion', sheet: grid.name, cell: a1(table.header.top, table.labelCol), key: `Tiêu chí ${criterion.number}`, params: { name: criterion.name, catalog: context.catalog.id } });
        }
      }
    }
    return findings;
  },
};
