import type { Catalog } from '../catalog/schema';
import type { Grid } from '../sheet/grid';
import type { Table } from '../table/types';
import { agencyColumns, agencyRows, criteriaAcross } from '../recognize/table';
import { isTick, roleOfMark, type Role, type RoleLegend } from '../text/roleMarks';
import { atLeast } from '../table/atLeast';
import { criterionOf } from './criterionRef';

/** One agency's mark on one criterion (or task) of a matrix, at its cell. */
export type MatrixMark = { row: number; col: number; agency: string; role: Role; mark: string };
/** One criterion (or task) of a matrix: the cell that names it (`row`, `col`), its words and number, its marks. */
export type MatrixRow = { row: number; col: number; label: string; tt: string; marks: MatrixMark[] };
/**
 * A responsibility matrix: criteria (or indicators, or tasks) one way, agencies the other, marks
 * between. `sideways`: agencies down the rows and criteria across the columns.
 */
export type Matrix = { agencies: string[]; rows: MatrixRow[]; legend: RoleLegend; sideways: boolean };

/**
 * Reads a responsibility matrix: for each criterion, what each agency's mark says it does, by the
 * legend the sheet states ("C: Chủ trì; P: Phối hợp"), the usual marks ("CT", "PH") or the group
 * header a tick stands under ("Cơ quan chủ trì"). Laid the usual way (criteria down, agencies
 * across) or sideways (agencies down, criteria across): the same criteria with the same marks, each
 * at its own cell.
 *
 * @example
 * readMatrix(grid, table, catalog).rows[4].marks // [{ row: 9, col: 5, agency: 'Phòng Kinh tế và Hạ tầng', role: 'lead', mark: 'C' }, …]
 */
export function readMatrix(grid: Grid, table: Table, catalog: Catalog): Matrix {
  let byCatalog = MATRICES.get(table);
  if (!byCatalog) MATRICES.set(table, (byCatalog = new Map()));
  let matrix = byCatalog.get(catalog.id);
  if (!matrix) byCatalog.set(catalog.id, (matrix = soleTicks(matrixOf(grid, table, catalog))));
  return matrix;
}

// The check of its leads and the line saying how the table was read ask for the same matrix: read once.
const MATRICES = new WeakMap<Table, Map<string, Matrix>>();

function matrixOf(grid: Grid, table: Table, catalog: Catalog): Matrix {
  const legend: RoleLegend = table.roleLegend ?? new Map();
  const columns = agencyColumns(table);
  const downRows = agencyRows(table);
  if (columns.length < 2 && downRows.length >= 2) return sidewaysMatrix(grid, table, catalog, legend, downRows);
  const rows: MatrixRow[] = [];
  for (const row of table.rows) {
    if (row.role !== 'unit' && row.role !== 'subtotal') continue;
    const marks: MatrixMark[] = [];
    for (const column of columns) {
      const value = grid.shown(row.row, column.col);
      const role = roleOfMark(value, column.group, legend);
      if (role) marks.push({ row: row.row, col: column.col, agency: column.title, role, mark: String(value).trim() });
    }
    rows.push({ row: row.row, col: table.labelCol, label: row.label, tt: row.tt, marks });
  }
  return { agencies: columns.map((c) => c.title), rows, legend, sideways: false };
}

/** Agencies down, criteria across: each criterion named in its header cell, its marks down its column. */
function sidewaysMatrix(grid: Grid, table: Table, catalog: Catalog, legend: RoleLegend, agencies: Table['rows']): Matrix {
  const rows: MatrixRow[] = criteriaAcross(table, catalog).map((column) => {
    // The header cell that names the criterion: the lowest one typed in its column ("4" under "Tiêu chí").
    let named = table.header.top;
    for (let row = table.header.bottom; row >= table.header.top; row--) if (grid.raw(row, column.col).trim()) { named = row; break; }
    const marks: MatrixMark[] = [];
    for (const agency of agencies) {
      const value = grid.shown(agency.row, column.col);
      const role = roleOfMark(value, column.group, legend);
      if (role) marks.push({ row: agency.row, col: column.col, agency: agency.label, role, mark: String(value).trim() });
    }
    const number = /^\d{1,2}([.,]\d{1,2})?$/.test(column.title.trim()) ? column.title.trim() : '';
    return { row: named, col: column.col, label: column.title, tt: number, marks };
  });
  return { agencies: agencies.map((r) => r.label), rows, legend, sideways: true };
}

/**
 * True for a matrix of tasks ("Ban hành kế hoạch năm 2027" numbered 1, 2 … down the rows), not of
 * criteria: fewer than half its rows name a criterion of the set. Its numbers are no criterion's.
 *
 * @example
 * isTaskMatrix(readMatrix(grid, table, catalog), catalog) // false for criteria down the rows
 */
export function isTaskMatrix(matrix: Matrix, catalog: Catalog): boolean {
  return !matrix.sideways && !atLeast(matrix.rows, Math.max(2, matrix.rows.length * 0.5), (row) => criterionOf(row.label, '', catalog) !== null);
}

/**
 * Bare ticks with nothing to say their role ("x" under the agencies, no legend, no "Chủ trì" over them):
 * a criterion with one tick and no other mark has one agency in charge of it — its lead, whatever the
 * ticks mean elsewhere in the table. Where a criterion has several, which leads is not said: they stay
 * unclear.
 */
function soleTicks(matrix: Matrix): Matrix {
  const sole = (row: MatrixRow) => row.marks.length === 1 && row.marks[0].role === 'unclear' && isTick(row.marks[0].mark);
  if (!matrix.rows.some(sole)) return matrix;
  return { ...matrix, rows: matrix.rows.map((row) => (sole(row) ? { ...row, marks: [{ ...row.marks[0], role: 'lead' as const }] } : row)) };
}
