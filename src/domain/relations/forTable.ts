import type { Grid } from '../sheet/grid';
import { isCommunesLabel } from '../recognize/labels';
import type { Table } from '../table/types';
import { deriveRelations } from './derive';
import type { Relation } from './types';

const DERIVED = new WeakMap<Table, Map<number | undefined, Relation[]>>();

/**
 * The number of communes a table's shares divide by where no column or mark counts them: a
 * "Tổng số xã: 96" line on the sheet, else the number the user gave (--communes). Decided here only.
 */
export function tableCommunes(grid: Grid, option: number | undefined): number | undefined {
  for (const { row, col } of grid.scan().longTexts) {
    if (!isCommunesLabel(grid.text(row, col))) continue;
    const after = /:\s*([\d.,]+)\s*$/.exec(grid.raw(row, col));
    if (after) return Number(after[1].replace(/\./g, '').replace(',', '.'));
    const next = grid.number(row, col + 1);
    if (next !== null) return next;
  }
  return option;
}

/**
 * The relations of a table, derived once and shared by the check, the fill and the report.
 *
 * @example
 * relationsOf(grid, table, 96).length
 */
export function relationsOf(grid: Grid, table: Table, communesOption?: number): Relation[] {
  let byCount = DERIVED.get(table);
  if (!byCount) DERIVED.set(table, (byCount = new Map()));
  let relations = byCount.get(communesOption);
  if (!relations) byCount.set(communesOption, (relations = deriveRelations(grid, table, { communes: tableCommunes(grid, communesOption) })));
  return relations;
}
