import { groupsCommunes } from '../catalog/calendar';
import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import type { FindingDraft } from '../findings/codes';
import { communeGroupOf, namesCommuneGroup } from '../text/communeGroup';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

function checkColumn(grid: Grid, col: number, rows: readonly { row: number; key: string }[], findings: FindingDraft[]): void {
  for (const { row, key } of rows) {
    const value = grid.value(row, col);
    if (communeGroupOf(value) !== 'invalid') continue;
    findings.push({ code: 'invalid-group', sheet: grid.name, cell: a1(row, col), key, actual: String(value) });
  }
}

/**
 * invalid-group: under the 2026–2030 criteria communes fall in three groups (nhóm 1, 2, 3); a group
 * column ("Nhóm xã") holding anything else is an error at its cell, in assignment sheets and in
 * tables read by their relations.
 */
export const communeGroupsCheck: Check = {
  id: 'commune-groups',
  run(context) {
    if (!groupsCommunes(context.catalog)) return [];
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'assignment')) {
      if (model.groupCol === undefined || !namesCommuneGroup(grid.text(model.header.bottom, model.groupCol) || grid.text(model.header.top, model.groupCol))) continue;
      checkColumn(grid, model.groupCol, model.communes.map((c) => ({ row: c.row, key: c.name })), findings);
    }
    for (const { grid, model } of viewsOf(context, 'table')) {
      for (const { table } of model.tables) {
        for (const column of table.columns.filter((c) => c.meaning === 'group')) {
          checkColumn(grid, column.col, table.rows.filter((r) => r.role === 'unit').map((r) => ({ row: r.row, key: r.label })), findings);
        }
      }
    }
    return findings;
  },
};
