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
  const rows = {
    baseline: rowFor(context, model, totalsOf('baseline'), FILL_LABELS.criterionBaseline),
    planned: rowFor(context, model, totalsOf('planned'), FILL_LABELS.criterionPlanned(model.planYear)),
    end: rowFor(context, model, totalsOf('end'), FILL_LABELS.criterionEnd),
    percent: rowFor(context, model, model.shareRows.find((s) => s.basis === 'end')?.row, FILL_LABELS.criterionPercent),
  };
  // The sheet's own share row keeps its units ("Tỷ lệ (%)": 71,4); a new one holds fractions shown as percentages.
  const inPercent = model.shareRows.some((s) => s.row === rows.percent) && shareRowInPercent(grid, model, rows.percent);
  const [firstCol, secondCol] = [...model.criteria.map((c) => c.col)].sort((a, b) => a - b);
  const communes = model.communesCell ?? { row: rowFor(context, model, undefined, FILL_LABELS.communes), col: firstCol };
  const communesRef = ref(communes.row, communes.col, true);
  out.put({ ...communes, role: 'summary.communes', formula: countNames(rangeRef(top, model.communeCol, bottom, model.communeCol)), value: n, numberFormat: FORMAT.count });
  // A criterion's share is of the communes the analysis decided: those listed (the count just written), or the number the sheet states for the whole area.
  const whole = denominatorOf(context, () => communesRef) ?? { ref: communesRef, value: n };

  for (const criterion of tally.criteria) {
    const { col } = criterion;
    const key = String(criterion.number);
    const range = rangeRef(top, col, bottom, col);
    out.put({ row: rows.baseline, col, role: 'criterion.baseline', key, formula: countMarks(range, marks.met), value: criterion.met, numberFormat: FORMAT.count });
    out.put({ row: rows.planned, col, role: 'criterion.planned', key, formula: countMarks(range, marks.planned), value: criterion.planned, numberFormat: FORMAT.count });
    out.put({ row: rows.end, col, role: 'criterion.end', key, formula: `=${ref(rows.baseline, col)}+${ref(rows.planned, col)}`, value: criterion.end, numberFormat: FORMAT.count });
    const share = whole.value ? criterion.end / whole.value : 0;
    out.put({ row: rows.percent, col, role: 'criterion.percent', key, formula: shareOf(ref(rows.end, col), whole.ref, inPercent ? 'percent-units' : 'fraction'), value: inPercent ? share * 100 : share, numberFormat: inPercent ? FORMAT.shareUnits : FORMAT.share });
  }

  for (const [role, col] of Object.entries(model.villages) as [VillageRole, number][]) {
    const target = { row: rows.baseline, col, role: `village.${role}` as const, key: role };
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
