import { statedInTable } from '../table/digits';
import { a1, columnLetters } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { asPercent, halfUnit, readStated, roundTo, type Stated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import type { Computed, EvaluateContext } from './kind';
import { kindOf } from './kinds';
import { CellReader } from './reader';
import type { Relation } from './types';

export type { Computed, EvaluateContext } from './kind';
export { cellKey } from './reader';
export { listLength } from './kinds/listLength';

const EPSILON = 1e-9;

/**
 * Computes a relation from the cells it reads (never from its target).
 *
 * @example
 * computeRelation(grid, { kind: 'sum', target: adr('C9'), parts: [adr('C5'), adr('C6')], source: 'totals-row', key: 'Tổng' })
 */
export function computeRelation(grid: Grid, relation: Relation, context: EvaluateContext = {}): Computed | null {
  return kindOf(relation).compute(new CellReader(grid, context.overlay), relation, context);
}

/** The sum a mixed-sets relation forbids, when every term states a number. */
function forbiddenSum(read: CellReader, relation: Extract<Relation, { kind: 'mixed-sets' }>): { value: number; tolerance: number } | null {
  let value = 0;
  let tolerance = 0;
  for (const term of relation.terms) {
    const part = read.value(term);
    if (Number.isNaN(part)) return null;
    value += part;
    tolerance += halfUnit(read.decimals);
  }
  return { value, tolerance };
}

/** A target that adds counts of two criteria sets: by its formula, or by a value that is exactly their sum. */
function mixedSetsFinding(grid: Grid, relation: Extract<Relation, { kind: 'mixed-sets' }>): FindingDraft | null {
  const target = readStated(grid, relation.target.row, relation.target.col);
  const formula = grid.formula(relation.target.row, relation.target.col);
  const refs = formula ? relation.terms.filter((t) => new RegExp(`\\b\\$?${columnLetters(t.col)}\\$?${t.row + 1}\\b`, 'i').test(formula)).length : 0;
  const sum = forbiddenSum(new CellReader(grid), relation);
  const adds = refs >= 2 || (target !== null && sum !== null && sum.value !== 0 && Math.abs(target.value - sum.value) <= sum.tolerance + halfUnit(target.decimals) + EPSILON);
  if (!adds) return null;
  return {
    code: 'mixed-criteria-sets', sheet: grid.name, cell: a1(relation.target.row, relation.target.col), key: relation.key,
    actual: target?.value, params: { formula: describe(relation), years: relation.years.join(', '), from: Math.min(...relation.years), to: Math.max(...relation.years) },
  };
}

/** A finding when the relation's target states something its inputs do not give. */
export function evaluateRelation(grid: Grid, relation: Relation, context: EvaluateContext = {}): FindingDraft | null {
  if (relation.kind === 'mixed-sets') return mixedSetsFinding(grid, relation);
  const judge = kindOf(relation).judge;
  if (judge) return judge(new CellReader(grid, context.overlay), relation, context);
  const own = readStated(grid, relation.target.row, relation.target.col);
  if (!own || (own.nil && relation.kind !== 'sum' && relation.kind !== 'linear')) return null;
  const kind = kindOf(relation);
  const read = new CellReader(grid, context.overlay);
  const computed = kind.compute(read, relation, context);
  if (!computed) return null;
  let { actual, decimals, tolerance } = shown(relation, own, computed);
  // Within its own digits but not exactly: as precise as its column shows ("14" among "13,5" is 14,0).
  if (context.table && offBy(kind, actual, computed) <= tolerance && offBy(kind, actual, computed) > computed.tolerance + EPSILON) {
    const precise = statedInTable(grid, context.table, relation.target.row, relation.target.col);
    if (precise && precise.decimals !== own.decimals) ({ actual, decimals, tolerance } = shown(relation, precise, computed));
  }
  if (offBy(kind, actual, computed) <= tolerance) return null;
  return {
    code: kind.code(relation),
    sheet: grid.name,
    cell: a1(relation.target.row, relation.target.col),
    key: relation.key,
    expected: roundTo(computed.value, Math.max(decimals, 0) + (relation.kind === 'ratio' ? 2 : 0)),
    actual: roundTo(actual, decimals),
    params: {
      relation: relation.kind,
      source: relation.source,
      formula: describe(relation),
      computation: kind.explain(read, relation, computed.value),
      ...(relation.kind === 'ratio' && 'value' in relation.denominator ? { denominator: relation.denominator.value } : {}),
      ...kind.params?.(relation, read),
    },
  };
}

/** How far a target is from what its relation computes; a bound holds anywhere below it. */
function offBy(kind: { bound?: 'at-most' }, actual: number, computed: Computed): number {
  return kind.bound === 'at-most' ? actual - computed.value : Math.abs(actual - computed.value);
}

/** A target as the sheet shows it, in the relation's units, with the rounding its digits allow. */
function shown(relation: Relation, target: Stated, computed: Computed): { actual: number; decimals: number; tolerance: number } {
  let actual = target.value;
  let decimals = target.decimals;
  if (relation.kind === 'ratio' && (relation.percent || relation.share)) {
    const share = asPercent(target, relation.percent);
    actual = share.value;
    decimals = share.decimals;
  } else if (relation.kind === 'ratio' && target.percentForm !== 'none') {
    // A comparison typed as a fraction with a percent format: 1,05 shown as 105%.
    const share = asPercent(target, false);
    actual = share.value / 100;
    decimals = share.decimals + 2;
  }
  const tolerance = computed.exact && target.decimals === 0 ? EPSILON : halfUnit(decimals) + computed.tolerance + EPSILON;
  return { actual, decimals, tolerance };
}

/** The relation as the sheet's own notation: the column-number formula, the header words, or cell addresses. */
export function describe(relation: Relation): string {
  return kindOf(relation).describe(relation);
}
