import type { Grid } from '../sheet/grid';
import type { Column, Table } from '../table/types';
import { agencyColumns } from '../recognize/table';
import { roleOfMark, type Role, type RoleLegend } from '../text/roleMarks';

/** One agency's mark on one row of a matrix. */
export type MatrixMark = { col: number; agency: string; role: Role; mark: string };
export type MatrixRow = { row: number; label: string; tt: string; marks: MatrixMark[] };
/** A responsibility matrix: criteria (or indicators) down the rows, agencies across, marks between. */
export type Matrix = { agencies: Column[]; rows: MatrixRow[]; legend: RoleLegend };

/**
 * Reads a responsibility matrix: for each row, what each agency's mark says it does, by the legend
 * the sheet states ("C: Chủ trì; P: Phối hợp"), the usual marks ("CT", "PH") or the group header a
 * tick stands under ("Cơ quan chủ trì").
 *
 * @example
 * readMatrix(grid, table).rows[4].marks // [{ col: 5, agency: 'Phòng Kinh tế và Hạ tầng', role: 'lead', mark: 'C' }, …]
 */
export function readMatrix(grid: Grid, table: Table): Matrix {
  const agencies = agencyColumns(table);
  const legend: RoleLegend = table.roleLegend ?? new Map();
  const rows: MatrixRow[] = [];
  for (const row of table.rows) {
    if (row.role !== 'unit' && row.role !== 'subtotal') continue;
    const marks: MatrixMark[] = [];
    for (const column of agencies) {
      const value = grid.shown(row.row, column.col);
      const role = roleOfMark(value, column.group, legend);
      if (role) marks.push({ col: column.col, agency: column.title, role, mark: String(value).trim() });
    }
    rows.push({ row: row.row, label: row.label, tt: row.tt, marks });
  }
  return { agencies, rows, legend };
}
