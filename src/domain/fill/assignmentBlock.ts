import type { AssignmentModel, TotalsRow, VillageRole } from '../recognize/models';
import { tallyAssignment } from '../tally/assignment';
import type { FillContext } from './context';
import { denominatorOf } from './denominator';
import type { CommuneColumns } from './assignmentCommunes';
import { averageOf, countInGroup, countNames, shareOf, sumOf } from './formulas';
import { countMarks } from '../sheet/refs';
import { FILL_LABELS } from './labels';
import { marksUsed } from './marksUsed';
import { FORMAT, isTextNumber } from './place';
import { rangeRef, ref } from '../sheet/refs';
import { shareRowInPercent } from '../recognize/shareRowUnits';

/** A labelled row under the communes: the sheet's own, else a new one. */
function rowFor(context: FillContext, model: AssignmentModel, existing: number | undefined, label: string): number {
  if (existing !== undefined) return existing;
  const row = context.newRow();
  context.out.put({ row, col: model.communeCol, role: 'label', text: label });
  return row;
}

/**
 * Under the communes: per criterion the communes met, planned, at year end and their share
 * (`criterion.*`), village totals (`village.*`), the number of communes (`summary.communes`),
 * the average criteria per commune (`summary.average`) and the distribution (`group.*`).
 */
export function fillAssignmentBlock(context: FillContext, model: AssignmentModel, cols: CommuneColumns): void {
  const { grid, out, catalog } = context;
  const tally = tallyAssignment(grid, model);
  const marks = marksUsed(grid, model);
  const top = Math.min(...model.communes.map((c) => c.row));
  const bottom = Math.max(...model.communes.map((c) => c.row));
  const n = model.communes.length;
  const totalsOf = (basis: TotalsRow['basis']) => model.totals.find((t) => t.basis === basis)?.row;
  // An appraisal (marks of what is met and not, none planned, none its legend defines, no planned or year-end row of its own):
  // what is met is the year's end, and no plan rows are added. A blank sheet (a template) is a plan.
  const statuses = new Set(tally.marks.values());
  const legendPlans = [...(context.view.table.legendMarks?.values() ?? [])].includes('planned');
  const appraisal = statuses.has('met') && !statuses.has('planned') && !legendPlans && totalsOf('planned') === undefined && totalsOf('end') === undefined;
  const baseline = rowFor(context, model, totalsOf('baseline'), FILL_LABELS.criterionBaseline);
  const planned = appraisal ? undefined : rowFor(context, model, totalsOf('planned'), FILL_LABELS.criterionPlanned(model.planYear));
  const end = appraisal ? undefined : rowFor(context, model, totalsOf('end'), FILL_LABELS.criterionEnd);
  const basisRow = (basis: TotalsRow['basis']) => (appraisal ? baseline : basis === 'baseline' ? baseline : basis === 'planned' ? planned! : end!);
  // Each share row of the sheet is of the count its words (or the totals row above it) name; without one of the year's end, a new row.
  const main: TotalsRow['basis'] = appraisal ? 'baseline' : 'end';
  const shares = model.shareRows.map((s) => ({ row: s.row, basis: appraisal ? main : s.basis, own: true }));
  if (!shares.some((s) => s.basis === main)) shares.push({ row: rowFor(context, model, undefined, FILL_LABELS.criterionPercent), basis: main, own: false });
  const [firstCol, secondCol] = [...model.criteria.map((c) => c.col)].sort((a, b) => a - b);
  const communes = model.communesCell ?? { row: rowFor(context, model, undefined, FILL_LABELS.communes), col: firstCol };
  const communesRef = ref(communes.row, communes.col, true);
  out.put({ ...communes, role: 'summary.communes', formula: countNames(rangeRef(top, model.communeCol, bottom, model.communeCol)), value: n, numberFormat: FORMAT.count });
  // A criterion's share is of the communes the analysis decided: those listed (the count just written), or the number the sheet states for the whole area.
  const whole = denominatorOf(context, () => communesRef) ?? { ref: communesRef, value: n };

  // The sheet's own share row keeps its units ("Tỷ lệ (%)": 71,4); a new one holds fractions shown as percentages.
  const units = shares.map((s) => s.own && shareRowInPercent(grid, model, s.row));
  for (const criterion of tally.criteria) {
    const { col } = criterion;
    const key = String(criterion.number);
    const range = rangeRef(top, col, bottom, col);
    out.put({ row: baseline, col, role: 'criterion.baseline', key, formula: countMarks(range, marks.met), value: criterion.met, numberFormat: FORMAT.count });
    if (planned !== undefined) out.put({ row: planned, col, role: 'criterion.planned', key, formula: countMarks(range, marks.planned), value: criterion.planned, numberFormat: FORMAT.count });
    if (end !== undefined && planned !== undefined) out.put({ row: end, col, role: 'criterion.end', key, formula: `=${ref(baseline, col)}+${ref(planned, col)}`, value: criterion.end, numberFormat: FORMAT.count });
    shares.forEach(({ row, basis }, i) => {
      const count = appraisal || basis === 'baseline' ? criterion.met : basis === 'planned' ? criterion.planned : criterion.end;
      const share = whole.value ? count / whole.value : 0;
      const inPercent = units[i];
      out.put({ row, col, role: 'criterion.percent', key, formula: shareOf(ref(basisRow(basis), col), whole.ref, inPercent ? 'percent-units' : 'fraction'), value: inPercent ? share * 100 : share, numberFormat: inPercent ? FORMAT.shareUnits : FORMAT.share });
    });
  }

  for (const [role, col] of Object.entries(model.villages) as [VillageRole, number][]) {
    const target = { row: baseline, col, role: `village.${role}` as const, key: role };
    if (model.communes.some(({ row }) => isTextNumber(grid, row, col))) {
      out.skip(target, 'text-number');
      continue;
    }
    const value = model.communes.reduce((t, { row }) => t + (grid.number(row, col) ?? 0), 0);
    out.put({ ...target, formula: sumOf([rangeRef(top, col, bottom, col)]), value, numberFormat: FORMAT.count });
  }

  const endRange = rangeRef(top, cols.end, bottom, cols.end);
  const average = model.averages.find((a) => a.basis === 'end' && !a.inText);
  const averageCell = average ? { row: average.row, col: average.valueCol } : { row: rowFor(context, model, undefined, FILL_LABELS.average), col: firstCol };
  const mean = n ? tally.communes.reduce((t, c) => t + c.end, 0) / n : 0;
  out.put({ ...averageCell, role: 'summary.average', formula: averageOf(endRange), value: mean, numberFormat: FORMAT.average });

  for (const group of catalog.groups) {
    const existing = model.groupRows.find((g) => g.bounds.min === group.min && Math.min(g.bounds.max, catalog.criteria.length) === group.max);
    const row = rowFor(context, model, existing?.row, FILL_LABELS.group(group));
    const countCol = existing?.countCol ?? firstCol;
    const shareCol = existing?.shareCol ?? secondCol;
    const count = tally.communes.filter((c) => c.end >= group.min && c.end <= group.max).length;
    out.put({ row, col: countCol, role: 'group.count', key: group.label, formula: countInGroup(endRange, group), value: count, numberFormat: FORMAT.count });
    out.put({ row, col: shareCol, role: 'group.percent', key: group.label, formula: shareOf(ref(row, countCol), communesRef), value: n ? count / n : 0, numberFormat: FORMAT.share });
  }
}
