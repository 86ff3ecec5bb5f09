import { communesFor } from '../analysis/communes';
import type { Analysis, View } from '../analysis/types';
import type { Grid } from '../sheet/grid';
import type { Table } from '../table/types';
import { deriveRelations, type Communes } from './derive';
import type { Relation } from './types';
import { criteriaAcross } from '../recognize/table';

const DERIVED = new WeakMap<Table, Map<string, Relation[]>>();

/**
 * The number of communes a table's shares divide by where no column or mark counts them, as the
 * analysis decided it: its cell when it is a cell of the same sheet (shares refer to it), else the number.
 */
export function tableCommunes(analysis: Pick<Analysis, 'sheets' | 'communesOption'>, view: View): Communes | undefined {
  const fact = communesFor(analysis, view);
  if (!fact) return undefined;
  return fact.cell && fact.cell.sheet === view.grid.name ? { value: fact.value, cell: { row: fact.cell.row, col: fact.cell.col } } : { value: fact.value };
}

/**
 * The relations of a table, derived once and shared by the check, the fill and the report.
 *
 * @example
 * relationsOf(view, analysis).length
 */
export function relationsOf(view: View, analysis: Pick<Analysis, 'sheets' | 'communesOption' | 'catalog'>): Relation[] {
  // A matrix holds marks of roles, a self-assessment verdicts on levels: no arithmetic.
  if (view.kind === 'table' && view.model.tables.every((t) => t.family === 'responsibility-matrix' || t.family === 'self-assessment')) return [];
  const across = view.kind === 'table' && view.model.tables.some((t) => t.family === 'criteria-across' || t.family === 'criterion-counts') ? criteriaAcross(view.table, analysis.catalog).map((c) => c.col) : undefined;
  return derived(view.grid, view.table, tableCommunes(analysis, view), analysis.catalog.criteria.length, analysis.catalog.id, across);
}

function derived(grid: Grid, table: Table, communes: Communes | undefined, criteria: number, set: string, criteriaCols?: number[]): Relation[] {
  let byCount = DERIVED.get(table);
  if (!byCount) DERIVED.set(table, (byCount = new Map()));
  const key = `${criteria}|${set}|${communes ? `${communes.value}:${communes.cell?.row}:${communes.cell?.col}` : ''}`;
  let relations = byCount.get(key);
  if (!relations) byCount.set(key, (relations = deriveRelations(grid, table, { communes, criteria, set, criteriaCols })));
  return relations;
}
