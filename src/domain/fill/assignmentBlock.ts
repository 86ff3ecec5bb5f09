import type { AssignmentModel, SummaryRole, TotalsRow, VillageRole } from '../recognize/models';
import { SUMMARY_FIELD, tallyAssignment } from '../tally/assignment';
import { isAppraisal } from './appraisal';
import { noRoom, type FillContext } from './context';
import { denominatorOf } from './denominator';
import type { CommuneColumns } from './assignmentCommunes';
import { averageOf, countInGroup, countNames, shareOf, sumOf } from './formulas';
import { countMarks } from '../sheet/refs';
import { FILL_LABELS } from './labels';
import { marksUsed } from './marksUsed';
import { FORMAT, isTextNumber } from './place';
import { rangeRef, ref } from '../sheet/refs';
import { shareRowInPercent } from '../recognize/shareRowUnits';

/** A formula's expression, to stand inside another (a count where no row holds it). */
const inline = (formula: string) => `(${formula.replace(/^=/, '')})`;

/**
 * Under the communes: per criterion the communes met, planned, at year end and their share
 * (`criterion.*`), village totals (`village.*`), the number of communes (`summary.communes`),
 * the average criteria per commune (`summary.average`) and the distribution (`group.*`). Lines the
 * sheet does not have are added directly under the table, all or none: never over or below a
 * signature block or notes typed under it (then they are said as not written, `no-room`).
 */
export function fillAssignmentBlock(context: FillContext, model: AssignmentModel, cols: CommuneColumns): void {
  const { grid, out, catalog } = context;
  const tally = tallyAssignment(grid, model);
  const marks = marksUsed(grid, model);
  const top = Math.min(...model.communes.map((c) => c.row));
  const bottom = Math.max(...model.communes.map((c) => c.row));
  const n = model.communes.length;
  const totalsOf = (basis: TotalsRow['basis']) => model.totals.find((t) => t.basis === basis && !t.of)?.row;
  const appraisal = isAppraisal(context, model, tally);
  // Each share row of the sheet is of the count its words (or the totals row above it) name; without one of the year's end (of what is met, in an appraisal), a new row.
  const main: TotalsRow['basis'] = appraisal ? 'baseline' : 'end';
  const shares: { row?: number; basis: TotalsRow['basis']; own: boolean }[] = model.shareRows.map((s) => ({ row: s.row, basis: appraisal ? main : s.basis, own: true }));
  const average = model.averages.find((a) => a.basis === 'end' && !a.inText);
  const groups = catalog.groups.map((group) => ({ group, existing: model.groupRows.find((g) => g.bounds.min === group.min && Math.min(g.bounds.max, catalog.criteria.length) === group.max) }));

  // The lines the sheet lacks, in the order they are added, given rows under the table together.
  const wanted: { key: string; label: string }[] = [];
  if (totalsOf('baseline') === undefined) wanted.push({ key: 'baseline', label: FILL_LABELS.criterionBaseline });
  if (!appraisal && totalsOf('planned') === undefined) wanted.push({ key: 'planned', label: FILL_LABELS.criterionPlanned(model.planYear) });
  if (!appraisal && totalsOf('end') === undefined) wanted.push({ key: 'end', label: FILL_LABELS.criterionEnd });
  if (!shares.some((s) => s.basis === main)) wanted.push({ key: 'percent', label: appraisal ? FILL_LABELS.criterionPercentMet : FILL_LABELS.criterionPercent });
  if (!model.communesCell) wanted.push({ key: 'communes', label: FILL_LABELS.communes });
  if (!average) wanted.push({ key: 'average', label: appraisal ? FILL_LABELS.averageMet : FILL_LABELS.average });
  for (const { group, existing } of groups) if (!existing) wanted.push({ key: `group ${group.label}`, label: FILL_LABELS.group(group) });
  const owned = [bottom, ...model.totals.map((t) => t.row), ...model.shareRows.map((s) => s.row), ...model.groupRows.map((g) => g.row), ...model.averages.map((a) => a.row), model.communesCell?.row ?? -1, model.groupsTotalRow ?? -1];
  const room = wanted.length > 0 ? context.newRows(wanted.length, Math.max(...owned)) : { rows: [] };
  if (!room.rows) noRoom(context, room, wanted.map((w) => w.label), model.communeCol);
  const added = new Map<string, number>();
  wanted.forEach(({ key, label }, i) => {
    const row = room.rows?.[i];
    if (row === undefined) return;
    added.set(key, row);
    out.put({ row, col: model.communeCol, role: 'label', text: label });
  });
  const rowOf = (key: string, existing: number | undefined) => existing ?? added.get(key);

  const baseline = rowOf('baseline', totalsOf('baseline'));
  const planned = appraisal ? undefined : rowOf('planned', totalsOf('planned'));
  const end = appraisal ? undefined : rowOf('end', totalsOf('end'));
  const percent = added.get('percent');
  if (percent !== undefined) shares.push({ row: percent, basis: main, own: false });
  const [firstCol, secondCol] = [...model.criteria.map((c) => c.col)].sort((a, b) => a - b);
  const namesRange = rangeRef(top, model.communeCol, bottom, model.communeCol);
  const communes = model.communesCell ?? (added.has('communes') ? { row: added.get('communes')!, col: firstCol } : undefined);
  if (communes) out.put({ ...communes, role: 'summary.communes', formula: countNames(namesRange), value: n, numberFormat: FORMAT.count });
  // With no room for the count of communes, shares count the names in their own formula.
  const communesRef = communes ? ref(communes.row, communes.col, true) : inline(countNames(namesRange));
  // A criterion's share is of the communes the analysis decided: those listed (the count just written), or the number the sheet states for the whole area.
  const whole = denominatorOf(context, () => communesRef) ?? { ref: communesRef, value: n };

  // The sheet's own share row keeps its units ("Tỷ lệ (%)": 71,4); a new one holds fractions shown as percentages.
  const units = shares.map((s) => s.own && s.row !== undefined && shareRowInPercent(grid, model, s.row));
  for (const criterion of tally.criteria) {
    const { col } = criterion;
    const key = String(criterion.number);
    const range = rangeRef(top, col, bottom, col);
    // What each count is, where a row holds it, else as its own formula.
    const counts: Record<TotalsRow['basis'], string> = {
      baseline: baseline !== undefined ? ref(baseline, col) : inline(countMarks(range, marks.met)),
      planned: planned !== undefined ? ref(planned, col) : inline(countMarks(range, marks.planned)),
      end: end !== undefined ? ref(end, col) : `(${baseline !== undefined ? ref(baseline, col) : inline(countMarks(range, marks.met))}+${planned !== undefined ? ref(planned, col) : inline(countMarks(range, marks.planned))})`,
    };
    if (baseline !== undefined) out.put({ row: baseline, col, role: 'criterion.baseline', key, formula: countMarks(range, marks.met), value: criterion.met, numberFormat: FORMAT.count });
    if (planned !== undefined) out.put({ row: planned, col, role: 'criterion.planned', key, formula: countMarks(range, marks.planned), value: criterion.planned, numberFormat: FORMAT.count });
    if (end !== undefined && planned !== undefined && baseline !== undefined) out.put({ row: end, col, role: 'criterion.end', key, formula: `=${ref(baseline, col)}+${ref(planned, col)}`, value: criterion.end, numberFormat: FORMAT.count });
    shares.forEach(({ row, basis }, i) => {
      if (row === undefined) return;
      const count = appraisal || basis === 'baseline' ? criterion.met : basis === 'planned' ? criterion.planned : criterion.end;
      const share = whole.value ? count / whole.value : 0;
      const inPercent = units[i];
      out.put({ row, col, role: 'criterion.percent', key, formula: shareOf(appraisal ? counts.baseline : counts[basis], whole.ref, inPercent ? 'percent-units' : 'fraction'), value: inPercent ? share * 100 : share, numberFormat: inPercent ? FORMAT.shareUnits : FORMAT.share });
    });
  }

  for (const [role, col] of Object.entries(model.villages) as [VillageRole, number][]) {
    if (baseline === undefined) continue;
    const target = { row: baseline, col, role: `village.${role}` as const, key: role };
    if (model.communes.some(({ row }) => isTextNumber(grid, row, col))) {
      out.skip(target, 'text-number');
      continue;
    }
    const value = model.communes.reduce((t, { row }) => t + (grid.number(row, col) ?? 0), 0);
    out.put({ ...target, formula: sumOf([rangeRef(top, col, bottom, col)]), value, numberFormat: FORMAT.count });
  }

  // Each commune's count of its criteria ("Số tiêu chí đã đạt"): its total, on the totals line as the villages', is the communes' counts added up.
  const totalsRow = baseline;
  const countCols: [SummaryRole, number | undefined][] = [['baseline', cols.baseline], ['planned', cols.planned], ['end', cols.end], ['basic', model.summaries.basic], ['notMet', model.summaries.notMet]];
  for (const [role, col] of countCols) {
    if (col === undefined || totalsRow === undefined || model.communes.some(({ row }) => isTextNumber(grid, row, col))) continue;
    const value = tally.communes.reduce((t, c) => t + c[SUMMARY_FIELD[role]], 0);
    out.put({ row: totalsRow, col, role: 'summary.total', key: role, formula: sumOf([rangeRef(top, col, bottom, col)]), value, numberFormat: FORMAT.count });
  }

  const endRange = rangeRef(top, cols.end, bottom, cols.end);
  const averageCell = average ? { row: average.row, col: average.valueCol } : added.has('average') ? { row: added.get('average')!, col: firstCol } : undefined;
  const mean = n ? tally.communes.reduce((t, c) => t + (appraisal ? c.met : c.end), 0) / n : 0;
  if (averageCell) out.put({ ...averageCell, role: 'summary.average', formula: averageOf(endRange), value: mean, numberFormat: FORMAT.average });

  for (const { group, existing } of groups) {
    const row = rowOf(`group ${group.label}`, existing?.row);
    if (row === undefined) continue;
    const countCol = existing?.countCol ?? firstCol;
    const shareCol = existing?.shareCol ?? secondCol;
    const count = tally.communes.filter((c) => (appraisal ? c.met : c.end) >= group.min && (appraisal ? c.met : c.end) <= group.max).length;
    out.put({ row, col: countCol, role: 'group.count', key: group.label, formula: countInGroup(endRange, group), value: count, numberFormat: FORMAT.count });
    out.put({ row, col: shareCol, role: 'group.percent', key: group.label, formula: shareOf(ref(row, countCol), communesRef), value: n ? count / n : 0, numberFormat: FORMAT.share });
  }
}
