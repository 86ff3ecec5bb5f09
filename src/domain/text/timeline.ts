import { fold } from './fold';

/** A parsed "Thời gian" cell. */
export type Timeline =
  | { kind: 'recurring'; every: 'continuous' | 'monthly' | 'quarterly' | 'yearly' | 'periodic' | 'ad-hoc' }
  | { kind: 'quarters'; quarters: number[]; year?: number }
  | { kind: 'months'; months: number[]; year?: number }
  | { kind: 'deadline'; day?: number; month: number; year?: number }
  | { kind: 'year'; year: number }
  | { kind: 'as-planned' }
  | { kind: 'all'; parts: Timeline[] };

const RECURRING: [string, Extract<Timeline, { kind: 'recurring' }>['every']][] = [
  ['thuong xuyen', 'continuous'], ['lien tuc', 'continuous'], ['ca nam', 'continuous'], ['trong nam', 'continuous'],
  ['hang thang', 'monthly'], ['hang quy', 'quarterly'], ['hang nam', 'yearly'], ['dinh ky', 'periodic'],
  ['dot xuat', 'ad-hoc'], ['khi co yeu cau', 'ad-hoc'], ['theo yeu cau', 'ad-hoc'],
];
const AS_PLANNED = /^theo (ke hoach|tien do|lo trinh|quy dinh|huong dan)/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function year(text: string | undefined): number | undefined {
  return text ? Number(text) : undefined;
}

function listOf(text: string, max: number, roman: boolean): number[] | null {
  const items = text.split(/\s*(?:,|va|-)\s*/).filter(Boolean);
  const numbers = items.map((item) => (roman && ROMAN[item] !== undefined ? ROMAN[item] : /^\d{1,2}$/.test(item) ? Number(item) : NaN));
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > max)) return null;
  const range = /^\s*(\w+)\s*-\s*(\w+)\s*$/.exec(text);
  if (range && numbers.length === 2) return Array.from({ length: numbers[1] - numbers[0] + 1 }, (_, i) => numbers[0] + i);
  return numbers;
}

function parsePiece(piece: string): Timeline | null {
  for (const [phrase, every] of RECURRING) if (piece === phrase) return { kind: 'recurring', every };
  if (AS_PLANNED.test(piece)) return { kind: 'as-planned' };
  const quarters = /^(?:cac )?quy ([ivx\d ,-]+?|[ivx\d]+(?: (?:va|,) [ivx\d]+)*)(?:\/(\d{4})| nam (\d{4}))?$/.exec(piece);
  if (quarters) {
    const list = listOf(quarters[1].replace(/\s*,\s*/g, ','), 4, true);
    if (list && list.length > 0) return { kind: 'quarters', quarters: list, year: year(quarters[2] ?? quarters[3]) };
  }
  const months = /^thang ([\d ,-]+?|\d+(?: va (?:thang )?\d+)*)(?:\/(\d{4})| nam (\d{4}))?$/.exec(piece);
  if (months) {
    const list = listOf(months[1].replace(/thang /g, ''), 12, false);
    if (list && list.length > 0) return { kind: 'months', months: list, year: year(months[2] ?? months[3]) };
  }
  // "trước 20/9/2025", "trước ngày 10/6"; a whole date alone is the day it is due ("30/06/2027", a date cell).
  const deadline = /^(?:truoc|den|cham nhat|han|trong)(?: ngay| thang)? (\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(piece) ?? /^(?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(piece);
  if (deadline) {
    const [day, month] = [Number(deadline[1]), Number(deadline[2])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return { kind: 'deadline', day, month, year: year(deadline[3]) };
  }
  const deadlineMonth = /^(?:truoc|den|trong) thang (\d{1,2})(?:\/(\d{4}))?$/.exec(piece);
  if (deadlineMonth && Number(deadlineMonth[1]) <= 12) return { kind: 'deadline', month: Number(deadlineMonth[1]), year: year(deadlineMonth[2]) };
  // "Từ tháng 3 đến tháng 10/2027", "Từ quý II đến quý IV năm 2027"
  const span = /^tu (thang|quy) (\w+) den(?: het)? (?:thang|quy) (\w+)(?:\/(\d{4})| nam (\d{4}))?$/.exec(piece);
  if (span) {
    const quarter = span[1] === 'quy';
    const range = listOf(`${span[2]}-${span[3]}`, quarter ? 4 : 12, quarter);
    if (range && range.length > 0) return quarter ? { kind: 'quarters', quarters: range, year: year(span[4] ?? span[5]) } : { kind: 'months', months: range, year: year(span[4] ?? span[5]) };
  }
  // "6 tháng đầu năm 2027", "06 tháng cuối năm", "9 tháng đầu năm", "nửa đầu năm 2027", "đầu năm", "cuối năm 2027"
  const part = /^(?:(\d{1,2}) thang|nua) (dau|cuoi)(?: nam)?(?:(?: nam)? (\d{4}))?$/.exec(piece) ?? /^(dau|cuoi) nam(?: (\d{4}))?$/.exec(piece);
  if (part) {
    const whole = part.length === 4;
    const count = whole ? (part[1] ? Number(part[1]) : 6) : 3;
    const first = (whole ? part[2] : part[1]) === 'dau';
    const yearText = whole ? part[3] : part[2];
    if (count >= 1 && count <= 12) return { kind: 'months', months: Array.from({ length: count }, (_, i) => (first ? i + 1 : 12 - count + i + 1)), year: year(yearText) };
  }
  const onlyYear = /^(?:nam )?(\d{4})$/.exec(piece);
  if (onlyYear) return { kind: 'year', year: Number(onlyYear[1]) };
  return null;
}

/**
 * Reads a "Thời gian" cell: "Thường xuyên", "Hàng quý", "Định kỳ và đột xuất", "Quý I",
 * "Quý II, III, IV", "Quý IV/2019", "Tháng 3, 7", "Tháng 3-10", "Tháng 6 và tháng 12",
 * "trước 20/9/2025", "trước ngày 10/6", "30/06/2027", "6 tháng đầu năm 2027", "cuối năm",
 * "Theo kế hoạch đã được phê duyệt". Null when it
 * cannot be read.
 *
 * @example
 * parseTimeline('Quý II, III')  // { kind: 'quarters', quarters: [2, 3] }
 * parseTimeline('Tháng 3-10')   // { kind: 'months', months: [3, 4, 5, 6, 7, 8, 9, 10] }
 */
export function parseTimeline(text: unknown): Timeline | null {
  const folded = fold(text, ',/-;').replace(/\s*([,;/-])\s*/g, '$1').replace(/,/g, ', ').replace(/-/g, ' - ').replace(/\//g, '/');
  const normal = folded.replace(/\s+/g, ' ').trim();
  if (!normal) return null;
  const whole = parsePiece(normal.replace(/ - /g, '-').replace(/-/g, ' - '));
  if (whole) return whole;
  // A span between two dated times: "Quý IV/2027 - Quý I/2028", "Tháng 11/2027 - tháng 02/2028".
  const ends = normal.split(' - ');
  if (ends.length === 2) {
    const [from, to] = ends.map(parsePiece);
    if (from && to) return { kind: 'all', parts: [from, to] };
  }
  const pieces = normal.split(/\s*(?:;|,| va | hoac )\s*/).filter(Boolean);
  if (pieces.length < 2) return null;
  const parts: Timeline[] = [];
  for (const piece of pieces) {
    const parsed = parsePiece(piece);
    if (!parsed) return null;
    parts.push(parsed);
  }
  return { kind: 'all', parts };
}
