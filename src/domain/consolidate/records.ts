import type { Analysis } from '../engine';
import type { Catalog } from '../catalog/schema';
import type { AssignmentModel, TableSheetModel } from '../recognize/models';
import type { Grid } from '../sheet/grid';
import { a1 } from '../sheet/address';
import type { CellValue } from '../sheet/snapshot';
import { parseCriterionRef } from '../text/codes';
import { fold } from '../text/fold';
import { formerCommunes } from '../text/formerCommunes';
import { readMark, type Legend } from '../text/legend';
import type { MarkStatus } from '../text/marks';
import type { Table } from '../table/types';
import type { CommuneRecord } from './types';

const VILLAGE_ORDER = ['total', 'met', 'planned', 'model'] as const;

type Marks = Map<number, { status: MarkStatus; value: CellValue; cell: string }>;

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

function record(file: string, sheet: string, row: number, col: number, name: string, marks: Marks, rest: Pick<CommuneRecord, 'villages' | 'goal' | 'group' | 'district' | 'former'>): CommuneRecord {
  const blank = [...marks.values()].every((m) => isBlank(m.value)) && rest.villages.every((v) => v === null) && isBlank(rest.goal) && isBlank(rest.group);
  return { name, file, sheet, cell: a1(row, col), row: row + 1, marks, ...rest, blank };
}

function fromAssignment(file: string, grid: Grid, model: AssignmentModel): CommuneRecord[] {
  return model.communes.map(({ row, name }) => {
    const marks: Marks = new Map();
    for (const { col, number } of model.criteria) {
      const value = grid.value(row, col);
      marks.set(number, { status: readMark(value, model.planYear, undefined), value, cell: a1(row, col) });
    }
    const villages = VILLAGE_ORDER.map((role) => (model.villages[role] === undefined ? null : grid.number(row, model.villages[role]!)));
    const at = (col: number | undefined) => (col === undefined ? null : grid.value(row, col));
    return record(file, grid.name, row, model.communeCol, name, marks, { villages, goal: at(model.goalCol), group: at(model.groupCol), district: at(model.districtCol), former: formerCommunes(at(model.formerCol)) });
  });
}

function criterionOfRow(label: string, tt: string, catalog: Catalog): number | undefined {
  const ref = parseCriterionRef(tt) ?? parseCriterionRef(label);
  if (ref && !ref.indicator) return ref.number;
  const folded = fold(label);
  return catalog.criteria.find((c) => folded.length >= 4 && (fold(c.name) === folded || fold(c.name).startsWith(folded) || folded.includes(fold(c.name))))?.number;
}

function fromSideways(file: string, grid: Grid, table: Table, catalog: Catalog, planYear: number | undefined): CommuneRecord[] {
  const legend: Legend | undefined = table.legendMarks;
  const criteria = table.rows.flatMap((row) => {
    if (row.role !== 'unit') return [];
    const number = criterionOfRow(row.label, row.tt, catalog);
    return number === undefined ? [] : [{ row: row.row, number }];
  });
  return table.columns.filter((c) => c.meaning === 'member').map((member) => {
    const marks: Marks = new Map();
    for (const { row, number } of criteria) {
      const value = grid.value(row, member.col);
      marks.set(number, { status: readMark(value, planYear, legend), value, cell: a1(row, member.col) });
    }
    return record(file, grid.name, table.header.bottom, member.col, member.title, marks, { villages: [null, null, null, null], goal: null, group: null, district: null, former: [] });
  });
}

/**
 * The communes a workbook states, from every assignment table it holds in either orientation:
 * one record per commune with its marks by criterion number, villages, goal and group.
 *
 * @example
 * communeRecords('xa-le-lai.xlsx', analyzeWorkbook(snapshot)).map((r) => r.name) // ['Lê Lai']
 */
export function communeRecords(file: string, analysis: Analysis): CommuneRecord[] {
  return analysis.sheets.flatMap((sheet) => sheet.views).flatMap(({ grid, model }) => {
    if (model.kind === 'assignment') return fromAssignment(file, grid, model);
    if (model.kind !== 'table') return [];
    return (model as TableSheetModel).tables
      .filter((t) => t.family === 'assignment-sideways')
      .flatMap((t) => fromSideways(file, grid, t.table, analysis.catalog, analysis.planYear));
  });
}
