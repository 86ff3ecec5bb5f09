import { parseThreshold, type Threshold } from '../catalog/thresholds';
import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import type { Table } from '../table/types';
import { fold } from '../text/fold';

/** A threshold on a number (a share, an amount), never a bare "Đạt". */
export type NumericThreshold = Exclude<Threshold, { kind: 'met' }>;

/**
 * A threshold a table states in a line of its own — its subtitle, a legend, a note under it:
 * "(Ngưỡng đạt: tỷ lệ hộ nghèo ≤ 3%)", "Tiêu chí 2.2 đạt khi tỷ lệ ≥ 50%", "tỷ lệ hộ nghèo đa chiều ≤ 1%
 * (nhóm 1), ≤ 3% (nhóm 2), ≤ 6% (nhóm 3)". Read once by the analysis, with the line it comes from.
 */
export type StatedThreshold = {
  /** The line: its sheet, its first cell and its words as typed. */
  sheet: string;
  cell: string;
  text: string;
  /** What the threshold is of, folded ("ty le ho ngheo da chieu"); empty when the line names nothing ("Chỉ tiêu đạt chuẩn: ≥ 90%"). */
  subject: string;
  /** The indicator the line names ("2.2"), when it names one. */
  code?: string;
  /** The criterion the line names ("tiêu chí 6", or the criterion of its indicator). */
  criterion?: number;
  /** The threshold for every commune (`all`) or per commune group (1, 2, 3). */
  byGroup: Partial<Record<'all' | 1 | 2 | 3, NumericThreshold>>;
};

/** Words saying a line states what it takes to meet something; a word comparator ("dưới", "từ … trở lên") counts only beside one. */
const INTENT = ['nguong', 'dat khi', 'dat chuan', 'chi tieu dat', 'muc dat', 'muc quy dinh', 'yeu cau', 'phai dat', 'dieu kien', 'duoc danh gia dat', 'duoc cong nhan dat', 'tieu chi dat'];
/** Words of a target or a plan, not of a threshold ("Phấn đấu tỷ lệ … ≥ 60%"). */
const NOT_THRESHOLD = ['phan dau', 'ke hoach', 'muc tieu', 'du kien', 'giao chi tieu', 'so voi'];

const SYMBOL = '>=|<=|>|<';
const WORD = 'khong vuot qua|khong qua|khong duoi|khong thap hon|khong cao hon|khong lon hon|toi thieu|toi da|it nhat|dat tu|tu|duoi|tren|thap hon|cao hon|nho hon|lon hon';
const COMPARISON = new RegExp(`(?:^|\\s)(${SYMBOL}|${WORD})\\s*(\\d+(?:[.,]\\d+)*)\\s*(%?)\\s*(tro len|tro xuong)?`, 'g');
/** What may follow a threshold's number: the end, a separator, its group, another threshold. */
const FOLLOWS = /^\s*($|[,;):.]|\(?\s*nhom\s*[123]\b|va\b|hoac\b|doi voi\b|(>=|<=|>|<)\s*\d)/;
const GROUP_AFTER = /^\s*\(?\s*nhom\s*([123])\s*\)?/;
const GROUP_BEFORE = /nhom\s*([123])\s*:?\s*$/;
const CODE = /\b(?:tieu chi|chi tieu|tc)\s*(?:so\s*)?(\d{1,2})(?:\.(\d{1,2}))?\b/;

/** A line prepared for reading: symbols spelled out, folded, keeping what numbers and clauses need. */
function prepare(text: string): string {
  return fold(text.replace(/≥/g, ' >= ').replace(/≤/g, ' <= ').replace(/=>/g, ' >= ').replace(/=</g, ' <= '), '<>=,.:;()').replace(/\s+/g, ' ');
}

/** The subject of a clause, from the words before its first comparison. */
function subjectOf(before: string): string {
  let words = before.replace(/\bnhom\s*[123]\b/g, ' ').replace(/[()]/g, ' ');
  const colon = words.lastIndexOf(':');
  if (colon !== -1) words = words.slice(colon + 1).trim() || words.slice(0, colon);
  const when = /\bdat khi\b/.exec(words);
  if (when) words = words.slice(when.index + when[0].length);
  words = words.replace(CODE, ' ').replace(/\b(nguong dat|nguong|chi tieu dat chuan|chi tieu dat|dat chuan|ghi chu|chu thich|muc quy dinh|muc dat)\b/g, ' ');
  words = words.replace(/[,.:;]/g, ' ').replace(/\s+/g, ' ').trim();
  words = words.replace(/^((co|la|phai co|muc|trong do|rieng)\s+)+/, '').replace(/(\s+(phai|phai dat|dat|la|o muc|can))+$/, '').trim();
  return words === 'ty le' || words === 'ti le' || words.split(' ').length < 2 ? '' : words;
}

/**
 * The thresholds one line states, or none: a line that only mentions a number ("trẻ em dưới 5 tuổi",
 * "từ 13,9% đến 31%", "phấn đấu … 60%") states none.
 *
 * @example
 * readThresholdLine('(Ngưỡng đạt: tỷ lệ hộ nghèo ≤ 3%)') // [{ subject: 'ty le ho ngheo', byGroup: { all: { kind: 'max', value: 3, … } } }]
 */
export function readThresholdLine(text: string): Omit<StatedThreshold, 'sheet' | 'cell' | 'text'>[] {
  const line = prepare(text);
  if (!/\d/.test(line) || !/(>=|<=|>|<|\b(toi thieu|toi da|khong qua|khong vuot qua|khong duoi|tro len|tro xuong|duoi|tren|tu)\b)/.test(line)) return [];
  const intent = INTENT.some((phrase) => new RegExp(`\\b${phrase}\\b`).test(line));
  const found: Omit<StatedThreshold, 'sheet' | 'cell' | 'text'>[] = [];
  for (const clause of line.split(/;|\.\s+(?=[a-z])/)) {
    if (NOT_THRESHOLD.some((phrase) => new RegExp(`\\b${phrase}\\b`).test(clause))) continue;
    const byGroup: StatedThreshold['byGroup'] = {};
    let first = -1;
    let read = 0;
    for (const match of clause.matchAll(COMPARISON)) {
      const [whole, comparator, number, percent, direction] = match;
      const end = match.index! + whole.length;
      // A range ("từ 13,9% đến 31%") or a number of something else ("dưới 5 tuổi") is no threshold.
      if (!FOLLOWS.test(clause.slice(end))) continue;
      const symbol = /^[<>]/.test(comparator);
      if (!symbol && !intent && !percent) continue;
      const threshold = parseThreshold(`${comparator} ${number}${percent}${direction ? ` ${direction}` : ''}`);
      if (!threshold || threshold.kind === 'met') continue;
      // Said the one way whatever the words: "≥ 85%", "< 35%".
      const typed = `${threshold.kind === 'min' ? (threshold.strict ? '>' : '≥') : threshold.strict ? '<' : '≤'} ${number}${percent}`;
      const group = Number(GROUP_AFTER.exec(clause.slice(end))?.[1] ?? GROUP_BEFORE.exec(clause.slice(0, match.index!))?.[1] ?? 0);
      const key = group === 1 || group === 2 || group === 3 ? group : 'all';
      if (byGroup[key]) continue;
      byGroup[key] = { ...threshold, text: typed };
      if (first === -1) first = match.index!;
      read++;
    }
    if (read === 0) continue;
    const before = clause.slice(0, first);
    const code = CODE.exec(before) ?? CODE.exec(clause);
    const subject = subjectOf(before);
    // "Tỷ lệ hộ nghèo: nhóm 1 ≤ 1%; nhóm 2 ≤ 3%": a clause of only a group goes on the clause before.
    const previous = found[found.length - 1];
    if (previous && !subject && !code && /^\s*nhom\s*[123]\s*:?\s*$/.test(before)) {
      for (const [key, threshold] of Object.entries(byGroup) as [keyof StatedThreshold['byGroup'], NumericThreshold][]) previous.byGroup[key] ??= threshold;
      continue;
    }
    const symbolOnly = !intent && !subject;
    // A bare comparison with nothing it is of, in a line that says nothing of meeting: not read.
    if (symbolOnly && !code) continue;
    found.push({
      subject,
      code: code?.[2] ? `${code[1]}.${code[2]}` : undefined,
      criterion: code ? Number(code[1]) : undefined,
      byGroup,
    });
  }
  return found;
}

/**
 * The thresholds a table states in the lines of its region outside its header and body: its title
 * and subtitle rows, its legend, its notes. One line is one row's texts read together.
 *
 * @example
 * statedThresholdsOf(grid, table).map((t) => t.cell) // ['A2']
 */
export function statedThresholdsOf(grid: Grid, table: Table): StatedThreshold[] {
  const rows: number[] = [];
  for (let row = table.region.top; row < table.header.top; row++) rows.push(row);
  for (let row = table.body.bottom + 1; row <= table.region.bottom; row++) rows.push(row);
  const found: StatedThreshold[] = [];
  for (const row of rows) {
    const cells: { col: number; text: string }[] = [];
    for (let col = table.region.left; col <= table.region.right; col++) {
      const value = grid.value(row, col);
      if (typeof value === 'string' && value.trim()) cells.push({ col, text: value.trim() });
    }
    if (cells.length === 0) continue;
    const text = cells.map((c) => c.text).join(' ');
    for (const threshold of readThresholdLine(text)) found.push({ sheet: grid.name, cell: a1(row, cells[0].col), text, ...threshold });
  }
  return found;
}
