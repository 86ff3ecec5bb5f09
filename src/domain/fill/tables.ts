import type { Grid } from '../sheet/grid';
import { readMark } from '../text/legend';
import { cellKey, computeRelation } from '../relations/evaluate';
import { relationsOf } from '../relations/forTable';
import type { At, Relation } from '../relations/types';
import type { TableSheetModel } from '../recognize/models';
import type { Table } from '../table/types';
import type { FillContext } from './context';
import type { FillRole } from './types';
import { FORMAT, isTextNumber } from './place';
import { countMarks } from './formulas';
import { rangeRef, ref } from './refs';

/** References to cells as few ranges as they allow (consecutive cells of a row or a column joined). */
function refsOf(cells: readonly At[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= cells.length; i++) {
    const prev = cells[i - 1];
    const here = cells[i];
    const joins = here && ((here.col === prev.col && here.row === prev.row + 1) || (here.row === prev.row && here.col === prev.col + 1));
    if (joins && (i - start < 2 || (cells[start].col === cells[start + 1].col) === (here.col === prev.col))) continue;
    out.push(i - 1 === start ? ref(cells[start].row, cells[start].col) : rangeRef(cells[start].row, cells[start].col, prev.row, prev.col));
    start = i;
  }
  return out;
}

const ROLE: Record<Relation['kind'], FillRole> = { sum: 'table.sum', linear: 'table.linear', ratio: 'table.ratio', average: 'table.average', count: 'table.count', 'list-length': 'table.count', 'mixed-sets': 'table.sum' };

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

const DEFAULT_MARKS: Record<string, string> = { met: 'x', planned: 'KH' };

/** The formula of a relation, in en-US syntax; null when it cannot be stated (an input a formula cannot read). */
export function formulaOf(relation: Relation, marks: ReadonlyMap<string, (string | number)[]> = new Map()): string | null {
  switch (relation.kind) {
    case 'sum': return `=SUM(${refsOf(relation.parts).join(',')})`;
    case 'linear': return `=${relation.terms.map((t, i) => `${i === 0 ? (t.sign < 0 ? '-' : '') : t.sign < 0 ? '-' : '+'}${ref(t.row, t.col)}`).join('')}`;
    case 'ratio': {
      const whole = 'value' in relation.denominator
        ? relation.denominator.range ? `COLUMNS(${relation.denominator.range})` : String(relation.denominator.value)
        : ref(relation.denominator.row, relation.denominator.col);
      const scale = relation.percent ? '*100' : '';
      return `=IF(${whole}=0,0,${ref(relation.numerator.row, relation.numerator.col)}/${whole}${scale})`;
    }
    case 'average': {
      const parts = refsOf(relation.parts);
      if (!relation.weights) return parts.length === 1 ? `=IF(COUNT(${parts[0]})=0,0,AVERAGE(${parts[0]}))` : `=AVERAGE(${parts.join(',')})`;
      const weights = refsOf(relation.weights);
      if (parts.length === 1 && weights.length === 1) return `=IF(SUM(${weights[0]})=0,0,SUMPRODUCT(${parts[0]},${weights[0]})/SUM(${weights[0]}))`;
      const products = relation.parts.map((p, i) => `${ref(p.row, p.col)}*${ref(relation.weights![i].row, relation.weights![i].col)}`).join('+');
      return `=IF(SUM(${weights.join(',')})=0,0,(${products})/SUM(${weights.join(',')}))`;
    }
    case 'count': {
      const ranges = refsOf(relation.cells);
      if (ranges.length !== 1) return null;
      if (relation.statuses.length === 4) return relation.cells.every((c) => c.row === relation.cells[0].row) ? `=COLUMNS(${ranges[0]})` : `=ROWS(${ranges[0]})`;
      const spelled = relation.statuses.flatMap((status) => marks.get(status) ?? (DEFAULT_MARKS[status] ? [DEFAULT_MARKS[status]] : []));
      return spelled.length === 0 ? '=0' : countMarks(ranges[0], spelled);
    }
    case 'list-length': {
      const cell = ref(relation.list.row, relation.list.col);
      return `=IF(TRIM(${cell})="",0,LEN(TRIM(${cell}))-LEN(SUBSTITUTE(SUBSTITUTE(TRIM(${cell}),";",""),",",""))+1)`;
    }
    case 'mixed-sets': return null;
  }
}

function formatOf(relation: Relation, grid: Grid): string | undefined {
  if (relation.kind === 'ratio') return relation.percent ? FORMAT.shareUnits : relation.share ? FORMAT.share : '0.00';
  if (relation.kind === 'average') return FORMAT.average;
  if (relation.kind === 'count' || relation.kind === 'list-length') return FORMAT.count;
  const inputs = relation.kind === 'sum' ? relation.parts : relation.terms;
  return inputs.some((c) => grid.numberFormat(c.row, c.col)) ? grid.numberFormat(inputs[0].row, inputs[0].col) ?? undefined : undefined;
}

function inputsOf(relation: Relation): At[] {
  switch (relation.kind) {
    case 'sum': return relation.parts;
    case 'linear': return relation.terms;
    case 'ratio': return 'value' in relation.denominator ? [relation.numerator] : [relation.numerator, relation.denominator];
    case 'average': return [...relation.parts, ...(relation.weights ?? [])];
    case 'count': return [];
    case 'list-length': return [];
    case 'mixed-sets': return relation.terms;
  }
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
      const key = cellKey(relation.target.row, relation.target.col);
      if (relation.kind === 'mixed-sets' || targets.has(key)) continue;
      const blank = grid.isBlank(relation.target.row, relation.target.col) && grid.formula(relation.target.row, relation.target.col) === null;
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
      const key = cellKey(relation.target.row, relation.target.col);
      if (written.has(key)) continue;
      const blank = blanks.has(key);
      if (blank && !overlay.has(key) && context.blankInputs === 'skip') continue;
      const target = { row: relation.target.row, col: relation.target.col, role: ROLE[relation.kind], key: relation.key };
      // A typed number stays, and nothing need be computed for it.
      if (!blank && !context.overwrite && grid.formula(target.row, target.col) === null) { written.add(key); out.skip(target, 'typed-value'); continue; }
      const formula = formulaOf(relation, marks);
      if (!formula) continue;
      written.add(key);
      if (inputsOf(relation).some((c) => isTextNumber(grid, c.row, c.col))) { out.skip(target, 'text-number'); continue; }
      out.put({ ...target, formula, value: overlay.get(key) ?? computeRelation(grid, relation, { planYear: context.planYear, legend: table.legendMarks, overlay })?.value, numberFormat: formatOf(relation, grid) });
    }
  }
}
