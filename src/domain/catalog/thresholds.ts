import { fold } from '../text/fold';
import { parseVietnameseNumber } from '../text/numbers';
import type { Grid } from '../sheet/grid';
import { readStated, type Stated } from '../sheet/stated';
import type { Catalog, Indicator } from './schema';

/**
 * What an indicator requires of a commune of one group: at least or at most a number (strictly or
 * not), or a state ("Đạt").
 */
export type Threshold =
  | { kind: 'min' | 'max'; value: number; strict: boolean; percent: boolean; text: string }
  | { kind: 'met'; text: string };

const AT_LEAST = /^(>=|≥|=>|toi thieu|tu|it nhat|khong duoi|khong thap hon|dat tu|dat toi thieu)\s*/;
const AT_MOST = /^(<=|≤|=<|toi da|khong qua|khong vuot qua|khong cao hon|khong lon hon)\s*/;
const ABOVE = /^(>|tren|cao hon|lon hon)\s*/;
const BELOW = /^(<|duoi|thap hon|nho hon)\s*/;

/**
 * Reads a threshold as catalogs write it: "≥ 40%", ">= 2,5", "Tối thiểu 90%", "Từ 40% trở lên",
 * "≤ 3%", "Dưới 3%", "Trên 50%", "Đạt". A bare number is a minimum. Null when it says nothing
 * this reads (a sentence, a blank).
 *
 * @example
 * parseThreshold('≥ 40%') // { kind: 'min', value: 40, strict: false, percent: true, text: '≥ 40%' }
 * parseThreshold('Dưới 3%') // { kind: 'max', value: 3, strict: true, percent: true, text: 'Dưới 3%' }
 * parseThreshold('Đạt') // { kind: 'met', text: 'Đạt' }
 */
export function parseThreshold(text: string): Threshold | null {
  const typed = text.trim();
  if (!typed) return null;
  const folded = fold(typed.replace(/≥/g, ' >= ').replace(/≤/g, ' <= ').replace(/>=|=>/g, ' >= ').replace(/<=|=</g, ' <= ').replace(/(?<![<>=])>(?!=)/g, ' > ').replace(/(?<![<>=])<(?!=)/g, ' < '), '<>=,.');
  if (/^dat$|^dat chuan$|^dat yeu cau$|^co$/.test(folded)) return { kind: 'met', text: typed };
  let kind: 'min' | 'max' = 'min';
  let strict = false;
  let rest = folded;
  for (const [pattern, k, s] of [[AT_LEAST, 'min', false], [AT_MOST, 'max', false], [ABOVE, 'min', true], [BELOW, 'max', true]] as const) {
    const match = pattern.exec(rest);
    if (match) { kind = k; strict = s; rest = rest.slice(match[0].length); break; }
  }
  if (/\btro len\b/.test(rest)) kind = 'min';
  if (/\btro xuong\b/.test(rest)) kind = 'max';
  const number = /^(\d[\d.,]*)\s*(%?)/.exec(rest);
  if (!number) return null;
  const parsed = parseVietnameseNumber(number[1]);
  if (!parsed) return null;
  return { kind, value: parsed.value, strict, percent: number[2] === '%' || /%/.test(typed), text: typed };
}

/** The threshold of an indicator for a commune group (1, 2, 3), read from the catalog; null when the catalog gives none. */
export function thresholdFor(indicator: Indicator, group: 1 | 2 | 3): Threshold | null {
  const text = indicator.thresholds?.[`nhom-${group}`];
  return text ? parseThreshold(text) : null;
}

/** Every indicator of a catalog that has thresholds per group, by code. */
export function indicatorsWithThresholds(catalog: Catalog): Map<string, Indicator> {
  const found = new Map<string, Indicator>();
  for (const criterion of catalog.criteria) {
    for (const indicator of criterion.indicators) if (indicator.thresholds && Object.keys(indicator.thresholds).length) found.set(indicator.code, indicator);
  }
  return found;
}

/**
 * Whether a commune's stated value meets a threshold: null when the value says nothing comparable.
 * A share is compared in percent units whatever way it is typed (45 under a "(%)" header, 0,45 with
 * a percent format, "45%").
 *
 * @example
 * meetsThreshold({ value: 0.35, decimals: 2, percentForm: 'format' }, parseThreshold('≥ 40%')!) === false
 */
export function meetsThreshold(value: Stated, threshold: Exclude<Threshold, { kind: 'met' }>, percentUnits = false): boolean {
  const shown = comparable(value, threshold, percentUnits);
  if (threshold.kind === 'min') return threshold.strict ? shown > threshold.value : shown >= threshold.value - 1e-9;
  return threshold.strict ? shown < threshold.value : shown <= threshold.value + 1e-9;
}

/**
 * The value in the threshold's units: a fraction of one (0,45) read as 45 % when the threshold is in
 * percent — unless its column states percent units (a "(%)" header, or rates above 1 beside it), where
 * 0,8 is 0,8 %.
 */
export function comparable(value: Stated, threshold: Exclude<Threshold, { kind: 'met' }>, percentUnits = false): number {
  if (!threshold.percent) return value.value;
  if (value.percentForm === 'format') return value.value * 100;
  if (value.percentForm === 'text' || percentUnits) return value.value;
  return Math.abs(value.value) <= 1 && threshold.value > 1 ? value.value * 100 : value.value;
}

/**
 * Whether a column of rates states percent units: its header says "%", or a number in it exceeds 1
 * (a rate of 7,4 is 7,4 %, so 0,8 beside it is 0,8 %, not 80 %).
 *
 * @example
 * percentUnitsIn(grid, 'Tỷ lệ hộ nghèo (%)', [5, 6, 7], 13) === true
 */
export function percentUnitsIn(grid: Grid, title: string, rows: readonly number[], col: number): boolean {
  if (/%/.test(title)) return true;
  return rows.some((row) => {
    const stated = readStated(grid, row, col);
    return stated !== null && stated.percentForm === 'none' && Math.abs(stated.value) > 1;
  });
}
