/**
 * Widths of text in Times New Roman (the metrics of the standard Times-Roman and Times-Bold, in
 * thousandths of an em, for the printable ASCII characters; Vietnamese letters take the width of
 * their base letter). Enough to size a table's columns to what they hold.
 */
const ASCII = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
  921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
  333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
  930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
  333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
const OTHER: Record<string, number> = { '…': 1000, '–': 500, '—': 1000, '“': 444, '”': 444, '‘': 333, '’': 333, 'đ': 500, 'Đ': 722, '≥': 549, '≤': 549, '×': 564 };

function charWidth(ch: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const at = ASCII.indexOf(ch);
  if (at >= 0) return table[at];
  if (OTHER[ch] !== undefined) return OTHER[ch];
  const base = ch.normalize('NFD')[0];
  const baseAt = ASCII.indexOf(base);
  return baseAt >= 0 ? table[baseAt] : 500;
}

/**
 * The width of a text in points, at a size in points.
 *
 * @example
 * textWidth('XIII', 13, true) // ≈ 24.6
 */
export function textWidth(text: string, size: number, bold = false): number {
  let total = 0;
  for (const ch of text.normalize('NFC')) total += charWidth(ch, bold);
  return (total / 1000) * size;
}

/** Twips (twentieths of a point) of a width in points. */
export const twips = (points: number) => Math.ceil(points * 20);
