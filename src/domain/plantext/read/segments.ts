import type { PlanText } from '../source';

/**
 * A sentence of a plan's text, with where it stands: offsets in `text.flat` (and `text.folded`),
 * the 1-based line where it starts and ends, the block (paragraph or list item) it belongs to and
 * the headings above it.
 */
export type Sentence = {
  index: number;
  start: number;
  end: number;
  line: number;
  lastLine: number;
  block: number;
  /** A heading line ("II. MỤC TIÊU", "2. Mục tiêu cụ thể", "a) Cấp xã:"), not a sentence of prose. */
  heading: boolean;
  /** Indexes of the headings above it, outermost first. */
  headings: number[];
  /** The block opens with a list marker ("-", "+", "1.", "a)"). */
  item: boolean;
  /** The block's marker kind ("-", "+", "number", "letter", "roman") when it opens one. */
  marker?: string;
};

/** List markers at the start of a line: "1.", "2.1.", "2)", "a)", "I.", "-", "+", "•". */
export const MARKER = /^\s*(?:([IVX]{1,5})\.(?=\s)|(\d{1,2}(?:\.\d{1,2}){0,3})[.)](?![\d,])|([a-zđ])\)|([-–+•*])(?!\d))\s*/i;

function markerKind(line: string): string | undefined {
  const m = MARKER.exec(line);
  if (!m) return undefined;
  if (m[1] && /\.\s+\S/.test(line.slice(m[1].length))) return 'roman';
  if (m[2]) return m[2].includes('.') ? `number${m[2].split('.').length}` : 'number';
  if (m[3]) return 'letter';
  if (m[4]) return m[4] === '–' ? '-' : m[4];
  return undefined;
}

// A line ending a sentence; ";" only ends a list item, and list items open with a marker.
const ENDS = /[.:!?…]["”)]?\s*$/;

/** A heading: a marker and a short title without a sentence end, or a line in capitals. */
function isHeading(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 3 || trimmed.length > 140) return false;
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 6 && letters === letters.toUpperCase() && !/\d{2,}/.test(trimmed.replace(/\b(19|20)\d\d\b/g, ''))) return true;
  const kind = markerKind(trimmed);
  if (!kind || kind === '-' || kind === '+' || kind === '•' || kind === '*') return false;
  const rest = trimmed.replace(MARKER, '');
  // "2. Mục tiêu cụ thể", "a) Cấp xã:" — but not "2. Cấp xã: có thêm 09 xã …" (a sentence with figures).
  return rest.length <= 90 && !/[.;!?]$/.test(rest) && !/\d[\d.,]*\s*(%|xa|xã|thon|thôn|ty|tỷ|trieu|triệu)/i.test(rest) && !/:\s*\S/.test(rest);
}

/**
 * The sentences of a text: blocks start at a line opening with a list marker, a heading, or a line
 * after one that ends a sentence (a line broken inside a sentence continues it, blank lines or not);
 * inside a block, sentences end at ". " (or "!", "?") before a capital, a digit or a quote.
 *
 * @example
 * sentencesOf(prepareText('- Có 12 xã đạt chuẩn. Năm 2027 thêm 3 xã.\n- Bình quân 15 tiêu chí/xã.')).length // 3
 */
export function sentencesOf(text: PlanText, skip: (line: number) => boolean = () => false): Sentence[] {
  const sentences: Sentence[] = [];
  const headingStack: { level: number; index: number }[] = [];
  let block = -1;
  let previous = '';
  let open: { start: number; line: number; heading: boolean; item: boolean; marker?: string } | undefined;
  let blockHeadings: number[] = [];
  const close = (end: number) => {
    if (!open) return;
    const flatEnd = trimEnd(text.flat, end);
    if (flatEnd > open.start) splitBlock(text, open.start, flatEnd, open, block, blockHeadings, sentences);
    open = undefined;
  };
  text.lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    // A table's row or an appendix printed cell by cell: read elsewhere, and never part of a sentence.
    if (skip(i + 1)) {
      close(text.offsetOf(i + 1));
      previous = '.';
      return;
    }
    const lineStart = text.offsetOf(i + 1) + raw.search(/\S/);
    const kind = markerKind(line);
    const heading = isHeading(line);
    // A bracket left open ("(Cụ thể chỉ tiêu giao cho xã:" … ")") holds the block together.
    const inBracket = open !== undefined && depth(text.flat.slice(open.start, lineStart)) > 0;
    // "Tổng nguồn lực … là:" then "80.178,119 triệu đồng trong đó:": the figure continues the sentence.
    const continues = /:\s*$/.test(previous) && kind === undefined && /^\d/.test(line) && !/[.;]\s*$/.test(line.slice(0, 40));
    const startsBlock = !open || (!inBracket && !continues && (kind !== undefined || heading || ENDS.test(previous) || isHeading(previous)));
    if (startsBlock) {
      close(lineStart);
      block++;
      if (heading) {
        const level = headingLevel(line, kind);
        while (headingStack.length && headingStack[headingStack.length - 1].level >= level) headingStack.pop();
        blockHeadings = headingStack.map((h) => h.index);
        headingStack.push({ level, index: sentences.length });
      } else blockHeadings = headingStack.map((h) => h.index);
      open = { start: lineStart, line: i + 1, heading, item: kind !== undefined, marker: kind };
    }
    previous = line;
  });
  close(text.flat.length);
  return sentences;
}

function depth(s: string): number {
  return (s.match(/\(/g)?.length ?? 0) - (s.match(/\)/g)?.length ?? 0);
}

function headingLevel(_line: string, kind: string | undefined): number {
  if (!kind) return 0;
  if (kind === 'roman') return 1;
  if (kind === 'number') return 2;
  if (kind.startsWith('number')) return 1 + Number(kind.slice(6));
  if (kind === 'letter') return 6;
  return 7;
}

function trimEnd(flat: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(flat[at - 1])) at--;
  return at;
}

// ". " before a capital letter, a digit, a quote or a marker ends a sentence; not "TP. Lạng Sơn", "v.v." or "Tp.".
const SENTENCE_END = /(?<!\b(?:tp|tt|ths|ts|pgs|gs|ks|bs|v\.v|sl|đ|d|tr))[.!?…]+["”)]?\s+(?=[\p{Lu}\d"“(\-–+•])/giu;

function splitBlock(text: PlanText, start: number, end: number, open: { line: number; heading: boolean; item: boolean; marker?: string }, block: number, headings: number[], out: Sentence[]): void {
  const body = text.flat.slice(start, end);
  let from = 0;
  const push = (a: number, b: number) => {
    let s = start + a;
    const e = trimEnd(text.flat, start + b);
    while (s < e && /\s/.test(text.flat[s])) s++;
    if (e <= s) return;
    out.push({ index: out.length, start: s, end: e, line: text.lineOf(s), lastLine: text.lineOf(e - 1), block, heading: open.heading, headings, item: open.item, marker: open.marker });
  };
  if (!open.heading) {
    SENTENCE_END.lastIndex = 0;
    for (const m of body.matchAll(SENTENCE_END)) {
      // A number's dot ("4.356") or a list number ("1. ") is not a sentence end.
      if (/\d$/.test(body.slice(0, m.index)) && /^\.\d/.test(m[0])) continue;
      const stop = m.index! + m[0].trimEnd().length;
      if (stop - from < 2) continue;
      push(from, stop);
      from = stop;
    }
  }
  push(from, body.length);
}
