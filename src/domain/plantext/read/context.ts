import type { Figure } from './figures';
import type { Reading, ReadSentence } from './reading';

/** A total carried from where the text states it: "Toàn huyện có 59 xã", "… 61/207 xã", "(120 xã)". */
export type Carried = { value: number; sentence: number; text: string };

const counting = (f: Figure) => f.kind === 'commune' || f.kind === 'village' || f.kind === 'district' || f.kind === 'household' || f.kind === 'person' || f.kind === 'agency';

/** Totals a sentence states for a unit: ratios' denominators, "tổng số N xã", "có N xã" opening a breakdown. */
export function totalsIn(sentence: ReadSentence, unit: string): number[] {
  const found: number[] = [];
  for (const f of sentence.figures) {
    if (f.unit !== unit && !(f.of !== undefined && sameFamily(f.unit, unit))) continue;
    if (f.of !== undefined) found.push(f.of);
    const before = sentence.folded.slice(Math.max(0, f.start - sentence.start - 50), f.start - sentence.start);
    const after = sentence.folded.slice(f.end - sentence.start, f.end - sentence.start + 40);
    // "Toàn huyện có 59 xã, trong đó …", "Tổng số xã: 207", "trên tổng số 59 xã": a total; "toàn tỉnh đã có 39 xã đạt chuẩn" is a count.
    const opens = /\b(tong so|tong cong|toan (?:tinh|huyen|thanh pho|thi xa|xa)(?: hien)?(?: co)?|co tat ca|gom co|tren tong so|trong tong so|hien co|hien)\b[^.;:,]{0,40}$/.test(before) && !/\bda co\s*$/.test(before);
    const closes = /^(?:(?!\b(?:dat|duoc|da|hoan thanh|con|chua|co|la)\b)[^.;:,(]){0,30}(?:,|;|:|\.|\(|\btrong do\b|\bgom\b|$)/.test(after);
    // "Hiện 89 xã xây dựng nông thôn mới …" opening its sentence: the communes the rest is counted of.
    const leads = /^\s*(?:hien|hien nay|hien co|toan (?:tinh|huyen|thanh pho|thi xa)(?: hien)? co)\s*$/.test(sentence.folded.slice(0, f.start - sentence.start));
    // "Huyện Lâm Bình có 20 xã, trong đó …", "xã có 12 thôn gồm …": the whole the rest is counted of.
    const broken = /\bco\s*$/.test(before) && /^\s*(?:,\s*|:\s*)?(?:trong do|gom|bao gom)\b/.test(after);
    if (f.of === undefined && f.bound === 'exact' && (leads || broken)) found.push(f.value);
    else if (f.of === undefined && f.bound === 'exact' && opens && closes && /(?:\bco|\bla|:|\bso|\bhien|\btrong tong so|\btren tong so)\s*$/.test(before)) found.push(f.value);
  }
  return found;
}

/** The same unit; "xã" also where a ratio counts "xã, phường, thị trấn". A town is not a commune: "1 thị trấn … 100%" is of the towns. */
function sameFamily(a: string, b: string): boolean {
  return a === b || (a.startsWith('xa') && b.startsWith('xa'));
}

/**
 * The total of `unit` a sentence counts against when it gives no denominator: stated in the same
 * sentence, else in the sentences before it in its block, else in the block's heading or the
 * sentence that opens the list it belongs to. Undefined when the nearest place states two
 * different totals (then nothing is carried).
 *
 * @example
 * carriedTotal(reading, sentence, 'xa') // 59 after "Toàn huyện có 59 xã, trong đó:"
 */
export function carriedTotal(reading: Reading, sentence: ReadSentence, unit: string, before = Infinity): number | undefined {
  const own = totalsIn(sentence, unit);
  const mine = sentence.figures.filter((f) => f.start < before && f.of !== undefined && sameFamily(f.unit, unit)).map((f) => f.of!);
  const inSentence = [...new Set([...mine, ...own])];
  if (inSentence.length === 1) return inSentence[0];
  if (inSentence.length > 1) return undefined;
  const scopes = scopesOf(reading, sentence);
  for (const scope of scopes) {
    const values = [...new Set(scope.flatMap((s) => totalsIn(s, unit)))];
    if (values.length === 1) return values[0];
    if (values.length > 1) return undefined;
  }
  return undefined;
}

/**
 * The places a sentence takes its context from, nearest first: the sentences before it in its
 * block; the sentence opening its list (the last sentence before the list's items, ending in ":");
 * its headings, innermost first; the paragraph just before; the paragraphs opening each of its
 * sections (under the heading, before any sub-heading or list), innermost first.
 */
export function scopesOf(reading: Reading, sentence: ReadSentence): ReadSentence[][] {
  const { sentences } = reading;
  const at = sentences.indexOf(sentence);
  const scopes: ReadSentence[][] = [];
  const sameBlock = sentences.slice(0, at).filter((s) => s.block === sentence.block);
  if (sameBlock.length) scopes.push(sameBlock.reverse());
  // The intro of a list: walk back over items of the same marker kind to the sentence before them.
  if (sentence.item) {
    let i = at - 1;
    while (i >= 0 && (sentences[i].block === sentence.block || (sentences[i].item && sentences[i].marker === sentence.marker))) i--;
    if (i >= 0 && !sentences[i].heading && /:\s*$/.test(sentences[i].quote) && sentence.line - sentences[i].lastLine < 60) scopes.push([sentences[i]]);
  }
  for (const h of [...sentence.headings].reverse()) {
    const heading = reading.sentences.find((s) => s.index === h);
    if (heading) scopes.push([heading]);
  }
  // The paragraph just before, when nothing nearer states the total ("Hiện 89 xã …" then "Có 15 xã …, chiếm 16,9%").
  const first = sentences.findIndex((s) => s.block === sentence.block);
  const previous = sentences.slice(0, first).filter((s) => s.block === sentences[first - 1]?.block);
  if (previous.length && !previous[0].heading && sentence.line - previous[previous.length - 1].lastLine <= 3) scopes.push(previous.reverse());
  // Last, the paragraphs opening each of its sections, innermost first ("II. MỤC TIÊU" / "Toàn tỉnh
  // hiện có 96 xã …" / "1. Mục tiêu chung" / "- … nâng tổng số xã đạt chuẩn lên 85 xã (đạt 88,5%)").
  for (const h of [...sentence.headings].reverse()) {
    const under = sentences.slice(0, at).filter((s) => !s.heading && !s.item && s.headings.length > 0 && s.headings[s.headings.length - 1] === h);
    if (under.length) scopes.push(under.reverse());
  }
  return scopes;
}

export { counting };

const PAST_WORDS = /\b(den nay|hien nay|hien tai|hien co|da dat|ket qua|nam qua|nam truoc|thuc trang|uoc thuc hien|uoc dat)\b/;

/**
 * The year a sentence speaks of: the latest year it names ("Năm 2026, bình quân …", "đến cuối năm
 * 2027 …"), else its headings' ("Kết quả năm 2026"), else the year before the plan's when it speaks of
 * results ("đến nay", "đã đạt", "kết quả"), else the plan's year.
 *
 * @example
 * yearOf(reading, sentence) // 2026 for "Năm 2026, bình quân đạt 12,5 tiêu chí/xã" in a 2027 plan
 */
export function yearOf(reading: Reading, sentence: ReadSentence): number | undefined {
  const named = (s: ReadSentence) => s.others.filter((o) => o.kind === 'year' || (o.kind === 'date' && o.year !== undefined)).map((o) => o.year ?? Number(/(?:19|20)\d\d(?!.*(?:19|20)\d\d)/.exec(o.text)?.[0]));
  const own = named(sentence).filter((y) => Number.isFinite(y));
  if (own.length && !/\b(giai doan|thoi ky)\b/.test(sentence.folded)) return Math.max(...own);
  for (const h of [...sentence.headings].reverse()) {
    const heading = reading.sentences.find((s) => s.index === h);
    const years = heading ? named(heading).filter((y) => Number.isFinite(y)) : [];
    if (years.length && !/\b(giai doan|thoi ky)\b/.test(heading!.folded)) return Math.max(...years);
    if (heading && PAST_WORDS.test(heading.folded) && reading.plan.year) return reading.plan.year - 1;
  }
  if (PAST_WORDS.test(sentence.folded) && reading.plan.year) return reading.plan.year - 1;
  return reading.plan.year;
}
