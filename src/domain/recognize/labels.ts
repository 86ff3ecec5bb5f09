import { hasAnyWords, startsWithWords } from '../text/fold';
import type { Grid } from '../sheet/grid';
import type { AverageCell } from './models';

const TOTAL_LABELS = ['tong', 'tong cong', 'cong', 'toan huyen', 'toan tinh', 'toan xa', 'tong so', 'chung'];

/** True for the label of a totals row: tổng, tổng cộng, cộng, toàn huyện, toàn tỉnh. */
export function isTotalLabel(folded: string): boolean {
  return startsWithWords(folded, TOTAL_LABELS);
}

/** True for a label stating an average number of criteria per commune. */
export function isAverageLabel(folded: string): boolean {
  return hasAnyWords(folded, ['binh quan', 'trung binh']) && hasAnyWords(folded, ['tieu chi', 'tc']);
}

/** The first number (or formula) to the right of a label in the same row. */
export function firstNumberRight(grid: Grid, row: number, col: number): number | null {
  for (let c = col + 1; c <= grid.right; c++) {
    if (grid.mergeOf(row, c) && grid.mergeOf(row, c) === grid.mergeOf(row, col)) continue;
    if (grid.number(row, c) !== null || grid.formula(row, c) !== null) return c;
  }
  return null;
}

/** True for the label of a cell stating the number of communes: "Tổng số xã", "Tổng số xã toàn tỉnh: 207". */
export function isCommunesLabel(folded: string): boolean {
  return /^(tong )?so xa( \d+)?( (toan|cua|trong|tren|tham gia)\b.*)?$/.test(folded) && folded.startsWith('tong');
}

/** True for the label of a row of shares ("Tỷ lệ xã đạt cuối năm (%)"). */
export function isShareLabel(folded: string): boolean {
  return /^ty le\b/.test(folded);
}

/** Every labelled average cell of the rows given. */
export function findAverages(grid: Grid, rows: readonly number[]): AverageCell[] {
  const found: AverageCell[] = [];
  for (const row of rows) {
    for (const col of grid.cols()) {
      const label = grid.text(row, col);
      if (!label || !isAverageLabel(label)) continue;
      const valueCol = firstNumberRight(grid, row, col);
      if (valueCol === null) continue;
      const basis = hasAnyWords(label, ['hien trang', 'dau nam', 'da dat']) ? 'baseline' : 'end';
      found.push({ row, labelCol: col, valueCol, basis });
      break;
    }
  }
  return found;
}

/** Years written in a sheet's first rows ("năm 2025", "2021-2025"), in reading order. */
export function yearsIn(grid: Grid, lastRow: number): number[] {
  const years: number[] = [];
  for (let row = grid.top; row <= Math.min(lastRow, grid.bottom); row++) {
    for (const col of grid.cols()) {
      for (const match of grid.text(row, col).matchAll(/\b(20\d\d)\b/g)) years.push(Number(match[1]));
    }
  }
  return years;
}
