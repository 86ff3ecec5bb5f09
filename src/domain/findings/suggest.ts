import type { CellWrite, FillRole } from '../fill/types';
import type { Grid } from '../sheet/grid';
import { parseA1 } from '../sheet/address';
import { halfUnit, readStated } from '../sheet/stated';
import { parseVietnameseNumber, typedDecimals } from '../text/numbers';
import type { FindingDraft, Lang } from './codes';
import { planFill } from '../fill/plan';
import { cellWrites } from '../fill/cells';
import type { Analysis } from '../engine';
import type { WorkbookSnapshot } from '../sheet/snapshot';

/**
 * What a finding says should be in its cell, and the write that puts it there: the fill's live
 * formula where the fill plans one for that cell and it gives that number, else the number itself in
 * the cell's own units (a number stays a number, "99,5%" typed as text becomes "99,4%").
 */
export type Suggestion = {
  /** The number to write, in the finding's units (percent units for a share), rounded to the digits the cell shows. */
  value: number;
  decimals: number;
  percent: boolean;
  /** Absent where nothing can be written safely: the cell holds a formula of the user's and the fill plans none. */
  write?: CellWrite;
  via?: 'formula' | 'value';
};

/** Findings whose cell states a number the engine computed otherwise. */
const NUMERIC: readonly FindingDraft['code'][] = ['percent-mismatch', 'total-mismatch', 'relation-mismatch', 'shared-part'];

const round = (value: number, decimals: number) => {
  const factor = 10 ** Math.min(decimals, 10);
  return Math.round(value * factor) / factor;
};

/** "99,5%" with its number replaced by another, written the way the text writes numbers. */
function retyped(text: string, stated: number, value: number, decimals: number): string | null {
  const tokens = [...text.matchAll(/\d[\d.,]*/g)];
  const token = tokens.find((t) => {
    const parsed = parseVietnameseNumber(t[0]);
    return parsed !== null && Math.abs(parsed.value - stated) < 1e-9;
  }) ?? (tokens.length === 1 ? tokens[0] : undefined);
  if (!token) return null;
  const comma = /,\d+$/.test(token[0]) || (!/\.\d{1,2}$/.test(token[0]) && text.includes(','));
  const fixed = value.toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, comma ? '.' : ',');
  const written = /[.,]\d{3}/.test(token[0]) ? grouped : whole;
  const number = fraction ? `${written}${comma ? ',' : '.'}${fraction}` : written;
  return text.slice(0, token.index) + number + text.slice((token.index ?? 0) + token[0].length);
}

/**
 * The suggestion of a finding: for a share, a total or a relation the sheet states wrongly, the
 * number the engine computed at the digits the cell shows, and how to write it. `fill` is the write
 * the fill plans for that cell, if any (see `planFill` with `overwrite`).
 *
 * @example
 * // Lạng Sơn 2021: "99,5%" typed for 180/181 → 99,4, written as the text "99,4%"
 * suggestFor(finding, grid, undefined) // { value: 99.4, decimals: 1, percent: true, via: 'value', write: { text: '99,4%', … } }
 */
export function suggestFor(draft: FindingDraft, grid: Grid, fill: CellWrite | undefined): Suggestion | null {
  const at = parseA1(draft.cell);
  if (!at) return null;
  const { row, col } = at;
  const raw = grid.value(row, col);
  const replaces = grid.formula(row, col) ?? raw;
  const formulaWrite = (value: number): CellWrite | undefined => fill?.formula?.startsWith('=') ? { ...fill, replaces: replaces ?? undefined, value } : undefined;
  if (draft.code === 'mixed-criteria-sets') {
    // The year end counted under one set: the fill's formula is the fix, its value what the cell should show.
    if (typeof fill?.value !== 'number') return null;
    const write = formulaWrite(fill.value);
    return write ? { value: fill.value, decimals: typedDecimals(fill.value), percent: false, write, via: 'formula' } : null;
  }
  if (!NUMERIC.includes(draft.code) || typeof draft.expected !== 'number' || typeof draft.actual !== 'number') return null;
  const percent = draft.code === 'percent-mismatch';
  const stated = readStated(grid, row, col);
  if (!stated) return null;
  // The cell's units against the finding's: a share typed 0,995 under a percent format is 99,5 in the finding.
  const fraction = percent && Math.abs(stated.value * 100 - draft.actual) < Math.abs(stated.value - draft.actual);
  const decimals = fraction ? Math.max(0, stated.decimals - 2) : Math.max(stated.decimals, typedDecimals(draft.actual));
  const value = round(draft.expected, decimals);
  const tolerance = halfUnit(decimals) + 1e-9;
  const suggestion: Suggestion = { value, decimals, percent };
  const planned = typeof fill?.value === 'number' ? fill.value : undefined;
  const expected = draft.expected;
  if (planned !== undefined && [planned, planned * 100].some((v, i) => (i === 0 || percent) && Math.abs(v - expected) <= tolerance)) {
    const write = formulaWrite(planned);
    if (write) return { ...suggestion, write, via: 'formula' };
  }
  if (grid.formula(row, col)) return suggestion;
  const role: FillRole = percent ? 'criterion.percent' : 'table.sum';
  const base = { sheet: draft.sheet, row, col, cell: draft.cell, role, key: draft.key, style: 'typed' as const, replaces: raw ?? undefined };
  if (typeof raw === 'number') {
    const number = fraction ? round(value / 100, decimals + 2) : value;
    // A number constant in en-US syntax: Excel's `formulas` and the file writer write it as the number.
    return { ...suggestion, via: 'value', write: { ...base, formula: String(number), numberFormat: grid.numberFormat(row, col) ?? undefined, value: number } };
  }
  if (typeof raw === 'string') {
    const text = retyped(raw, stated.value, fraction ? value / 100 : value, fraction ? decimals + 2 : decimals);
    if (text !== null) return { ...suggestion, via: 'value', write: { ...base, text } };
  }
  return suggestion;
}

/** Findings that may have a suggestion: the numbers a sheet states wrongly, a year end counted under two sets. */
export const SUGGESTED: readonly FindingDraft['code'][] = ['percent-mismatch', 'total-mismatch', 'relation-mismatch', 'mixed-criteria-sets'];

/**
 * The suggestion of each finding of a check (null where there is none), with the formulas the fill
 * would write (typed cells replaced) for the cells the findings are about.
 *
 * @example
 * const analysis = analyzeWorkbook(snapshot); const findings = runChecks(analysis);
 * suggestAll(snapshot, analysis, findings)[0]?.value // 99.4
 */
export function suggestAll(snapshot: WorkbookSnapshot, analysis: Analysis, findings: readonly FindingDraft[]): (Suggestion | null)[] {
  if (!findings.some((f) => SUGGESTED.includes(f.code))) return findings.map(() => null);
  const { plan } = planFill(snapshot, { overwrite: true }, { analysis, findings: [...findings] });
  const writes = new Map(cellWrites(plan).map((w) => [`${w.sheet}\u0000${w.cell}`, w]));
  const grids = new Map(analysis.sheets.map(({ grid }) => [grid.name, grid]));
  return findings.map((draft) => {
    const grid = grids.get(draft.sheet);
    return grid && SUGGESTED.includes(draft.code) ? suggestFor(draft, grid, writes.get(`${draft.sheet}\u0000${draft.cell}`)) : null;
  });
}

/**
 * A suggestion as a clerk reads it: "99,4%", "4.766".
 *
 * @example
 * suggestionText({ value: 99.4, decimals: 1, percent: true }, 'vi') === '99,4%'
 */
export function suggestionText(suggestion: Pick<Suggestion, 'value' | 'decimals' | 'percent'>, lang: Lang): string {
  const digits = Math.min(Math.max(suggestion.decimals, 0), 6);
  const text = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(suggestion.value);
  return suggestion.percent ? `${text}%` : text;
}
