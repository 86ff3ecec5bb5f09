import type { Analysis } from './types';
import { viewsOf } from './select';
import { rowsBySet } from './sets';
import { criterionOf } from './criterionRef';
import { isTaskMatrix, readMatrix } from './matrix';
import { agenciesIn } from '../text/agencies';

/** An agency leading a criterion or an indicator of the chosen set. */
export type CriterionLead = { number: number; code: string; indicator: boolean; agency: string };

/**
 * Who leads what in a workbook: every lead of the chosen set's criteria and indicators, in reading
 * order, whatever the form of the table that says it; `tables`: how many responsibility tables there
 * are (a table whose leads are all blank still says that nothing is led).
 */
export type Responsibility = { leads: CriterionLead[]; tables: number };

const READ = new WeakMap<Analysis, Responsibility>();

/**
 * The leads of the chosen set's criteria, read once per analysis from every form offices use: a list
 * by agency ("Cơ quan | Tiêu chí phụ trách"), a list by criterion ("Tiêu chí | Cơ quan chủ trì | Cơ
 * quan phối hợp"), a matrix with criteria down or across and "CT"/"PH" marks. The appendix asks here;
 * the checks read each table's cells to point at them.
 *
 * @example
 * responsibilityOf(analysis).leads.filter((l) => l.number === 17).map((l) => l.agency) // ['Sở Nông nghiệp và Môi trường']
 */
export function responsibilityOf(analysis: Analysis): Responsibility {
  let known = READ.get(analysis);
  if (!known) READ.set(analysis, (known = read(analysis)));
  return known;
}

function read(analysis: Analysis): Responsibility {
  const leads: CriterionLead[] = [];
  let tables = 0;
  const { catalog } = analysis;
  for (const { model } of viewsOf(analysis, 'responsibility')) {
    tables++;
    for (const group of rowsBySet(model, analysis)) {
      if (group.catalog?.id !== catalog.id) continue;
      for (const row of group.rows) for (const ref of row.codes) leads.push({ number: ref.number, code: ref.code, indicator: ref.indicator, agency: row.agency });
    }
  }
  for (const { grid, model } of viewsOf(analysis, 'table')) {
    for (const { table, family } of model.tables) {
      if (family === 'responsibility-criteria') {
        const lead = table.columns.find((c) => c.meaning === 'lead');
        if (!lead) continue;
        tables++;
        for (const row of table.rows) {
          if (row.role !== 'unit' && row.role !== 'subtotal') continue;
          const ref = criterionOf(row.label, row.tt, catalog);
          // A group's title merged across the table ("I | QUY HOẠCH" over the lead column) names no lead.
          const across = grid.mergeOf(row.row, lead.col);
          if (!ref || (across && across.left <= table.labelCol)) continue;
          for (const agency of agenciesIn(grid.raw(row.row, lead.col))) leads.push({ number: ref.number, code: ref.code, indicator: ref.indicator, agency });
        }
      } else if (family === 'responsibility-matrix') {
        const matrix = readMatrix(grid, table, catalog);
        if (isTaskMatrix(matrix, catalog)) continue;
        tables++;
        for (const row of matrix.rows) {
          const ref = criterionOf(row.label, row.tt, catalog);
          if (!ref) continue;
          for (const mark of row.marks) if (mark.role === 'lead') leads.push({ number: ref.number, code: ref.code, indicator: ref.indicator, agency: mark.agency });
        }
      }
    }
  }
  return { leads, tables };
}
