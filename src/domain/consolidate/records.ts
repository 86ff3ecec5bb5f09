import type { Analysis } from '../engine';
import type { Catalog } from '../catalog/schema';
import type { AssignmentModel, CommuneIdentity, TableSheetModel } from '../recognize/models';
import { communeSheetReading } from '../recognize/communeSheet';
import type { Grid } from '../sheet/grid';
import { a1, parseA1 } from '../sheet/address';
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
 * A commune's own sheet as that commune's row of an assignment: each criterion's state now, or
 * planned where the plan year's column says so ("Phấn đấu đạt"); a blank assessment is not assessed
 * (left blank in the table and listed, as an unreadable mark is) unless the sheet's legend says what a
 * blank means ("để trống = chưa đạt").
 */
function fromCommuneSheet(file: string, grid: Grid, table: Table, commune: CommuneIdentity, catalog: Catalog, planYear: number | undefined): CommuneRecord[] {
  const { criteria, now, plan } = communeSheetReading(grid, table);
  if (!now) return [];
  const legend = table.legendMarks;
  const marks: Marks = new Map();
  for (const row of criteria) {
    const number = criterionOfRow(row.label, row.tt, catalog);
    if (number === undefined || marks.has(number)) continue;
    const value = grid.value(row.row, now.col);
    const status = readMark(value, planYear, legend);
    const planned = plan && status !== 'met' && readMark(grid.value(row.row, plan.col), planYear, legend) === 'planned';
    if (grid.isBlank(row.row, now.col) && !planned) marks.set(number, { status: legend?.get('') ?? 'invalid', value: null, cell: a1(row.row, now.col) });
    else if (planned) marks.set(number, { status: 'planned', value: grid.value(row.row, plan.col), cell: a1(row.row, plan.col) });
    else marks.set(number, { status, value, cell: a1(row.row, now.col) });
  }
  const at = commune.cell ? parseA1(commune.cell) : null;
  return [record(file, grid.name, at?.row ?? table.header.top, at?.col ?? now.col, commune.name, marks, { villages: [null, null, null, null], goal: null, group: null, district: null, former: [] })];
}

/**
 * The commune's own sheets of a workbook that name no commune (no title, header, sheet or file
 * name does): kept out of a consolidation and listed with their range, never dropped silently.
 *
 * @example
 * unnamedCommuneSheets(analyzeWorkbook(snapshot)) // [{ sheet: 'Sheet1', range: 'A3:E17' }]
 */
export function unnamedCommuneSheets(analysis: Analysis): { sheet: string; range: string }[] {
  return analysis.sheets.flatMap((sheet) => sheet.views).flatMap(({ grid, model }) => (model.kind !== 'table' ? [] : (model as TableSheetModel).tables
    .filter((t) => t.family === 'commune-criteria' && !t.commune)
    .map(({ table }) => ({ sheet: grid.name, range: `${a1(table.header.top, table.body.left)}:${a1(table.body.bottom, table.body.right)}` }))));
}

/**
 * The communes a workbook states, from every assignment table it holds in either orientation and
 * every commune's own sheet (as that commune's row): one record per commune with its marks by
 * criterion number, villages, goal and group.
 *
 * @example
 * communeRecords('xa-le-lai.xlsx', analyzeWorkbook(snapshot)).map((r) => r.name) // ['Lê Lai']
 */
export function communeRecords(file: string, analysis: Analysis): CommuneRecord[] {
  return analysis.sheets.flatMap((sheet) => sheet.views).flatMap(({ grid, model }) => {
    if (model.kind === 'assignment') return fromAssignment(file, grid, model);
    if (model.kind !== 'table') return [];
    return (model as TableSheetModel).tables.flatMap((t) => {
      if (t.family === 'assignment-sideways') return fromSideways(file, grid, t.table, analysis.catalog, analysis.planYear);
      if (t.family === 'commune-criteria' && t.commune) return fromCommuneSheet(file, grid, t.table, t.commune, analysis.catalog, analysis.planYear);
      return [];
    });
  });
}
