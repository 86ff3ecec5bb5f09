import type { Grid } from '../sheet/grid';
import { a1 } from '../sheet/address';
import type { Table } from '../table/types';
import { communeSheetReading } from '../recognize/communeSheet';
import type { CommuneIdentity } from '../recognize/models';
import { communeNameIn } from '../text/communeName';

/**
 * Which commune a commune's own sheet is for, decided once: the first title line above the table
 * that names one ("UBND XÃ TÂN LẬP", "Biểu tự đánh giá … xã Tân Hòa năm 2026"), else the header of its
 * column of marks ("Xã Tân Hòa"), else the sheet's name ("Xã Tân Hòa"), else the file's
 * ("xa-tan-hoa.xlsx"). Nothing when none names a commune: the check says so, consolidation keeps
 * the sheet out and lists it.
 *
 * @example
 * communeOfSheet(grid, table, 'bieu.xlsx') // { name: 'Tân Lập', from: 'title', cell: 'A1', text: 'UBND XÃ TÂN LẬP' }
 */
export function communeOfSheet(grid: Grid, table: Table, workbook?: string): CommuneIdentity | undefined {
  for (let row = table.region.top; row < table.header.top; row++) {
    for (const col of grid.cols()) {
      const text = grid.raw(row, col).trim();
      const name = text ? communeNameIn(text) : undefined;
      if (name) return { name, from: 'title', text, cell: a1(row, col) };
    }
  }
  for (const column of communeSheetReading(grid, table).marks) {
    for (let row = table.header.top; row <= table.header.bottom; row++) {
      const text = grid.raw(row, column.col).trim();
      const name = text ? communeNameIn(text) : undefined;
      if (name) return { name, from: 'header', text, cell: a1(row, column.col) };
    }
  }
  const sheet = communeNameIn(grid.name, true);
  if (sheet) return { name: sheet, from: 'sheet', text: grid.name };
  const file = workbook?.split(/[\\/]/).pop() ?? '';
  const named = file ? communeNameIn(file, true) : undefined;
  return named ? { name: named, from: 'file', text: file } : undefined;
}
