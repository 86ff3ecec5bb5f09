import { firstNonSpace, parseRatio, parseVietnameseNumber, typedDecimals } from '../text/numbers';
import type { Grid } from './grid';

/** A number as a sheet states it, with the precision it is shown at. */
export type Stated = {
  value: number;
  /** Digits shown after the decimal mark, in the units of `value`. */
  decimals: number;
  /** How the cell says it is a share: a percent format, a "%" in the text, or nothing. */
  percentForm: 'format' | 'text' | 'none';
  /** For "X/Y" texts: Y, the denominator the sheet wrote next to the count. */
  denominator?: number;
  /** "-", "không", "không có": none, read as 0 where a count or amount is added; a share so written is not checked. */
  nil?: true;
};

const NIL_TEXT = /^\s*(?:-+|–|—|không|không có|khong|khong co)\s*$/iu;

/**
 * True for a text that says "none" in a cell of numbers ("-", "–", "không có").
 *
 * @example
 * isNilText(' - ') === true; isNilText('- Như trên;') === false
 */
export function isNilText(value: unknown): boolean {
  return typeof value === 'string' && NIL_STARTS.has(firstNonSpace(value)) && NIL_TEXT.test(value.normalize('NFC'));
}

/** What a "none" text may begin with: a dash, or the k of "không" (the Kelvin sign folds to it). */
const NIL_STARTS = new Set(['-', '\u2013', '\u2014', 'k', 'K', '\u212a'].map((c) => c.charCodeAt(0)));

/**
 * Decimals a number format shows, and whether it shows a percentage; null for "General"
 * or a missing format (the typed digits then decide).
 *
 * @example
 * formatPrecision('0.0%') // { decimals: 1, percent: true }
 * formatPrecision('#,##0.00') // { decimals: 2, percent: false }
 */
export function formatPrecision(format: string | null): { decimals: number; percent: boolean } | null {
  if (!format) return null;
  // A workbook uses a handful of formats on thousands of cells.
  let known = PRECISIONS.get(format);
  if (known === undefined) {
    if (PRECISIONS.size > 1000) PRECISIONS.clear();
    PRECISIONS.set(format, (known = precisionOf(format)));
  }
  return known;
}

const PRECISIONS = new Map<string, { decimals: number; percent: boolean } | null>();

function precisionOf(format: string): { decimals: number; percent: boolean } | null {
  if (/^general$/i.test(format) || format === '@') return null;
  const section = format.split(';')[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(section)) return null;
  const fraction = /\.([0#?]+)/.exec(section);
  return { decimals: fraction ? fraction[1].length : 0, percent: section.includes('%') };
}

/**
 * Reads the number a cell states: a number (its format gives the shown digits), or a text
 * typed the Vietnamese way ("41,4%", "3.002,8", "61/207"). Null for blanks, words and errors.
 */
export function readStated(grid: Grid, row: number, col: number): Stated | null {
  const value = grid.value(row, col);
  if (typeof value === 'number' && Number.isFinite(value)) {
    const format = formatPrecision(grid.numberFormat(row, col));
    if (format?.percent) return { value, decimals: format.decimals + 2, percentForm: 'format' };
    return { value, decimals: format ? format.decimals : typedDecimals(value), percentForm: 'none' };
  }
  if (typeof value !== 'string') return null;
  const parsed = parseVietnameseNumber(value);
  if (parsed) return { value: parsed.value, decimals: parsed.decimals, percentForm: parsed.percent ? 'text' : 'none' };
  const ratio = parseRatio(value);
  if (ratio) return { value: ratio.numerator, decimals: 0, percentForm: 'none', denominator: ratio.denominator };
  if (isNilText(value)) return { value: 0, decimals: 0, percentForm: 'none', nil: true };
  return null;
}

/**
 * The value `readStated` reads (null where it reads none), without the record: a number is itself.
 *
 * @example
 * statedValue(grid, 4, 2) // 12; a cell "3.002,8" → 3002.8; "-" → 0
 */
export function statedValue(grid: Grid, row: number, col: number): number | null {
  const value = grid.value(row, col);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return typeof value === 'string' ? readStated(grid, row, col)?.value ?? null : null;
}

/** Half a unit of the last shown digit: the rounding a shown number may hide. */
export function halfUnit(decimals: number): number {
  return HALF_UNITS[decimals] ?? 0.5 * 10 ** -decimals;
}

const HALF_UNITS = Array.from({ length: 16 }, (_, decimals) => 0.5 * 10 ** -decimals);

/** Rounds for display in a finding (to the stated precision plus one digit). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** Math.min(decimals, 10);
  return Math.round(value * factor) / factor;
}

/** A stated share in percent units, with the decimals it shows in those units. */
export function asPercent(stated: Stated, plainInPercent: boolean): { value: number; decimals: number } {
  if (stated.percentForm === 'format') return { value: stated.value * 100, decimals: Math.max(0, stated.decimals - 2) };
  if (stated.percentForm === 'text' || plainInPercent) return { value: stated.value, decimals: stated.decimals };
  return { value: stated.value * 100, decimals: Math.max(0, stated.decimals - 2) };
}

