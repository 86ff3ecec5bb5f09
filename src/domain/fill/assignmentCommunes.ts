import { groupOf } from '../catalog/groups';
import type { AssignmentModel, SummaryRole } from '../recognize/models';
import { tallyAssignment } from '../tally/assignment';
import type { FillContext } from './context';
import { countMarks, groupLabelOf } from './formulas';
import { FILL_LABELS } from './labels';
import { marksUsed } from './marksUsed';
import { FORMAT } from './place';
import { rangeRef, ref } from './refs';

export type CommuneColumns = Record<SummaryRole, number> & { group: number };

/** The column of a per-commune count: the sheet's own, else a new one with its header label. */
function columnFor(context: FillContext, model: AssignmentModel, existing: number | undefined, label: string): number {
  if (existing !== undefined) return existing;
  const col = context.newColumn();
  const { top, bottom } = model.header;
  context.out.put({ row: top, col, role: 'label', text: label, style: 'header' });
  if (bottom > top) context.merges.push({ sheet: context.grid.name, range: rangeRef(top, col, bottom, col) });
  return col;
}

/**
 * Per commune: criteria met (`commune.baseline`), planned (`commune.planned`), at year end
 * (`commune.end`) and its distribution group (`commune.group`), counted from the marks.
 */
export function fillCommuneColumns(context: FillContext, model: AssignmentModel): CommuneColumns {
  const { grid, out, catalog } = context;
  const tally = tallyAssignment(grid, model);
  const marks = marksUsed(grid, model);
  const cols: CommuneColumns = {
    baseline: columnFor(context, model, model.summaries.baseline, FILL_LABELS.communeBaseline),
    planned: columnFor(context, model, model.summaries.planned, FILL_LABELS.communePlanned(model.planYear)),
    end: columnFor(context, model, model.summaries.end, FILL_LABELS.communeEnd),
    group: columnFor(context, model, model.groupCol, FILL_LABELS.communeGroup),
  };
  const first = Math.min(...model.criteria.map((c) => c.col));
  const last = Math.max(...model.criteria.map((c) => c.col));
  for (const commune of tally.communes) {
    const { row, name: key } = commune;
    const marksRange = rangeRef(row, first, row, last);
    out.put({ row, col: cols.baseline, role: 'commune.baseline', key, formula: countMarks(marksRange, marks.met), value: commune.met, numberFormat: FORMAT.count });
    out.put({ row, col: cols.planned, role: 'commune.planned', key, formula: countMarks(marksRange, marks.planned), value: commune.planned, numberFormat: FORMAT.count });
    out.put({ row, col: cols.end, role: 'commune.end', key, formula: `=${ref(row, cols.baseline)}+${ref(row, cols.planned)}`, value: commune.end, numberFormat: FORMAT.count });
    out.put({ row, col: cols.group, role: 'commune.group', key, formula: groupLabelOf(ref(row, cols.end), catalog.groups), value: groupOf(catalog.groups, commune.end)?.label });
  }
  return cols;
}
