import { fold, hasAnyWords } from '../text/fold';
import { parseVietnameseNumber } from '../text/numbers';
import type { Grid } from '../sheet/grid';
import type { AverageCell } from './models';

/** True for a label stating an average number of criteria per commune. */
export function isAverageLabel(folded: string): boolean {
  return folded.includes('binh') && hasAnyWords(folded, AVERAGE_WORDS) && hasAnyWords(folded, CRITERIA_WORDS);
}

const AVERAGE_WORDS = ['binh quan', 'trung binh'];
const CRITERIA_WORDS = ['tieu chi', 'tc'];

/** The first number (or formula) to the right of a label in the same row. */
export function firstNumberRight(grid: Grid, row: number, col: number): number | null {
  for (let c = col + 1; c <= grid.right; c++) {
    if (grid.mergeOf(row, c) && grid.mergeOf(row, c) === grid.mergeOf(row, col)) continue;
    if (grid.number(row, c) !== null || grid.formula(row, c) !== null) return c;
  }
  return null;
}

/** True for the label of a row of shares ("Tỷ lệ xã đạt cuối năm (%)"). */
export function isShareLabel(folded: string): boolean {
  return /^ty le\b/.test(folded);
}

const AVERAGES = new WeakMap<Grid, AverageCell[]>();
const MAY_AVERAGE = /[bB\u1e02-\u1e07]/;

/** Every cell holding a text long enough to be a label (marks and numbers are not), row by row. */
export function longTexts(grid: Grid): readonly { row: number; col: number }[] {
  return grid.scan().longTexts;
}

/** Every labelled average cell of a sheet (the first in its row), found once per grid. */
function averagesOf(grid: Grid): AverageCell[] {
  let found = AVERAGES.get(grid);
  if (found) return found;
  found = [];
  let lastRow = -1;
  for (const { row, col } of longTexts(grid)) {
    // "bình quân", "trung bình": a text without a letter that folds to b is not folded to find out.
    if (row === lastRow || !MAY_AVERAGE.test(grid.raw(row, col))) continue;
    const label = grid.text(row, col);
    if (!label || !isAverageLabel(label)) continue;
    const valueCol = firstNumberRight(grid, row, col);
    const basis = hasAnyWords(label, ['hien trang', 'dau nam', 'da dat']) ? 'baseline' : 'end';
    const inText = valueCol === null ? averageInText(grid.raw(row, col)) : null;
    if (valueCol === null && !inText) continue;
    found.push(inText ? { row, labelCol: col, valueCol: col, basis, inText } : { row, labelCol: col, valueCol: valueCol!, basis });
    lastRow = row;
  }
  AVERAGES.set(grid, found);
  return found;
}

/**
 * The average a sentence states in its own words: "Số tiêu chí bình quân toàn tỉnh đạt 16,7 tiêu
 * chí/xã", "Bình quân tiêu chí nông thôn mới toàn tỉnh: 16,3 tiêu chí/xã" — the first number after
 * "bình quân" that counts criteria.
 */
function averageInText(raw: string): { value: number; decimals: number } | null {
  if (raw.length > 300) return null;
  const folded = fold(raw, ',.');
  const at = folded.search(/\b(binh quan|trung binh)\b/);
  // An average of a part of the communes ("Riêng 40 xã … đạt trung bình 14,9") is not the whole's.
  if (at === -1 || /\b(rieng|trong do|cac xa|xa bien gioi|\d+ xa)\b/.test(folded.slice(0, at))) return null;
  const match = /(\d{1,2}(?:,\d{1,2})?)\s*(?:tieu chi|tc)\b/.exec(folded.slice(at));
  if (!match) return null;
  const parsed = parseVietnameseNumber(match[1]);
  return parsed ? { value: parsed.value, decimals: parsed.decimals } : null;
}

/** Every labelled average cell from a row down (the whole sheet by default). */
export function findAverages(grid: Grid, fromRow = grid.top): AverageCell[] {
  return averagesOf(grid).filter((average) => average.row >= fromRow);
}
