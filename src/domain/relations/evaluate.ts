import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { halfUnit, readStated, type Stated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import { readMark, type Legend } from '../text/legend';
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
export type Computed = { value: number; tolerance: number; exact: boolean; computation: () => string };

/** Numbers of a computation, marked for the message to show in the reader's language. */
const n = (value: number) => `{${roundTo(value, 6)}}`;

/** The key of a cell in an overlay. */
export const cellKey = (row: number, col: number): number => row * 16384 + col;

let overlay: ReadonlyMap<number, number> | undefined;

function stated(grid: Grid, cell: At): Stated | null {
  const planned = overlay?.get(cellKey(cell.row, cell.col));
  if (planned !== undefined) return { value: planned, decimals: 6, percentForm: 'none' };
  return readStated(grid, cell.row, cell.col);
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
      const present: Stated[] = [];
      let value = 0;
      let exact = true;
      let tolerance = 0;
      for (const cell of relation.parts) {
        const part = stated(grid, cell);
        if (part === null) continue;
        present.push(part);
        value += part.value;
        tolerance += halfUnit(part.decimals);
        if (part.decimals !== 0 || !Number.isInteger(part.value)) exact = false;
      }
      if (present.length === 0) return null;
      const shown = () => (present.length > 6 ? `${n(present[0].value)} + … + ${n(present[present.length - 1].value)} (${present.length})` : present.map((p) => n(p.value)).join(' + '));
      return { value, exact, tolerance, computation: () => `${shown()} = ${n(value)}` };
    }
    case 'linear': {
      const terms = relation.terms.map((term) => ({ term, s: stated(grid, term) }));
      if (terms.some(({ s }) => s === null)) return null;
      const value = terms.reduce((t, { term, s }) => t + term.sign * s!.value, 0);
      const exact = terms.every(({ s }) => s!.decimals === 0);
      const shown = () => terms.map(({ term, s }, i) => `${i === 0 ? (term.sign < 0 ? '-' : '') : term.sign < 0 ? ' - ' : ' + '}${n(s!.value)}`).join('');
      return { value, exact, tolerance: terms.reduce((t, { s }) => t + halfUnit(s!.decimals), 0), computation: () => `${shown()} = ${n(value)}` };
    }
    case 'ratio': {
      const num = stated(grid, relation.numerator);
      const den = 'value' in relation.denominator ? { value: relation.denominator.value, decimals: 0 } : stated(grid, relation.denominator);
      if (!num || !den || den.value === 0) return null;
      const scale = relation.percent || relation.share ? 100 : 1;
      const value = (num.value / den.value) * scale;
      const tolerance = Math.abs(value) * (halfUnit(num.decimals) / Math.max(Math.abs(num.value), EPSILON) + halfUnit(den.decimals) / Math.abs(den.value)) * (num.decimals || den.decimals ? 1 : 0);
      return { value, exact: false, tolerance, computation: () => `${n(num.value)} / ${n(den.value)}${scale === 100 ? ' × 100' : ''} = ${n(roundTo(value, 3))}` };
    }
    case 'average': {
      const parts = relation.parts.map((cell, i) => ({ s: stated(grid, cell), w: relation.weights ? stated(grid, relation.weights[i]) : null }));
      const present = parts.filter(({ s, w }) => s !== null && (!relation.weights || w !== null));
      if (present.length === 0) return null;
      const weight = relation.weights ? present.reduce((t, { w }) => t + w!.value, 0) : present.length;
      if (weight === 0) return null;
      const value = present.reduce((t, { s, w }) => t + s!.value * (relation.weights ? w!.value : 1), 0) / weight;
      return { value, exact: false, tolerance: Math.max(...present.map(({ s }) => halfUnit(s!.decimals))), computation: () => `${relation.weights ? 'Σ(x·w)/Σw' : 'Σx/n'} = ${n(roundTo(value, 3))}` };
    }
    case 'count': {
      let value = 0;
      for (const cell of relation.cells) {
        const status = readMark(grid.value(cell.row, cell.col), context.planYear, context.legend);
        if ((relation.statuses as string[]).includes(status)) value++;
      }
      return { value, exact: true, tolerance: 0, computation: () => `${n(value)}` };
    }
    case 'list-length': {
      const value = listLength(grid.value(relation.list.row, relation.list.col));
      return { value, exact: true, tolerance: 0, computation: () => `"${grid.raw(relation.list.row, relation.list.col)}" → ${value}` };
    }
  }
}

/** A finding when the relation's target states something its inputs do not give. */
export function evaluateRelation(grid: Grid, relation: Relation, context: EvaluateContext = {}): FindingDraft | null {
  const target = stated(grid, relation.target);
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
      computation: computed.computation(),
      ...(relation.kind === 'ratio' && 'value' in relation.denominator ? { denominator: relation.denominator.value } : {}),
    },
  };
}

/** The relation as the sheet's own notation: the column-number formula, the header words, or cell addresses. */
export function describe(relation: Relation): string {
  if ((relation.kind === 'linear' || relation.kind === 'ratio') && relation.text) return relation.text;
  const cell = (c: At) => a1(c.row, c.col);
  switch (relation.kind) {
    case 'sum': return `${cell(relation.target)} = ${rangeText(relation.parts)}`;
    case 'linear': return `${cell(relation.target)} = ${relation.terms.map((t, i) => `${i === 0 ? (t.sign < 0 ? '-' : '') : t.sign < 0 ? ' - ' : ' + '}${cell(t)}`).join('')}`;
    case 'ratio': return `${cell(relation.target)} = ${cell(relation.numerator)} / ${'value' in relation.denominator ? relation.denominator.value : cell(relation.denominator)}`;
    case 'average': return `${cell(relation.target)} = ${relation.weights ? 'SUMPRODUCT' : 'AVERAGE'}(${rangeText(relation.parts)})`;
    case 'count': return `${cell(relation.target)} = COUNT(${rangeText(relation.cells)}: ${relation.statuses.join('+')})`;
    case 'list-length': return `${cell(relation.target)} = LEN(${cell(relation.list)})`;
  }
}

function rangeText(cells: readonly At[]): string {
  if (cells.length === 0) return '∅';
  const sameCol = cells.every((c) => c.col === cells[0].col);
  const sameRow = cells.every((c) => c.row === cells[0].row);
  const first = a1(cells[0].row, cells[0].col);
  const last = a1(cells[cells.length - 1].row, cells[cells.length - 1].col);
  const contiguous = sameCol ? cells.every((c, i) => i === 0 || c.row === cells[i - 1].row + 1) : sameRow && cells.every((c, i) => i === 0 || c.col === cells[i - 1].col + 1);
  if (contiguous && cells.length > 1) return `SUM(${first}:${last})`;
  return cells.length > 4 ? `${first} + … + ${last}` : cells.map((c) => a1(c.row, c.col)).join(' + ');
}
