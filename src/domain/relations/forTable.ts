import type { Grid } from '../sheet/grid';
import { findCommunesCell } from '../recognize/communesCell';
import type { Table } from '../table/types';
import { deriveRelations, type Communes } from './derive';
import type { Relation } from './types';

const DERIVED = new WeakMap<Table, Map<number | undefined, Relation[]>>();

/**
 * The number of communes a table's shares divide by where no column or mark counts them: a
 * "Tổng số xã" the sheet states (its cell, so that shares refer to it), else the number the user gave
 * (--communes). Decided here only.
 */
export function tableCommunes(grid: Grid, table: Table, option: number | undefined): Communes | undefined {
  const stated = findCommunesCell(grid, table.header);
  if (stated) return stated.inLabel ? { value: stated.value } : { value: stated.value, cell: { row: stated.row, col: stated.col } };
  return option === undefined ? undefined : { value: option };
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
  if (!relations) byCount.set(communesOption, (relations = deriveRelations(grid, table, { communes: tableCommunes(grid, table, communesOption) })));
  return relations;
}
