/**
 * A plan's text prepared for reading claims: its lines as typed (for quotes and line numbers), one
 * flat copy where line breaks are spaces (sentences run across lines), and a folded copy of the same
 * length (no diacritics, lower case, đ → d) so that a bad scan without diacritics reads the same.
 */
export type PlanText = {
  lines: string[];
  /** The lines joined by spaces: offsets here are offsets in `folded`. */
  flat: string;
  folded: string;
  /** Per line (0-based): the line was a table row, its cells separated by tabs (as a .docx table or a copied sheet arrives). */
  tabbed: boolean[];
  /** The cells of each tab-separated line, as typed. */
  cells: (string[] | undefined)[];
  /** 1-based line of an offset of `flat`. */
  lineOf(offset: number): number;
  /** Offset in `flat` where a 1-based line starts. */
  offsetOf(line: number): number;
};

const MARKS = /\p{M}/gu;

/** One character folded to one character (length kept): base letter, lower case, đ → d. */
function foldChar(char: string): string {
  if (char === 'đ' || char === 'Đ') return 'd';
  const base = char.normalize('NFD').replace(MARKS, '');
  const lower = (base.length === 1 ? base : char).toLowerCase();
  return lower.length === 1 ? lower : char;
}

function clean(line: string): string {
  return line
    .normalize('NFC')
    .replace(/([^\p{L}])\p{M}+/gu, '$1')
    .normalize('NFC')
    // Marks that compose with nothing (a bad conversion) are dropped: the folded copy keeps its length.
    .replace(/\p{M}/gu, '')
    .replace(/[\t\u00a0\u202f]/g, ' ');
}

/**
 * Prepares a text: NFC per line; combining marks left stranded after a space or punctuation by a
 * bad conversion ("xa,̃") dropped; tabs and non-breaking spaces as spaces.
 *
 * @example
 * const text = prepareText('chiếm\ntỷ lệ 41,4%'); text.folded === 'chiem ty le 41,4%'; text.lineOf(7) === 2
 */
export function prepareText(raw: string): PlanText {
  const rawLines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const tabbed = rawLines.map((line) => /\S\t+\s*\S/.test(line));
  const cells = rawLines.map((line, i) => (tabbed[i] ? line.replace(/\s+$/, '').split('\t').map((cell) => clean(cell).trim()) : undefined));
  const lines = rawLines.map(clean);
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const flat = lines.join(' ');
  const folded = Array.from({ length: flat.length }, (_, i) => foldChar(flat[i])).join('');
  return {
    lines,
    tabbed,
    cells,
    flat,
    folded,
    offsetOf: (line) => starts[line - 1] ?? flat.length,
    lineOf(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset) low = mid;
        else high = mid - 1;
      }
      return low + 1;
    },
  };
}
