import type { Grid } from '../sheet/grid';
import { readMark } from '../text/legend';
import { cellKey, computeRelation } from '../relations/evaluate';
import { relationsOf } from '../relations/forTable';
import type { Relation } from '../relations/types';
import type { TableSheetModel } from '../recognize/models';
import type { Table } from '../table/types';
import type { FillContext } from './context';
import { isTextNumber } from './place';
import { isNilText } from '../sheet/stated';
import { kindOf } from '../relations/kinds';

/** Every mark the table's members use, by status, spelled as the sheet spells them (COUNTIF criteria). */
function tableMarks(grid: Grid, table: Table, planYear: number | undefined): Map<string, (string | number)[]> {
  const byStatus = new Map<string, Map<string, string | number>>();
  const members = table.columns.filter((c) => c.meaning === 'member');
  for (const row of table.rows) {
    for (const member of members) {
      const value = grid.value(row.row, member.col);
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const mark = typeof value === 'number' ? value : value.trim();
      if (mark === '') continue;
      const status = readMark(value, planYear, table.legendMarks);
      if (!byStatus.has(status)) byStatus.set(status, new Map());
      byStatus.get(status)!.set(String(mark).toLowerCase(), mark);
    }
  }
  return new Map([...byStatus].map(([status, marks]) => [status, [...marks.values()]]));
}

/** The formula of a relation, in en-US syntax; null when it cannot be stated (an input a formula cannot read). */
export function formulaOf(relation: Relation, marks: ReadonlyMap<string, (string | number)[]> = new Map()): string | null {
  return kindOf(relation).formula(relation, { marks });
}

/**
 * Tables read through their relations: each relation whose target the sheet leaves blank becomes its
 * live formula (a typed target is kept, or replaced with its note under overwrite). The cached
 * values follow the order the formulas depend on each other.
 */
export function fillTables(context: FillContext, model: TableSheetModel): void {
  const { grid, out } = context;
  for (const { table } of model.tables) {
    const relations = relationsOf({ ...context.view, table }, context.analysis);
    const targets = new Map<number, Relation>();
    const blanks = new Set<number>();
    for (const relation of relations) {
      const kind = kindOf(relation);
      // A bound states no value of its target: nothing to write, and a part is never overwritten; a relation its kind judges (a bound of the set) neither.
      if (relation.kind === 'mixed-sets' || kind.bound || kind.judge) continue;
      const { row, col } = relation.target;
      const key = cellKey(row, col);
      if (targets.has(key)) continue;
      const blank = grid.isBlank(row, col) && grid.formula(row, col) === null;
      if (blank) blanks.add(key);
      // Under overwrite a typed target gets its formula too: what it will hold feeds the targets that read it.
      if (blank || context.overwrite) targets.set(key, relation);
    }
    // Values of the targets written, computed until they settle (a share of a total that is itself filled).
    const overlay = new Map<number, number>();
    for (let pass = 0; pass < 4; pass++) {
      for (const [key, relation] of targets) {
        const computed = computeRelation(grid, relation, { planYear: context.planYear, legend: table.legendMarks, overlay });
        if (computed) overlay.set(key, computed.value);
      }
    }
    const marks = tableMarks(grid, table, context.planYear);
    const written = new Set<number>();
    for (const relation of relations) {
      const kind = kindOf(relation);
      const key = cellKey(relation.target.row, relation.target.col);
      if (written.has(key) || kind.bound || kind.judge) continue;
      const blank = blanks.has(key);
      if (blank && !overlay.has(key) && context.blankInputs === 'skip') continue;
      const target = { row: relation.target.row, col: relation.target.col, role: kind.role, key: relation.key };
      // A typed number stays, and nothing need be computed for it.
      if (!blank && !context.overwrite && grid.formula(target.row, target.col) === null) { written.add(key); out.skip(target, 'typed-value'); continue; }
      const formula = formulaOf(relation, marks);
      if (!formula) continue;
      written.add(key);
      // A table read with low confidence is not written into.
      if (relation.guess) { out.skip(target, 'guessed'); continue; }
      if (kind.inputs(relation).some((c) => isTextNumber(grid, c.row, c.col) && !skippedByFormula(grid, relation, c))) { out.skip(target, 'text-number'); continue; }
      out.put({ ...target, formula, value: overlay.get(key) ?? computeRelation(grid, relation, { planYear: context.planYear, legend: table.legendMarks, overlay })?.value, numberFormat: kind.format(relation, grid) });
    }
  }
}

/**
 * A "-" among the parts of a sum or a plain average: SUM and AVERAGE skip a text, as the check does
 * (a "-" adds nothing; a ward's "-" is no commune of the average), so the formula is right.
 */
function skippedByFormula(grid: Grid, relation: Relation, cell: { row: number; col: number }): boolean {
  const value = grid.value(cell.row, cell.col);
  return (relation.kind === 'sum' || (relation.kind === 'average' && !relation.weights)) && typeof value === 'string' && isNilText(value);
}
