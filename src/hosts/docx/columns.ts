import { textWidth, twips } from './measure';

/** A row of a table as the column widths see it: its texts, bold or not, and whether cells after the first span the rest. */
export type MeasuredRow = { cells: readonly string[]; bold: boolean; spans?: boolean; header?: boolean };

/** Word's default cell margins (108 twips each side) and a little room for rounding. */
const PADDING = 2 * 108 + 40;

/**
 * Column widths in twips from what the columns hold: each column at least as wide as its longest
 * word (no word broken across lines; the TT column fits "XIII"); a column whose longest line fits
 * in an equal share of the page gets that line's width ("BCĐ tỉnh", "Năm 2027" on one line); the
 * rest of the page is shared by the other columns in proportion to how much wider their longest line
 * would like to be, as a browser lays out a table. A header may wrap: its words count, not its line.
 * Cells spanning the row after the first (section titles) do not size columns.
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
      if (!row.header) max[col] = Math.max(max[col], ...lines.map((line) => twips(textWidth(line, size, row.bold)) + PADDING));
    });
  }
  for (let c = 0; c < columns; c++) max[c] = Math.max(max[c], min[c]);
  // Columns whose longest line fits an equal share of the page take it; the others share the rest.
  const natural = new Set([...Array(columns).keys()].filter((c) => max[c] <= available / columns));
  if (natural.size === columns) natural.clear();
  const others = [...Array(columns).keys()].filter((c) => !natural.has(c));
  const room = available - [...natural].reduce((t, c) => t + max[c], 0);
  const sumMin = others.reduce((t, c) => t + min[c], 0);
  const sumMax = others.reduce((t, c) => t + max[c], 0);
  const widths = max.map((w, c) => {
    if (natural.has(c)) return w;
    if (sumMax <= room) return w + ((room - sumMax) * w) / sumMax;
    if (sumMin >= room) return (min[c] * room) / sumMin;
    return min[c] + ((max[c] - min[c]) * (room - sumMin)) / (sumMax - sumMin);
  });
  const rounded = widths.map(Math.floor);
  // Whole twips that add up to the page width: the remainder goes to the widest column.
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] += available - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}
