import { parseVietnameseNumber } from '../../text/numbers';
import type { PlanText } from '../source';
import { unitAt, unitEnd, unitKind, type UnitKind } from './units';

/** How a figure bounds the value it stands for: "gần 7,1 tỷ" is at most 7,1; "hơn 3,4 tỷ" more than 3,4. */
export type Bound = 'exact' | 'about' | 'near' | 'over' | 'atLeast' | 'atMost' | 'under';

/**
 * A number of a sentence read with what it counts: its value (a range "25-30" has `high`), the
 * digits it shows, its unit as written (folded: "xa", "ty dong", "%"), a ratio's denominator
 * ("61/207 xã" has `of` 207), the bound its words put on it, and where it stands in `text.flat`.
 */
export type Figure = {
  value: number;
  high?: number;
  decimals: number;
  text: string;
  unit: string;
  kind: UnitKind | 'percent';
  of?: number;
  ofText?: string;
  /** A range's upper end as written ("18" of "15-18"). */
  highText?: string;
  bound: Bound;
  start: number;
  end: number;
};

/** Numbers that are not figures: dates, years, document numbers, criterion numbers, list markers. */
export type Other = { kind: 'date' | 'year' | 'reference' | 'ordinal' | 'marker'; start: number; end: number; text: string; day?: number; month?: number; year?: number };

/** A number the reader could not tie to what it counts. */
export type Unknown = { start: number; end: number; text: string };

export type SentenceNumbers = { figures: Figure[]; others: Other[]; unknown: Unknown[] };

const Y = String.raw`(?:19[5-9]\d|20\d\d)`;
const ROMAN = String.raw`(?:i{1,3}|iv|v|vi{0,3}|ix|x)`;

type Rule = { kind: Other['kind']; pattern: RegExp; date?: (m: RegExpExecArray) => Pick<Other, 'day' | 'month' | 'year'> };

// In order: a span taken by one rule is not read again by the next.
const RULES: Rule[] = [
  { kind: 'marker', pattern: /^\s*(?:\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\(\d{1,2}\))(?:\s|$)/g },
  // A name in quotes ("Xây dựng gia đình 5 không 3 sạch", "Năm 2025 - Năm ..."): part of the name.
  { kind: 'reference', pattern: /[“"][^”"]{0,160}?\d[^”"]{0,160}?[”"]/g },
  { kind: 'reference', pattern: new RegExp(String.raw`\b\d+[a-z]?\s*(?:\/\s*${Y}\s*)?(?:\/|-)\s*[a-z][a-z0-9&.]*(?:[-–][a-z0-9&.]+)*(?:\s*\/\s*[a-z][a-z0-9&.-]*)*`, 'g') },
  { kind: 'date', pattern: new RegExp(String.raw`\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(${Y})\b`, 'g'), date: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }) },
  { kind: 'date', pattern: new RegExp(String.raw`\b(\d{1,2})\s*[\/.-]\s*(\d{1,2})\s*[\/.-]\s*(${Y})\b`, 'g'), date: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }) },
  { kind: 'date', pattern: new RegExp(String.raw`\bquy\s+(${ROMAN}|\d)(?:\s*(?:,|va|-|–)\s*(?:${ROMAN}|\d))*\s*(?:\/|nam)\s*(${Y})\b`, 'g'), date: (m) => ({ month: quarterEnd(m[1]), year: Number(m[2]) }) },
  { kind: 'date', pattern: new RegExp(String.raw`\b(?:thang\s+)?(\d{1,2})\s*(?:\/|nam)\s*(${Y})\b`, 'g'), date: (m) => ({ month: Number(m[1]), year: Number(m[2]) }) },
  { kind: 'date', pattern: /\b(?:ngay\s+(\d{1,2})\s*[/-]|(?:truoc|den|tu|sau|va|hang)\s+(?:ngay\s+)?(\d{1,2})\s*\/)\s*(\d{1,2})\b(?!\s*[/,.]\s*\d)/g, date: (m) => ({ day: Number(m[1] ?? m[2]), month: Number(m[3]) }) },
  { kind: 'date', pattern: /\bthang\s+\d{1,2}(?:\s*(?:,|va|-|–|den)\s*(?:thang\s+)?\d{1,2})*\b(?!\s*(?:[/,]\s*\d|thang\b))/g },
  { kind: 'date', pattern: /\bngay\s+\d{1,2}(?:\s*(?:,|va|-|–|den)\s*\d{1,2})*\s+(?:hang\s+)?thang\b/g },
  { kind: 'year', pattern: new RegExp(String.raw`\b${Y}\s*[-–]\s*${Y}\b|\b${Y}\s*[-–]\s*\d{2}\b(?!\s*[\/,.]?\d)`, 'g') },
  { kind: 'year', pattern: new RegExp(String.raw`\b(?:nam|giai doan|thoi ky|nien do|khoa|den|tu|sau|truoc|cuoi|dau|het|ky)\s+${Y}\b`, 'g') },
  { kind: 'ordinal', pattern: /\b(?:tieu chi|tc|chi tieu|ct|noi dung|nhiem vu|muc tieu|so thu tu|stt)\s*(?:so\s*)?\d{1,2}(?!\d)(?:\.\d{1,2})?(?![,./]\d)(?:(?:\s*,\s+|\s*;\s*|\s+va\s+|\s*[-–]\s*|\s*,\s*(?:so|tc|tieu chi)\s*)(?:so\s*|tc\s*)?\d{1,2}(?:\.\d{1,2})?(?![,.]\d))*/g },
  { kind: 'ordinal', pattern: /(?<!\b(?:tong|tren tong|trong tong|trong|tren)\s)\bso\s+\d{1,2}(?!\d)(?:\.\d{1,2})?(?![,./]\d)(?:(?:\s*,\s+|\s+va\s+|\s*[-–]\s*)(?:so\s+)?\d{1,2}(?:\.\d{1,2})?(?![,./]\d))*/g },
  { kind: 'reference', pattern: /\b(?:dieu|khoan|diem|muc|phu luc|bieu|bieu mau|mau|mau so|chuong|phan|lan thu|thu|khoa|muc do|cap do|ky hop thu|hoi nghi lan thu|quyet dinh|nghi quyet|nghi dinh|thong tu|chi thi|ket luan|cong van|thong bao|to trinh|tap|top|hang|cap|loai|quoc lo|ql|tinh lo|dt|dh|duong tinh|duong huyen|nhom|vung|tieu vung|khu vuc|doi|to|so nha|km|tieu muc|tieu de|giai doan|buoc|ban chap hanh|dang bo|lan|the he|phien ban)\s*(?:so\s*|thu\s*)?\(?\d{1,4}(?!\d)[a-z]?\)?(?![,.]\d|\s*\/\s*\d)(?:(?:\s*,\s+|\s+va\s+|\s*[-–]\s*)\d{1,4}[a-z]?(?![,.]\d))*/g },
  { kind: 'ordinal', pattern: /\b\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\b(?!\d|,\d)/g },
  { kind: 'reference', pattern: /\b[a-z]{2,}-\d+\b/g },
  { kind: 'ordinal', pattern: /\(\d{1,2}\)|\b\d{1,2}\s*[+=]\s*\(?\d|\b\d+g\b|\b\d+\s*\/\s*\d+\s*\/\s*[a-z]/g },
  { kind: 'year', pattern: new RegExp(String.raw`\b${Y}\b(?![.,]\d|\s*\/\s*\d|\s*%)`, 'g') },
];

function quarterEnd(q: string): number {
  const n = /^\d$/.test(q) ? Number(q) : { i: 1, ii: 2, iii: 3, iv: 4 }[q] ?? 4;
  return n * 3;
}

const NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/y;
const BOUND_BEFORE = /\b(gan|hon|tren|khoang|xap xi|it nhat|toi thieu|toi thieu la|it nhat la|toi da|khong qua|khong vuot qua|duoi|chua den|chua toi|uoc|uoc dat|uoc khoang|vuot|len tren)\s*(?:la\s*)?$/;

/**
 * Reads every number of `text.flat[start, end)`: figures with their units, ratios, ranges and
 * bounds; dates, years, document numbers, criterion numbers and markers set apart; the rest unknown.
 *
 * @example
 * numbersOf(prepareText('Có 12 xã đạt từ 15 đến 18 tiêu chí, chiếm 20,3%'), 0, 44).figures.map((f) => f.unit) // ['xa', 'tieu chi', '%']
 */
export function numbersOf(text: PlanText, start: number, end: number): SentenceNumbers {
  const s = text.folded.slice(start, end);
  const taken = new Uint8Array(s.length);
  const others: Other[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of s.matchAll(rule.pattern)) {
      const a = m.index!;
      let b = a + m[0].trimEnd().length;
      // A list of numbers after "khu vực", "tiêu chí số" … ends before a number that counts something: "khu vực 1, 27 xã".
      if (rule.kind === 'reference' || rule.kind === 'ordinal') {
        for (const n of m[0].matchAll(/(?:,|\bva\b|[-–;])\s*(?:so\s*)?(\d+)/g)) {
          const at = a + n.index! + n[0].length;
          if (unitAt(s.slice(at))) {
            b = a + n.index!;
            break;
          }
        }
      }
      const first = a + m[0].search(/\d/);
      if (first < a || taken[first]) continue;
      if (rule.kind === 'year' && /^\s*(?:\d[\d.,]*\s*)?(?:xa|thon|ho|nguoi|ty|trieu|%)\b/.test(s.slice(b, b + 12)) && /^\d/.test(m[0])) continue;
      for (let i = a; i < b; i++) taken[i] = 1;
      others.push({ kind: rule.kind, start: start + a, end: start + b, text: text.flat.slice(start + a, start + b), ...(rule.date ? rule.date(m as unknown as RegExpExecArray) : {}) });
    }
  }
  const figures: Figure[] = [];
  const unknown: Unknown[] = [];
  const pending: Pending[] = [];
  for (let i = 0; i < s.length; i++) {
    if (taken[i] || !/\d/.test(s[i]) || (i > 0 && /[\d.,]/.test(s[i - 1]) && /\d/.test(s[i - 2] ?? ''))) continue;
    // A digit inside a word ("d4u", "c6" in a bad scan, "x3") is a letter misread, not a number.
    if (i > 0 && /[\p{L}¢€£]/u.test(s[i - 1])) {
      while (i + 1 < s.length && /[\d\p{L}]/u.test(s[i + 1])) i++;
      continue;
    }
    const n = readNumber(s, i);
    if (!n) continue;
    // "1én", "1a", "1€" in a bad scan: a letter read as a digit, glued to the word it belongs to (a unit glued to its number, "350km", is read).
    if (/^[\p{L}¢€£&]/u.test(s.slice(n.end)) && !unitAt(s.slice(n.end))) {
      i = n.end;
      while (i < s.length && /[\p{L}\d¢€£&]/u.test(s[i])) i++;
      continue;
    }
    let b = n.end;
    let ratio: Num | undefined;
    // "61/207", "37 xã/120 xã": a ratio.
    const slash = /^\s*(?:([a-z][a-z ]{0,12}?)\s*)?\/\s*/.exec(s.slice(b));
    if (slash && /\d/.test(s[b + slash[0].length] ?? '') && (!slash[1] || unitAt(slash[1]) === slash[1].trim())) {
      const d = readNumber(s, b + slash[0].length);
      // "1.286 tiêu chí/92 xã", "14 tiêu chí/1 xã": a rate of two units, not a part of a whole.
      const rate = d && slash[1] && unitAt(s.slice(d.end)) !== undefined && unitAt(s.slice(d.end)) !== unitAt(slash[1]);
      if (d && !taken[b + slash[0].length] && !rate) {
        ratio = d;
        b = d.end;
      }
    }
    // "71, 4 tỉ đồng", "228, 763 triệu đồng": a decimal comma printed with a space, before an amount.
    const spaced = ratio || n.decimals ? null : /^,\s(\d{1,3})(?=\s*(?:ty|ti|trieu|nghin|ngan)\b)/.exec(s.slice(b));
    if (spaced && !taken[b + 2]) {
      n.value = Number(`${s.slice(n.start, n.end).replace(/\./g, '')}.${spaced[1]}`);
      n.decimals = spaced[1].length;
      b += spaced[0].length;
      n.end = b;
    }
    // "25-30 sản phẩm", "15 đến 18 tiêu chí", "13,5 - 14": a range, its second number read with it.
    let high: Num | undefined;
    const range = ratio ? null : /^\s*(?:[-–]|den|toi)\s*/.exec(s.slice(b));
    if (range && /\d/.test(s[b + range[0].length] ?? '') && !taken[b + range[0].length]) {
      const h = readNumber(s, b + range[0].length);
      if (h && h.value > n.value && !/^\s*\/\s*\d/.test(s.slice(h.end))) {
        high = h;
        b = h.end;
      }
    }
    for (let k = i; k < b; k++) taken[k] = 1;
    pending.push({ a: i, b, n, ratio, high });
    i = b - 1;
  }
  const absorbed = new Set<number>();
  for (const [index, p] of pending.entries()) {
    if (absorbed.has(index)) continue;
    const figure = figureOf(s, p, start, text);
    if (figure) figures.push(figure);
    else {
      // "từ 48 lên 60 xã", "12 và 15 xã", "cơ bản đạt 4/19" (after "13/19 tiêu chí"): the unit of a neighbour.
      const next = pending[index + 1];
      const joined = next && /^\s*(?:xa\s+)?(?:len|den|toi|xuong|con|-|–|va|hoac|,|tang len|giam xuong|so voi|trong tong so|tren tong so|trong so|tren)\s*(?:(?:gan|hon|khoang|it nhat|toi thieu)\s+)?$/.test(s.slice(p.b, next.a)) ? figureOf(s, next, start, text) : undefined;
      // "185 trong tổng số 220 xã": 185 of the 220.
      if (joined && /^\s*(?:trong tong so|tren tong so|trong so)\s*$/.test(s.slice(p.b, next!.a)) && joined.kind !== 'percent' && next!.n.value >= p.n.value) {
        p.ratio = next!.n;
        p.b = next!.b;
        absorbed.add(index + 1);
      }
      const previous = figures[figures.length - 1];
      const borrowed = joined?.unit !== undefined && joined.kind !== 'percent' ? joined
        : previous && p.ratio && previous.of === p.ratio.value ? previous
          : previous && previous.kind === 'money' && /^\s*(?:[,;)]|$)/.test(s.slice(p.b)) && /(?:,|va|\()\s*(?:[a-z ]{2,40})?$/.test(s.slice(0, p.a)) && money(s.slice(0, p.a)) ? previous : undefined;
      if (borrowed) figures.push(makeFigure(s, p, start, text, borrowed.unit, borrowed.kind));
      else if (p.ratio && p.ratio.value >= p.n.value) figures.push(makeFigure(s, p, start, text, '', 'count'));
      else {
        const noun = nounBefore(s.slice(Math.max(0, p.a - 80), p.a));
        if (noun) figures.push(makeFigure(s, p, start, text, noun, unitKind(noun)));
        else unknown.push({ start: start + p.a, end: start + p.b, text: text.flat.slice(start + p.a, start + p.b) });
      }
    }
  }
  figures.sort((x, y) => x.start - y.start);
  return { figures, others: others.sort((x, y) => x.start - y.start), unknown };
}

/** Money named just before: "vốn sự nghiệp hơn 3,4" after "vốn đầu tư gần 7,1 tỷ". */
function money(before: string): boolean {
  return /\b(von|ngan sach|kinh phi|nguon|nstw|nsdp|tin dung|huy dong|dong gop)\b/.test(before.slice(-60));
}

type Num = { value: number; decimals: number; end: number; start: number };
type Pending = { a: number; b: number; n: Num; ratio?: Num; high?: Num };

function readNumber(s: string, at: number): Num | undefined {
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(s);
  if (!m) return undefined;
  const parsed = parseVietnameseNumber(m[0]);
  if (!parsed) return undefined;
  return { value: parsed.value, decimals: parsed.decimals, start: at, end: at + m[0].length };
}

// "Tổng số xã: 207", "số xã đạt chuẩn là 60", "Số hộ nghèo còn 1.234", "tỷ lệ ... đạt 79": the noun comes first.
function nounBefore(before: string): string | undefined {
  const clause = before.split(/[;(]/).pop() ?? '';
  const m = /\b(?:tong so|so luong|so|tong)\s+([a-z][a-z ,]{0,30}?)\b[^.;:]{0,50}?(?::|\bla\b|\bdat\b|\bco\b|\bcon\b|\bgom\b|\blen\b|\bthem\b|\btang\b)\s*(?:(?:gan|hon|khoang|tren)\s+)?$/.exec(clause);
  if (m) {
    const unit = unitAt(m[1]);
    if (unit) return unit;
  }
  if (/\bty le\b[^.;:%]{0,80}$/.test(clause) && /\b(?:dat|la|len|con|:)\s*(?:(?:gan|hon|khoang|tren)\s+)?$/.test(clause)) return 'ty le';
  return undefined;
}

function figureOf(s: string, p: Pending, start: number, text: PlanText): Figure | undefined {
  const rest = s.slice(p.b);
  const percent = /^\s*%/.test(rest);
  if (p.high) {
    const unit = percent ? '%' : unitAt(rest);
    if (!unit) return undefined;
    const figure = makeFigure(s, p, start, text, unit, percent ? 'percent' : unitKind(unit), percent ? rest.indexOf('%') + 1 : unitEnd(rest));
    figure.high = p.high.value;
    figure.highText = text.flat.slice(start + p.high.start, start + p.high.end);
    figure.decimals = Math.max(p.n.decimals, p.high.decimals);
    return figure;
  }
  if (percent) return makeFigure(s, p, start, text, '%', 'percent', rest.indexOf('%') + 1);
  // "37 xã/120 xã": the unit between the numerator and the slash.
  const between = p.ratio ? /^\s*([a-z][a-z ]{0,12}?)\s*\//.exec(s.slice(p.n.end)) : null;
  const unit = unitAt(rest) ?? (between ? unitAt(between[1]) : undefined);
  if (!unit) return undefined;
  const width = between && !unitAt(rest) ? 0 : unitEnd(rest);
  return makeFigure(s, p, start, text, unit, unitKind(unit), width);
}

function makeFigure(s: string, p: Pending, start: number, text: PlanText, unit: string, kind: Figure['kind'], width = 0): Figure {
  const before = s.slice(Math.max(0, p.a - 24), p.a);
  const after = s.slice(p.b + width, p.b + width + 30);
  const word = BOUND_BEFORE.exec(before)?.[1];
  let bound: Bound = 'exact';
  if (/^\s*(?:[a-z ]{0,20})?\btro len\b/.test(after) || word === 'it nhat' || word === 'toi thieu' || word === 'toi thieu la' || word === 'it nhat la') bound = 'atLeast';
  else if (/^\s*(?:[a-z ]{0,20})?\btro xuong\b/.test(after) || word === 'toi da' || word === 'khong qua' || word === 'khong vuot qua') bound = 'atMost';
  else if (word === 'gan') bound = 'near';
  else if (word === 'hon' || word === 'tren' || word === 'vuot' || word === 'len tren') bound = 'over';
  else if (word === 'khoang' || word === 'xap xi' || word === 'uoc' || word === 'uoc dat' || word === 'uoc khoang') bound = 'about';
  else if (word === 'duoi' || word === 'chua den' || word === 'chua toi') bound = 'under';
  const end = start + p.b + width;
  return {
    value: p.n.value, decimals: p.n.decimals, text: text.flat.slice(start + p.n.start, start + p.n.end), unit, kind,
    ...(p.ratio ? { of: p.ratio.value, ofText: text.flat.slice(start + p.ratio.start, start + p.ratio.end) } : {}),
    bound, start: start + p.a, end,
  };
}

/** The interval a figure allows, at the digits it shows: "gần 7,1" is [7,0; 7,1], "hơn 3,4" [3,4; 3,5], "7,1" [7,05; 7,15]. */
export function intervalOf(figure: Pick<Figure, 'value' | 'high' | 'decimals' | 'bound' | 'text'> & { unit?: string }): [number, number] {
  const unit = stepOf(figure);
  const high = figure.high ?? figure.value;
  switch (figure.bound) {
    case 'near': return [figure.value - unit, figure.value];
    case 'over': return [figure.value, high + unit];
    case 'under': return [0, figure.value];
    case 'atLeast': return [figure.value, Infinity];
    case 'atMost': return [0, high];
    case 'about': return [figure.value - unit, high + unit];
    default: return [figure.value - 0.5 * 10 ** -figure.decimals, high + 0.5 * 10 ** -figure.decimals];
  }
}

/** One unit of the last significant digit shown: 0,1 for "3,4", 100 for "300", 1 for "7". */
function stepOf(figure: Pick<Figure, 'decimals' | 'text' | 'value'> & { unit?: string }): number {
  if (figure.decimals > 0) return 10 ** -figure.decimals;
  // "gần 90%" is a point or so below 90, not anything from 80.
  if (figure.unit === '%') return 1;
  const digits = figure.text.replace(/\D/g, '');
  const zeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return 10 ** Math.min(zeros, Math.max(0, digits.length - 1));
}
