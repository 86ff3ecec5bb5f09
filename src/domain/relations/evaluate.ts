import { a1, columnLetters } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { formatPrecision, halfUnit, readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import { readMark, type Legend } from '../text/legend';
import { typedDecimals } from '../text/numbers';
import { asPercent, roundTo } from '../checks/arithmetic';
import type { At, Relation } from './types';

const EPSILON = 1e-9;

export type EvaluateContext = {
  planYear?: number;
  legend?: Legend;
  /** What a cell will hold once other relations are written (the fill computes in dependency order). */
  overlay?: ReadonlyMap<number, number>;
};

/** What a relation computes from its inputs, with the rounding its inputs may hide; null when an input is missing. */
export type Computed = { value: number; tolerance: number; exact: boolean };

/** Numbers of a computation, marked for the message to show in the reader's language. */
const n = (value: number) => `{${roundTo(value, 6)}}`;

/** The key of a cell in an overlay. */
export const cellKey = (row: number, col: number): number => row * 16384 + col;

let overlay: ReadonlyMap<number, number> | undefined;

/** Digits shown by the cell `valueAt` read last. */
let shownDecimals = 0;

/**
 * The number a cell states (NaN when none), its shown digits left in `shownDecimals`: the sums of a
 * national table read tens of thousands of cells, and a record per cell is what they would cost.
 */
function valueAt(grid: Grid, cell: At): number {
  const planned = overlay?.get(cellKey(cell.row, cell.col));
  if (planned !== undefined) { shownDecimals = 6; return planned; }
  const value = grid.value(cell.row, cell.col);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return NaN;
    const format = formatPrecision(grid.numberFormat(cell.row, cell.col));
    shownDecimals = format ? format.decimals + (format.percent ? 2 : 0) : typedDecimals(value);
    return value;
  }
  if (typeof value !== 'string') return NaN;
  const read = readStated(grid, cell.row, cell.col);
  if (!read) return NaN;
  shownDecimals = read.decimals;
  return read.value;
}

/** Counts the items of a list cell ("9, 10" → 2; "13.2; 17" → 2; blank → 0). */
export function listLength(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const text = String(value).trim();
  if (!text || /^[-–—]+$/.test(text) || /^(khong|không)$/i.test(text)) return 0;
  return text.split(/\s*[,;]\s*|\s+và\s+/).filter((part) => part.trim() !== '').length;
}

/**
 * Computes a relation from the cells it reads (never from its target).
 *
 * @example
 * computeRelation(grid, { kind: 'sum', target: adr('C9'), parts: [adr('C5'), adr('C6')], source: 'totals-row', key: 'Tổng' })
 */
export function computeRelation(grid: Grid, relation: Relation, context: EvaluateContext = {}): Computed | null {
  overlay = context.overlay;
  try {
    return compute(grid, relation, context);
  } finally {
    overlay = undefined;
  }
}

function compute(grid: Grid, relation: Relation, context: EvaluateContext): Computed | null {
  switch (relation.kind) {
    case 'sum': {
      let value = 0;
      let exact = true;
      let tolerance = 0;
      let present = 0;
      for (const cell of relation.parts) {
        const part = valueAt(grid, cell);
        if (Number.isNaN(part)) continue;
        present++;
        value += part;
        tolerance += halfUnit(shownDecimals);
        if (shownDecimals !== 0 || !Number.isInteger(part)) exact = false;
      }
      return present === 0 ? null : { value, exact, tolerance };
    }
    case 'linear': {
      let value = 0;
      let exact = true;
      let tolerance = 0;
      for (const term of relation.terms) {
        const part = valueAt(grid, term);
        if (Number.isNaN(part)) return null;
        value += term.sign * part;
        tolerance += halfUnit(shownDecimals);
        if (shownDecimals !== 0) exact = false;
      }
      return { value, exact, tolerance };
    }
    case 'ratio': {
      const num = valueAt(grid, relation.numerator);
      const numDecimals = shownDecimals;
      const den = 'value' in relation.denominator ? relation.denominator.value : valueAt(grid, relation.denominator);
      const denDecimals = 'value' in relation.denominator ? 0 : shownDecimals;
      if (Number.isNaN(num) || Number.isNaN(den) || den === 0) return null;
      const scale = relation.percent || relation.share ? 100 : 1;
      const value = (num / den) * scale;
      const tolerance = Math.abs(value) * (halfUnit(numDecimals) / Math.max(Math.abs(num), EPSILON) + halfUnit(denDecimals) / Math.abs(den)) * (numDecimals || denDecimals ? 1 : 0);
      return { value, exact: false, tolerance };
    }
    case 'average': {
      let sum = 0;
      let weight = 0;
      let tolerance = 0;
      let present = 0;
      relation.parts.forEach((cell, i) => {
        const part = valueAt(grid, cell);
        if (Number.isNaN(part)) return;
        const decimals = shownDecimals;
        const w = relation.weights ? valueAt(grid, relation.weights[i]) : 1;
        if (Number.isNaN(w)) return;
        present++;
        sum += part * w;
        weight += w;
        // A whole count shown whole is exact; a part typed rounded carries its rounding.
        if (decimals !== 0 || !Number.isInteger(part)) tolerance = Math.max(tolerance, halfUnit(decimals));
      });
      if (present === 0 || weight === 0) return null;
      return { value: sum / weight, exact: false, tolerance };
    }
    case 'count': {
      let value = 0;
      for (const cell of relation.cells) {
        const status = readMark(grid.value(cell.row, cell.col), context.planYear, context.legend);
        if ((relation.statuses as string[]).includes(status)) value++;
      }
      return { value, exact: true, tolerance: 0 };
    }
    case 'list-length':
      return { value: listLength(grid.value(relation.list.row, relation.list.col)), exact: true, tolerance: 0 };
    case 'mixed-sets':
      return null;
  }
}

/** The sum a mixed-sets relation forbids, when every term states a number. */
function forbiddenSum(grid: Grid, relation: Extract<Relation, { kind: 'mixed-sets' }>): { value: number; tolerance: number } | null {
  let value = 0;
  let tolerance = 0;
  for (const term of relation.terms) {
    const part = valueAt(grid, term);
    if (Number.isNaN(part)) return null;
    value += part;
    tolerance += halfUnit(shownDecimals);
  }
  return { value, tolerance };
}

/** A target that adds counts of two criteria sets: by its formula, or by a value that is exactly their sum. */
function mixedSetsFinding(grid: Grid, relation: Extract<Relation, { kind: 'mixed-sets' }>): FindingDraft | null {
  const target = readStated(grid, relation.target.row, relation.target.col);
  const formula = grid.formula(relation.target.row, relation.target.col);
  const refs = formula ? relation.terms.filter((t) => new RegExp(`\\b\\$?${columnLetters(t.col)}\\$?${t.row + 1}\\b`, 'i').test(formula)).length : 0;
  const sum = forbiddenSum(grid, relation);
  const adds = refs >= 2 || (target !== null && sum !== null && sum.value !== 0 && Math.abs(target.value - sum.value) <= sum.tolerance + halfUnit(target.decimals) + EPSILON);
  if (!adds) return null;
  return {
    code: 'mixed-criteria-sets', sheet: grid.name, cell: a1(relation.target.row, relation.target.col), key: relation.key,
    actual: target?.value, params: { formula: describe(relation), years: relation.years.join(', '), from: Math.min(...relation.years), to: Math.max(...relation.years) },
  };
}

/** The computation in numbers, as a finding shows it ("{5} + {3} = {8}"). */
function explain(grid: Grid, relation: Relation, value: number, context: EvaluateContext): string {
  overlay = context.overlay;
  try {
    return computation(grid, relation, value);
  } finally {
    overlay = undefined;
  }
}

function computation(grid: Grid, relation: Relation, value: number): string {
  const numbers = (cells: readonly At[]) => cells.map((cell) => valueAt(grid, cell)).filter((v) => !Number.isNaN(v));
  switch (relation.kind) {
    case 'sum': {
      const present = numbers(relation.parts);
      const shown = present.length > 6 ? `${n(present[0])} + … + ${n(present[present.length - 1])} (${present.length})` : present.map(n).join(' + ');
      return `${shown} = ${n(value)}`;
    }
    case 'linear':
      return `${relation.terms.map((term, i) => `${i === 0 ? (term.sign < 0 ? '-' : '') : term.sign < 0 ? ' - ' : ' + '}${n(valueAt(grid, term))}`).join('')} = ${n(value)}`;
    case 'ratio': {
      const den = 'value' in relation.denominator ? relation.denominator.value : valueAt(grid, relation.denominator);
      return `${n(valueAt(grid, relation.numerator))} / ${n(den)}${relation.percent || relation.share ? ' × 100' : ''} = ${n(roundTo(value, 3))}`;
    }
    case 'average':
      return `${relation.weights ? 'Σ(x·w)/Σw' : 'Σx/n'} = ${n(roundTo(value, 3))}`;
    case 'count':
      return n(value);
    case 'list-length':
      return `"${grid.raw(relation.list.row, relation.list.col)}" → ${value}`;
    case 'mixed-sets':
      return '';
  }
}

/** A finding when the relation's target states something its inputs do not give. */
export function evaluateRelation(grid: Grid, relation: Relation, context: EvaluateContext = {}): FindingDraft | null {
  if (relation.kind === 'mixed-sets') return mixedSetsFinding(grid, relation);
  const target = readStated(grid, relation.target.row, relation.target.col);
  if (!target) return null;
  const computed = computeRelation(grid, relation, context);
  if (!computed) return null;
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
  if (Math.abs(actual - computed.value) <= tolerance) return null;
  return {
    code: relation.kind === 'ratio' && relation.share ? 'percent-mismatch' : relation.kind === 'sum' ? 'total-mismatch' : 'relation-mismatch',
    sheet: grid.name,
    cell: a1(relation.target.row, relation.target.col),
    key: relation.key,
    expected: roundTo(computed.value, Math.max(decimals, 0) + (relation.kind === 'ratio' ? 2 : 0)),
    actual: roundTo(actual, decimals),
    params: {
      relation: relation.kind,
      source: relation.source,
      formula: describe(relation),
      computation: explain(grid, relation, computed.value, context),
      ...(relation.kind === 'ratio' && 'value' in relation.denominator ? { denominator: relation.denominator.value } : {}),
    },
  };
}

/** The relation as the sheet's own notation: the column-number formula, the header words, or cell addresses. */
export function describe(relation: Relation): string {
  if ((relation.kind === 'linear' || relation.kind === 'ratio') && relation.text) return relation.text;
  const cell = (c: At) => a1(c.row, c.col);
  switch (relation.kind) {
    case 'sum': return `${cell(relation.target)} = ${rangeText(relation.parts, (range) => `SUM(${range})`)}`;
    case 'linear': return `${cell(relation.target)} = ${relation.terms.map((t, i) => `${i === 0 ? (t.sign < 0 ? '-' : '') : t.sign < 0 ? ' - ' : ' + '}${cell(t)}`).join('')}`;
    case 'ratio': return `${cell(relation.target)} = ${cell(relation.numerator)} / ${'value' in relation.denominator ? relation.denominator.value : cell(relation.denominator)}`;
    case 'average': return `${cell(relation.target)} = ${relation.weights ? 'SUMPRODUCT' : 'AVERAGE'}(${rangeText(relation.parts)})`;
    case 'count': return `${cell(relation.target)} = COUNT(${rangeText(relation.cells)}: ${relation.statuses.join('+')})`;
    case 'list-length': return `${cell(relation.target)} = LEN(${cell(relation.list)})`;
    case 'mixed-sets': return `${cell(relation.target)} = ${relation.terms.map(cell).join(' + ')}`;
  }
}

/** Cells as a formula would name them: "C5:C9" when contiguous, else listed ("C5 + … + C9"). */
function rangeText(cells: readonly At[], wrap = (range: string) => range): string {
  if (cells.length === 0) return '∅';
  const sameCol = cells.every((c) => c.col === cells[0].col);
  const sameRow = cells.every((c) => c.row === cells[0].row);
  const first = a1(cells[0].row, cells[0].col);
  const last = a1(cells[cells.length - 1].row, cells[cells.length - 1].col);
  const contiguous = sameCol ? cells.every((c, i) => i === 0 || c.row === cells[i - 1].row + 1) : sameRow && cells.every((c, i) => i === 0 || c.col === cells[i - 1].col + 1);
  if (contiguous && cells.length > 1) return wrap(`${first}:${last}`);
  return cells.length > 4 ? `${first} + … + ${last}` : cells.map((c) => a1(c.row, c.col)).join(' + ');
}
