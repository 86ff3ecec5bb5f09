import { groupsCommunes } from '../catalog/calendar';
import { groupOf } from '../catalog/groups';
import { namesCommuneGroup } from '../text/communeGroup';
import type { AssignmentModel } from '../recognize/models';
import { tallyAssignment, type CommuneTally } from '../tally/assignment';
import { columnLetters } from '../sheet/address';
import type { FillContext } from './context';
import { groupLabelOf } from './formulas';
import { countMarks } from '../sheet/refs';
import { FILL_LABELS } from './labels';
import { marksUsed } from './marksUsed';
import { FORMAT } from './place';
import { isAppraisal } from './appraisal';
import { rangeRef } from '../sheet/refs';

/** The per-commune columns: in an appraisal no planned column, and the year end is what is met. */
export type CommuneColumns = { baseline: number; planned?: number; end: number; group?: number };

/** The column of a per-commune count: the sheet's own, else a new one with its header label. */
function columnFor(context: FillContext, model: AssignmentModel, existing: number | undefined, label: string): number {
  if (existing !== undefined) return existing;
  const col = context.newColumn();
  const { top, bottom } = model.header;
  context.out.put({ row: top, col, role: 'label', text: label, style: 'header' });
  if (bottom > top) context.merges.push({ sheet: context.grid.name, range: rangeRef(top, col, bottom, col) });
  return col;
}

function holdsCommuneGroups(context: FillContext, model: AssignmentModel): boolean {
  if (model.groupCol === undefined || !groupsCommunes(context.catalog)) return false;
  return namesCommuneGroup(context.grid.text(model.header.bottom, model.groupCol) || context.grid.text(model.header.top, model.groupCol));
}

/**
 * Per commune: criteria met (`commune.baseline`), planned (`commune.planned`), at year end
 * (`commune.end`) and its distribution group (`commune.group`), counted from the marks. An appraisal
 * (a year's results, nothing planned) gets no plan columns: what is met is its year's end, and the
 * group is written only in a column of the sheet's own.
 */
export function fillCommuneColumns(context: FillContext, model: AssignmentModel): CommuneColumns {
  const { grid, out, catalog } = context;
  const tally = tallyAssignment(grid, model);
  const marks = marksUsed(grid, model);
  const appraisal = isAppraisal(context, model, tally);
  // Under the 2026–2030 criteria a "Nhóm xã" column is the commune's group (1, 2, 3), typed by a person: the band goes in its own column.
  const ownGroup = holdsCommuneGroups(context, model) ? model.bandCol : model.groupCol;
  const baselineCol = columnFor(context, model, model.summaries.baseline, FILL_LABELS.communeBaseline);
  const cols: CommuneColumns = appraisal
    ? { baseline: baselineCol, end: baselineCol, group: ownGroup }
    : {
      baseline: baselineCol,
      planned: columnFor(context, model, model.summaries.planned, FILL_LABELS.communePlanned(model.planYear)),
      end: columnFor(context, model, model.summaries.end, FILL_LABELS.communeEnd),
      group: columnFor(context, model, ownGroup, FILL_LABELS.communeGroup),
    };
  const first = columnLetters(Math.min(...model.criteria.map((c) => c.col)));
  const last = columnLetters(Math.max(...model.criteria.map((c) => c.col)));
  const baseline = columnLetters(cols.baseline);
  const communes = tally.communes;
  const name = (commune: CommuneTally) => commune.name;
  out.putColumn({ col: cols.baseline, role: 'commune.baseline', formula: (r) => countMarks(`${first}${r}:${last}${r}`, marks.met), numberFormat: FORMAT.count }, communes, name, (c) => c.met);
  const planned = cols.planned !== undefined ? columnLetters(cols.planned) : undefined;
  if (cols.planned !== undefined) {
    out.putColumn({ col: cols.planned, role: 'commune.planned', formula: (r) => countMarks(`${first}${r}:${last}${r}`, marks.planned), numberFormat: FORMAT.count }, communes, name, (c) => c.planned);
    out.putColumn({ col: cols.end, role: 'commune.end', formula: (r) => `=${baseline}${r}+${planned}${r}`, numberFormat: FORMAT.count }, communes, name, (c) => c.end);
  }
  // Columns of the other states where the sheet has them: basically met by its marks, not met the rest of the set.
  if (model.summaries.basic !== undefined) out.putColumn({ col: model.summaries.basic, role: 'commune.basic', formula: (r) => countMarks(`${first}${r}:${last}${r}`, marks.basic), numberFormat: FORMAT.count }, communes, name, (c) => c.basic);
  if (model.summaries.notMet !== undefined) {
    const basic = model.summaries.basic !== undefined ? columnLetters(model.summaries.basic) : undefined;
    out.putColumn({ col: model.summaries.notMet, role: 'commune.notMet', formula: (r) => `=${model.criteria.length}-${baseline}${r}${planned ? `-${planned}${r}` : ''}${basic ? `-${basic}${r}` : ''}`, numberFormat: FORMAT.count }, communes, name, (c) => model.criteria.length - c.met - c.planned - (model.summaries.basic !== undefined ? c.basic : 0));
  }
  const end = columnLetters(cols.end);
  if (cols.group !== undefined) out.putColumn({ col: cols.group, role: 'commune.group', formula: (r) => groupLabelOf(`${end}${r}`, catalog.groups) }, communes, name, (c) => groupOf(catalog.groups, c.end)?.label);
  return cols;
}
