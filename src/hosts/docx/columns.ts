import { textWidth, twips } from './measure';

/** A row of a table as the column widths see it: its texts, bold or not, and whether cells after the first span the rest. */
export type MeasuredRow = { cells: readonly string[]; bold: boolean; spans?: boolean };

/** Word's default cell margins (108 twips each side) and a little room for rounding. */
const PADDING = 2 * 108 + 40;

/**
 * Column widths in twips from what the columns hold, the way a browser lays out a table: each
 * column at least as wide as its longest word (no word broken across lines; the TT column fits
 * "XIII"), the rest of the page shared in proportion to how much wider each column's longest line
 * would like to be. Cells spanning the row after the first (section titles) do not size columns.
 *
 * @example
 * contentWidths([{ cells: ['XIII', 'Một nội dung dài'], bold: true }], 2, 14_286, 13)[0] // ≈ 750
 */
export function contentWidths(rows: readonly MeasuredRow[], columns: number, available: number, size: number): number[] {
  const min = Array<number>(columns).fill(PADDING);
  const max = Array<number>(columns).fill(PADDING);
  for (const row of rows) {
    row.cells.forEach((text, col) => {
      if (col >= columns || (row.spans && col > 0)) return;
      const lines = text.split('\n');
      const words = lines.flatMap((line) => line.split(/\s+/)).filter(Boolean);
      min[col] = Math.max(min[col], ...words.map((word) => twips(textWidth(word, size, row.bold)) + PADDING));
      max[col] = Math.max(max[col], ...lines.map((line) => twips(textWidth(line, size, row.bold)) + PADDING));
    });
  }
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumMax = max.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sumMax <= available) widths = max.map((w) => w + ((available - sumMax) * w) / sumMax);
  else if (sumMin >= available) widths = min.map((w) => (w * available) / sumMin);
  else widths = min.map((w, c) => w + ((max[c] - w) * (available - sumMin)) / (sumMax - sumMin));
  const rounded = widths.map(Math.floor);
  // Whole twips that add up to the page width: the remainder goes to the widest column.
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] += available - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}
