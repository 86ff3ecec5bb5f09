import { parseVietnameseNumber } from '../text/numbers';
import type { Grid } from '../sheet/grid';
import { fold, foldedLetter, hasAnyWords, startsWithWords } from '../text/fold';
import { atLeast } from './atLeast';
import { parseLegend, readMark, type Legend } from '../text/legend';
import { parseRoleLegend, type Role, type RoleLegend } from '../text/roleMarks';
import { markerOf, MarkerLevels, type Marker } from '../text/bullets';
import { AmongParts } from './parts';
import { readStated } from '../sheet/stated';
import { inPercentUnits } from '../sheet/shareUnits';
import { columnFormula, readNumberCell } from './columnNumbers';
import { parseGroupLabel } from '../text/groupLabel';
import { parseCriterionRef } from '../text/codes';
import { meaningOf, SOURCE_WORDS, yearsIn } from './meanings';
import { BARE_SHARE, BODY_END_WORDS, isStructureLabel, isTotalsLabel, SIGNATURE_WORDS, startsAsTotal, TOTAL_WORDS, totalOfItems, isBreakdownLabel } from '../text/vocabulary';
import type { Axis, Column, ColumnFormula, Meaning, Row, Table } from './types';
import { isAgencyRow } from '../text/agencies';
import { holdsCounts } from './counts';

/** How far below its search start a table's header may begin. */
const SEARCH_ROWS = 15;
const MAX_DEPTH = 3;
/** Rows read to learn what a column holds. */
const SAMPLE_ROWS = 300;

export type TableContext = { planYear?: number };

/** A sheet's tables and what stands around them (the legend of marks, a "Tổng số xã" line). */
export type SheetTables = { tables: Table[]; legend?: Legend };

const FOUND = new WeakMap<Grid, Map<number | undefined, SheetTables>>();

/**
 * Finds every table of a sheet and describes it: header block, column-number row, unit line,
 * columns and their meanings, rows and their roles, totals and hierarchy. Made once per grid.
 *
 * @example
 * const { tables } = readTables(grid, { planYear: 2027 });
 * tables[0].columns.map((c) => c.meaning) // ['tt', 'label', 'units', 'baseline', 'added', 'cumulative', 'share']
 */
export function readTables(grid: Grid, context: TableContext = {}): SheetTables {
  let byYear = FOUND.get(grid);
  if (!byYear) FOUND.set(grid, (byYear = new Map()));
  let found = byYear.get(context.planYear);
  if (!found) byYear.set(context.planYear, (found = findTables(grid, context)));
  return found;
}

/** The first two letters of the signature words ("no", "tm", "kt", "ng"), as codes. */
const SIGNATURE_STARTS = new Set(SIGNATURE_WORDS.map((words) => words.charCodeAt(0) * 65536 + words.charCodeAt(1)));

/**
 * The last row before each signature block ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Người lập biểu"), top
 * down: a table's region ends there, and below one only a table with a header over numbers starts
 * (two forms printed on one sheet, each signed), never a list of words ("Nơi nhận: - Như trên").
 */
function signatureRows(grid: Grid): number[] {
  const rows: number[] = [];
  for (const { row, col } of grid.scan().longTexts) {
    if (rows.length > 0 && rows[rows.length - 1] === row - 1) continue;
    // A text beginning with two letters folds to one beginning with them in lower case, diacritics dropped.
    const raw = grid.raw(row, col);
    const initial = asciiWordChar(raw.charCodeAt(0));
    const second = initial > 57 ? foldedLetter(raw.charCodeAt(1)) : 0;
    if (second > 0 && !SIGNATURE_STARTS.has(initial * 65536 + second)) continue;
    if (startsWithWords(grid.text(row, col), SIGNATURE_WORDS)) rows.push(row - 1);
  }
  return rows;
}


/**
 * The first row of the sheet's first table header, found without reading the table (the rows above it
 * are the sheet's titles).
 *
 * @example
 * firstHeaderRow(grid) === 4
 */
export function firstHeaderRow(grid: Grid): number | undefined {
  return findBoundary(grid, grid.top, findLegend(grid)?.legend)?.top;
}

function findTables(grid: Grid, context: TableContext): SheetTables {
  const tables: Table[] = [];
  const legend = findLegend(grid);
  let from = grid.top;
  const signatures = signatureRows(grid);
  while (from <= grid.bottom && tables.length < 20) {
    const signed = signatures.length > 0 && signatures[0] < from;
    const boundary = findBoundary(grid, from, legend?.legend, !signed);
    if (!boundary) break;
    // Below the first signature, look again for a header over numbers only.
    if (!signed && signatures.length > 0 && boundary.top > signatures[0]) {
      from = signatures[0] + 1;
      continue;
    }
    // Tables side by side across a blank column: each read in its own columns.
    const windows = sideBySide(grid, boundary, from, legend?.legend);
    const found = (windows ? windows.map(([left, right]) => readTable(grid.window(left, right), from, context, legend?.legend)) : [readTable(grid, from, context, legend?.legend)])
      .filter((table): table is Table => table !== null);
    if (found.length === 0) break;
    for (const table of found) {
      if (legend) {
        table.legend = { row: legend.row, col: legend.col, text: grid.raw(legend.row, legend.col) };
        table.legendMarks = legend.legend;
      }
      tables.push(table);
    }
    from = Math.max(...found.map((table) => table.body.bottom)) + 1;
  }
  setRegions(grid, tables, signatures);
  for (const table of tables) {
    const roles = roleLegendOf(grid, table);
    if (roles.size > 0) table.roleLegend = roles;
  }
  return { tables, legend: legend?.legend };
}

/**
 * The role marks defined around a table — its title lines, its header, the notes under it ("C: Chủ
 * trì; P: Phối hợp", "Cơ quan chủ trì (CT), phối hợp (PH)") — the first definition of a mark holding.
 */
function roleLegendOf(grid: Grid, table: Table): RoleLegend {
  const legend = new Map<string, Exclude<Role, 'unclear'>>();
  const { region } = table;
  for (let row = region.top; row <= region.bottom; row++) {
    if (row > table.header.bottom && row <= table.body.bottom) continue;
    for (let col = region.left; col <= region.right; col++) {
      const text = grid.raw(row, col).trim();
      if (!text || !/[:=()\-\u2010-\u2015\u2212]/.test(text)) continue;
      for (const [mark, role] of parseRoleLegend(text)) if (!legend.has(mark)) legend.set(mark, role);
    }
  }
  return legend;
}

/**
 * What each table owns of its sheet: from below the table above it (its title rows, a "Tổng số xã"
 * line) to above the next one or the signature under it, in its own columns when side by side.
 */
function setRegions(grid: Grid, tables: Table[], signatures: readonly number[]): void {
  for (const table of tables) {
    const above = tables.filter((other) => other !== table && other.body.bottom < table.header.top && overlaps(other.body, table.body));
    const below = tables.filter((other) => other !== table && other.header.top > table.body.bottom && overlaps(other.body, table.body));
    const top = above.length ? Math.max(...above.map((other) => other.body.bottom)) + 1 : grid.top;
    const signed = signatures.find((row) => row >= table.body.bottom) ?? grid.bottom;
    const bottom = Math.min(signed, below.length ? Math.min(...below.map((other) => regionTop(other, tables))) - 1 : grid.bottom);
    table.region = { top: Math.min(top, table.header.top), bottom: Math.max(bottom, table.body.bottom), left: table.body.left, right: table.body.right };
  }
}

function regionTop(table: Table, tables: readonly Table[]): number {
  const above = tables.filter((other) => other !== table && other.body.bottom < table.header.top && overlaps(other.body, table.body));
  // Title rows between two tables belong to the lower one.
  return above.length ? Math.max(...above.map((other) => other.body.bottom)) + 1 : table.header.top;
}

function overlaps(a: { left: number; right: number }, b: { left: number; right: number }): boolean {
  return a.left <= b.right && b.left <= a.right;
}

/**
 * The column ranges of tables standing side by side under one header band, split where a column is
 * blank in the header and the first rows of data; null for one table.
 */
function sideBySide(grid: Grid, boundary: Boundary, from: number, legend: Legend | undefined): [number, number][] | null {
  const cols = grid.cols();
  const lastData = Math.min(grid.bottom, boundary.dataTop + 6);
  const used = (col: number) => {
    for (let row = boundary.top; row <= lastData; row++) if (!grid.isBlank(row, col) || grid.mergeOf(row, col)) return true;
    return false;
  };
  const ranges: [number, number][] = [];
  let start: number | null = null;
  for (const col of cols) {
    if (used(col)) { start ??= col; continue; }
    if (start !== null) ranges.push([start, col - 1]);
    start = null;
  }
  if (start !== null) ranges.push([start, cols[cols.length - 1]]);
  const headedIn = (left: number, right: number, top: number, bottom: number) => {
    let header = 0;
    for (let col = left; col <= right; col++) for (let row = top; row <= bottom; row++) if (grid.text(row, col) !== '') { header++; break; }
    return header;
  };
  // A table beside it may have its header a row higher or lower: found in its own columns.
  const ownHeader = (left: number, right: number) => {
    const own = findBoundary(grid.window(left, right), from, legend);
    return own !== null && !own.words && headedIn(left, right, own.top, own.bottom) >= 2;
  };
  const headedRanges = ranges.filter(([left, right]) => headedIn(left, right, boundary.top, boundary.bottom) >= 2 || (ranges.length > 1 && ownHeader(left, right)));
  // Labels without figures ("TT | Tiêu chí"), a blank column, then the figures: one table whose
  // clerk left a gap, not two side by side — a table of its own has figures or marks beside its labels.
  const figures = (left: number, right: number) => {
    for (let col = left + 1; col <= right; col++) for (let row = boundary.dataTop; row <= lastData; row++) if (grid.number(row, col) !== null || isMarkCell(grid, row, col, legend)) return true;
    return false;
  };
  const tables: [number, number][] = [];
  for (const range of headedRanges) {
    const previous = tables[tables.length - 1];
    if (previous && !figures(previous[0], previous[1])) previous[1] = range[1];
    else tables.push([range[0], range[1]]);
  }
  return tables.length >= 2 ? tables : null;
}

const LEGENDS = new WeakMap<Grid, { found?: { row: number; col: number; legend: Legend } }>();

/** The sheet's legend of marks, looked for once per grid. */
function findLegend(grid: Grid): { row: number; col: number; legend: Legend } | undefined {
  let known = LEGENDS.get(grid);
  if (!known) LEGENDS.set(grid, (known = { found: legendIn(grid) }));
  return known.found;
}

function legendIn(grid: Grid): { row: number; col: number; legend: Legend } | undefined {
  for (const { row, col } of grid.scan().longTexts) {
    const text = grid.raw(row, col);
    if (text.length > 400 || !/[-–:=)]/.test(text)) continue;
    const legend = parseLegend(text);
    if (legend) return { row, col, legend };
  }
  return undefined;
}

/** Own (not merged-in) non-empty cells of a row. */
function ownCells(grid: Grid, row: number): number[] {
  const cols: number[] = [];
  for (const col of grid.cols()) {
    const area = grid.mergeOf(row, col);
    if (area && (area.top !== row || area.left !== col)) continue;
    if (!grid.isBlank(row, col)) cols.push(col);
  }
  return cols;
}

function isNumeric(grid: Grid, row: number, col: number): boolean {
  const value = grid.value(row, col);
  if (typeof value === 'number') return true;
  if (typeof value !== 'string') return false;
  const stated = readStated(grid, row, col);
  return stated !== null && !stated.nil;
}

/** "(1) (2) (3) (4) (5)=(3)+(4)", "A B C 1 2 3=2/1": at least three tokens, the first at the table's first column. */
function isNumbersRow(grid: Grid, row: number, own: number[]): boolean {
  if (own.length < 3) return false;
  // It numbers every column of the header above, from the first (criterion numbers under "Các tiêu chí" do not).
  const firstHeaderCol = grid.cols().find((col) => grid.text(row - 1, col) !== '');
  if (firstHeaderCol !== undefined && own[0] > firstHeaderCol) return false;
  const cells = own.map((col) => readNumberCell(grid.value(row, col)));
  if (cells.some((cell) => cell === null)) return false;
  const labels = cells.map((cell) => cell!.label);
  if (!['1', 'A'].includes(labels[0]) || new Set(labels).size !== labels.length) return false;
  // Numbers rise left to right ("A B C 1 2 3", "1 2 3 4"): a data row of counts does not.
  const numbers = labels.filter((label) => /^\d+$/.test(label)).map(Number);
  return numbers.every((value, i) => i === 0 || value > numbers[i - 1]);
}

/**
 * A header row of criterion numbers: consecutive 1, 2, 3 … under a merged "Các tiêu chí" with nothing
 * typed left of them, or five and more beside the header's words ("TT | Tên xã | 1 | 2 … 10").
 */
function isNumberedHeader(grid: Grid, row: number, own: number[]): boolean {
  const numbers = own.filter((col) => typeof grid.value(row, col) === 'number' || /^\s*\d{1,2}\s*$/.test(grid.raw(row, col)));
  if (numbers.length < 3) return false;
  const values = numbers.map((col) => Number(grid.raw(row, col)));
  if (values[0] !== 1) return false;
  let run = 1;
  while (run < values.length && values[run] === values[run - 1] + 1) run++;
  if (own[0] === numbers[0]) return run === values.length && grid.text(row - 1, own[0]) !== '';
  // Indicator columns may follow the criteria ("… 10 | 6.2 | Tỷ lệ …").
  const before = own.filter((col) => col < numbers[0]);
  return run >= 5 && before.length >= 2 && before.every((col) => typeof grid.value(row, col) === 'string' && !isNumeric(grid, row, col));
}

function isMarkCell(grid: Grid, row: number, col: number, legend: Legend | undefined): boolean {
  const value = grid.value(row, col);
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (!text || text.length > 12 || isNumeric(grid, row, col)) return false;
  const status = readMark(text, undefined, legend);
  return status !== 'invalid' && (status !== 'not-met' || text !== '');
}

/**
 * A header row of years under a group ("Chia ra các năm" over 2026 | 2027 | … | 2030): two or more
 * years rising by one, typed as numbers or as "Năm 2027", with nothing typed left of them.
 */
function isYearsHeader(grid: Grid, row: number, own: number[]): boolean {
  if (own.length < 2) return false;
  const yearAt = (col: number) => {
    const value = grid.value(row, col);
    const text = typeof value === 'number' ? String(value) : grid.text(row, col).replace(/^nam\s+/, '');
    return /^20[0-4]\d$/.test(text) ? Number(text) : NaN;
  };
  const years = own.map(yearAt);
  const rising = (list: number[]) => list.every((year, i) => i === 0 || year === list[i - 1] + 1);
  if (years.some(Number.isNaN)) {
    // The header's own row: words, then the years side by side ("TT | Nguồn vốn | Cả giai đoạn | 2026 | … | 2030"),
    // the years typed as bare numbers over figures still blank.
    const at = own.filter((col) => !Number.isNaN(yearAt(col)));
    const words = own.filter((col) => Number.isNaN(yearAt(col)));
    return at.length >= 3 && at[at.length - 1] - at[0] === at.length - 1 && rising(at.map(yearAt)) && words.length >= 2
      && words.every((col) => typeof grid.value(row, col) === 'string' && !isNumeric(grid, row, col));
  }
  if (!rising(years)) return false;
  const firstHeaderCol = grid.cols().find((col) => grid.text(row - 1, col) !== '');
  return firstHeaderCol !== undefined && own[0] > firstHeaderCol;
}

/** A data row: a number that is not a header's criterion number or year, or marks. */
function isDataRow(grid: Grid, row: number, own: number[], legend: Legend | undefined): boolean {
  if (own.some((col) => isNumeric(grid, row, col))) return !isNumberedHeader(grid, row, own) && !isYearsHeader(grid, row, own);
  // Marks belong to something named on their row ("Xã A | Đ | Đ | X"); a row of status words alone
  // under a group header ("Số tiêu chí" over "Đạt | Cơ bản đạt | Chưa đạt") is a header row.
  // Nor is a row naming several criteria before its status words ("TC1 | … | TC10 | Đạt | Cơ bản đạt | Chưa đạt").
  const marks = own.filter((col) => isMarkCell(grid, row, col, legend));
  if (marks.length < 2) return false;
  const before = own.filter((col) => col < marks[0] && grid.text(row, col) !== '');
  return before.length > 0 && before.filter((col) => typeof grid.value(row, col) === 'string' && parseCriterionRef(grid.raw(row, col)) !== null).length < 2;
}

/** A title, unit or legend line: one typed cell, merged wide or long, or saying what it is. */
function isTitleLine(grid: Grid, row: number, own: number[], firstCol = -1): boolean {
  // "Tổng số xã: 93 xã" at the left, "ĐVT: xã" at the right: lines about the table, not its header.
  if (own.length > 1) return own.every((col) => saysWhatItIs(grid.text(row, col)));
  if (own.length !== 1) return false;
  const col = own[0];
  // A lone text at or left of the table's first column, typed without merging: a title, not a group header.
  if (col <= firstCol && !isTotalsLabel(grid.text(row, col)) && !/^(trong do|binh quan)\b/.test(grid.text(row, col))) return true;
  const area = grid.mergeOf(row, col);
  const text = grid.text(row, col);
  return (area !== undefined && area.right - area.left >= 3) || text.length > 40 || startsWithWords(text, ['dvt', 'don vi tinh', 'ky hieu', 'bieu', 'bieu so', 'phu luc', 'kem theo', 'ghi chu']);
}

const STATEMENT_WORDS = ['dvt', 'don vi tinh', 'ky hieu', 'bieu', 'bieu so', 'phu luc', 'kem theo', 'ghi chu', 'tong so xa', 'so xa'];

/** A line saying what it is: a unit, a legend, a form's number, a number of communes with its value ("Tổng số xã: 93"). */
function saysWhatItIs(text: string): boolean {
  return startsWithWords(text, STATEMENT_WORDS) && (/^(dvt|don vi tinh|ky hieu|bieu|phu luc|kem theo|ghi chu)\b/.test(text) || /\d/.test(text));
}

/** A section row of a list: a roman numeral (or a capital A–Đ) where the rows below have their numbers, a title beside it, nothing else. */
function isSectionRow(grid: Grid, row: number, own: number[], ttCol: number): boolean {
  if (own.length === 0 || own.length > 2 || own[0] !== ttCol) return false;
  const marker = grid.raw(row, own[0]).trim();
  if (!(markerOf(marker) === 'roman' || /^[A-EĐ][.)]?$/.test(marker))) return false;
  return own.length === 1 || (typeof grid.value(row, own[1]) === 'string' && !isNumeric(grid, row, own[1]));
}

/** A lone "Trong đó:" line right of the first column, unmerged: the head of the parts under it, never a header row. */
function isAmongLine(grid: Grid, row: number, firstCol: number): boolean {
  const own = ownCells(grid, row);
  return own.length === 1 && own[0] > firstCol && grid.mergeOf(row, own[0]) === undefined && /^trong do\b/.test(grid.text(row, own[0]));
}

/** `words`: a table of words only (tasks, responsibilities), whose rows are not told from other text by numbers. */
type Boundary = { top: number; bottom: number; numbersRow?: number; dataTop: number; words?: true };

function findBoundary(grid: Grid, from: number, legend: Legend | undefined, words = true): Boundary | null {
  const last = Math.min(grid.bottom, from + SEARCH_ROWS + MAX_DEPTH);
  for (let row = from + 1; row <= last; row++) {
    const own = ownCells(grid, row);
    if (own.length === 0) continue;
    const numbers = isNumbersRow(grid, row, own);
    if (!numbers && !isDataRow(grid, row, own, legend)) continue;
    // Section rows ("I | Công tác chỉ đạo") and a "Trong đó:" line right above the first data row open the body.
    let opening = row;
    while (opening - 1 > from && (isSectionRow(grid, opening - 1, ownCells(grid, opening - 1), own[0]) || isAmongLine(grid, opening - 1, own[0]) || isNumberedWordsRow(grid, opening - 1, own[0], opening))) opening--;
    let top = opening;
    for (let up = opening - 1; up >= Math.max(from, opening - MAX_DEPTH); up--) {
      const above = ownCells(grid, up);
      const merged = grid.cols().some((col) => grid.mergeOf(up, col) !== undefined && grid.text(up, col) !== '');
      if ((above.length === 0 && !merged) || isTitleLine(grid, up, above, own[0]) || (isDataRow(grid, up, above, legend) && !isNumberedHeader(grid, up, above))) break;
      if (isWordsDataRow(grid, up, above, opening)) break;
      top = up;
    }
    // A blank totals row right under the header ("Tổng cộng" still to be filled) is the body's first row.
    let first = opening;
    while (!numbers && first - 1 > top && isTotalsLabel(firstText(grid, first - 1, grid.left, grid.right))) first--;
    // A lone line on top ("Tổng số xã: 42") states something about the table; it is not a header row.
    while (top < opening && ownCells(grid, top).length < 2 && !grid.cols().some((col) => grid.mergeOf(top, col))) top++;
    if (top === opening) continue;
    return numbers ? { top, bottom: row - 1, numbersRow: row, dataTop: row + 1 } : { top, bottom: first - 1, dataTop: first };
  }
  return words ? textBoundary(grid, from, last) : null;
}

function isCapitals(raw: string): boolean {
  return raw.length > 10 && raw === raw.toLocaleUpperCase('vi');
}

/** A row of words that is data, not header: it lists criteria ("17; 17.8"), or a word of it recurs in its column below. */
/**
 * "I | Quy hoạch | | | Đạt" over "1 | Quy hoạch chung | Đạt | Đạt | Đạt" ("Tiêu chí 1 | Quy hoạch | | | Đạt"
 * over "1.1 | …"): a section numbered in the TT column whose words recur in the rows under it (its
 * verdict) is data, not the header's last row.
 */
function isNumberedWordsRow(grid: Grid, row: number, ttCol: number, opening: number): boolean {
  const own = ownCells(grid, row);
  if (own.length < 2 || own[0] !== ttCol) return false;
  const marker = grid.raw(row, ttCol).trim();
  if (!(markerOf(marker) === 'roman' || /^([A-EĐ]|\d{1,2})[.)]?$/.test(marker) || parseCriterionRef(marker) !== null)) return false;
  return isWordsDataRow(grid, row, own.slice(1), opening);
}

function isWordsDataRow(grid: Grid, row: number, own: number[], opening: number): boolean {
  // A header typed again under its first rows (the second printed page) is no data repeating its words.
  const last = Math.min(grid.bottom, opening + 2);
  const repeats: number[] = [];
  for (let below = opening; below <= last; below++) if (own.every((col) => grid.text(below, col) === grid.text(row, col))) repeats.push(below);
  return own.some((col) => {
    const text = grid.text(row, col);
    // Only words recur as data: a criterion number "2" over a count of 2 is still a header.
    if (!text || isNumeric(grid, row, col)) return false;
    if (isListText(grid.raw(row, col))) return true;
    for (let below = opening; below <= last; below++) if (!repeats.includes(below) && grid.text(below, col) === text && grid.mergeOf(below, col) === undefined) return true;
    return false;
  });
}

const LIST_TEXT = /^\s*\d{1,2}(\.\d{1,2})?(\s*[,;]\s*\d{1,2}(\.\d{1,2})?)+\s*$/;

/** "9, 10", "3; 17.8; 21": a list of criteria or indicators. */
function isListText(raw: string): boolean {
  return LIST_TEXT.test(raw);
}

/**
 * A table of words only (tasks, responsibilities): its first row of two or more short words is
 * the header, as deep as the cells merged down from that row; rows of words follow it.
 */
function textBoundary(grid: Grid, from: number, last: number): Boundary | null {
  for (let row = from; row < last; row++) {
    const own = ownCells(grid, row);
    if (own.length < 2 || own.some((col) => typeof grid.value(row, col) !== 'string' || grid.raw(row, col).length > 60)) continue;
    // Two lines in capitals side by side are a document's heading ("UBND TỈNH …" | "CỘNG HÒA …"); "Nơi nhận:" | "TM. ỦY BAN NHÂN DÂN" its signature.
    if (own.length === 2 && own.every((col) => isCapitals(grid.raw(row, col)))) continue;
    let bottom = row;
    for (const col of own) bottom = Math.max(bottom, Math.min(row + MAX_DEPTH - 1, grid.mergeOf(row, col)?.bottom ?? row));
    if (bottom + 1 > grid.bottom || ownCells(grid, bottom + 1).length < 2) continue;
    return { top: row, bottom, dataTop: bottom + 1, words: true };
  }
  return null;
}

function bodyBottom(grid: Grid, dataTop: number, left: number, right: number, words = false, width = right - left + 1, header?: Boundary, repeats: { top: number; bottom: number }[] = []): number {
  let last = dataTop - 1;
  let blanks = 0;
  const headerRow = header ? headerTexts(grid, header, left, right) : undefined;
  for (let row = dataTop; row <= grid.bottom; row++) {
    let filled = false;
    for (let col = left; col <= right && !filled; col++) filled = !grid.isBlank(row, col);
    if (!filled) {
      blanks++;
      continue;
    }
    // The header again (for the second printed page): the same table goes on below it.
    const repeat = header && headerRow ? repeatedHeader(grid, row, header, headerRow, left, right) : 0;
    if (repeat > 0) {
      repeats.push({ top: row, bottom: row + repeat - 1 });
      row += repeat - 1;
      last = row;
      blanks = 0;
      continue;
    }
    if (startsStop(grid, row, left, right)) break;
    // After a blank line a table of words goes on with rows as full as its own (a task and its agencies).
    // Criteria go on with the next criterion, or with the lines counting them still blank ("Số tiêu chí đã đạt: …").
    if (blanks > 0 && !isDataRow(grid, row, ownCells(grid, row), undefined) && !(words && continuesWords(grid, row, left, width)) && !continuesCriteria(firstText(grid, row, left, right))) break;
    blanks = 0;
    last = row;
  }
  return last;
}

/** A criterion ("Tiêu chí số 6 …", "TC 6") or a line counting criteria ("Số tiêu chí đã đạt", "Dự kiến đến 31/12/2027 đạt"). */
function continuesCriteria(first: string): boolean {
  return /^(tieu chi|tc)\s*(so\s*)?\d{1,2}\b/.test(first) || /^(so tieu chi|tong so tieu chi|so tc)\b/.test(first) || /^du kien\b.{0,40}\bdat\b/.test(first);
}

/** The texts of a row between two columns, folded, blank cells included. */
type HeaderTexts = {
  first: string[];
  words: number;
  typed: number[];
  needed: number;
  /** Per typed cell: the first and last character codes of its folded text, and its length. */
  heads: Int32Array;
  tails: Int32Array;
  lengths: Int32Array;
};
const HEADER_TEXTS = new WeakMap<Boundary, Map<string, HeaderTexts>>();

/** A header's top row as a repeat of it is recognised, read once per table and columns. */
function headerTexts(grid: Grid, header: Boundary, left: number, right: number): HeaderTexts {
  let byCols = HEADER_TEXTS.get(header);
  if (!byCols) HEADER_TEXTS.set(header, (byCols = new Map()));
  const key = `${grid.name}:${left}:${right}`;
  let texts = byCols.get(key);
  if (!texts) {
    const first = rowTexts(grid, header.top, left, right);
    const typed = first.map((text, i) => (text === '' ? -1 : i)).filter((i) => i >= 0);
    texts = {
      first, words: first.filter((text) => text !== '' && !/^\d+$/.test(text)).length, typed, needed: Math.max(2, Math.ceil(typed.length * 0.6)),
      heads: Int32Array.from(typed, (i) => first[i].charCodeAt(0)),
      tails: Int32Array.from(typed, (i) => first[i].charCodeAt(first[i].length - 1)),
      lengths: Int32Array.from(typed, (i) => first[i].length),
    };
    byCols.set(key, texts);
  }
  return texts;
}

function rowTexts(grid: Grid, row: number, left: number, right: number): string[] {
  const texts: string[] = [];
  for (let col = left; col <= right; col++) texts.push(grid.text(row, col));
  return texts;
}

/**
 * How many rows of the header (and its column-number row) repeat from `row`, or 0: a header block
 * typed again further down, as for the second printed page, is part of the table, never data.
 */
function repeatedHeader(grid: Grid, row: number, header: Boundary, texts: HeaderTexts, left: number, right: number): number {
  const depth = header.bottom - header.top + 1;
  const { first, words, typed, needed, heads, tails, lengths } = texts;
  if (words < 2) return 0;
  const merged = grid.merged(row);
  // A header cell of digits ("1", "2" … over the criteria) is repeated only by a cell that may read as digits:
  // a row of marks with too few such cells is told without reading it.
  if (!merged && words + grid.digitCellsIn(row) < needed) return 0;
  // Compared cell by cell, stopping as soon as too few can still match (every body row is asked).
  let same = 0;
  let unread = typed.length;
  // A row no merged area covers shows its own values: read from the row, not cell by cell.
  const values = merged ? undefined : grid.rowValues(row);
  const offset = left - grid.valuesLeft;
  for (let k = 0; k < typed.length; k++) {
    const i = typed[k];
    const shown = values ? values[offset + i] ?? null : grid.shown(row, left + i);
    // A number is folded as it is written: only a header of digits can be it.
    const may = typeof shown === 'string' ? mayFoldTo(shown, lengths[k], heads[k], tails[k])
      : typeof shown === 'number' ? !Number.isFinite(shown) || isDigit(heads[k])
        : typeof shown === 'boolean';
    if (may && grid.text(row, left + i) === first[i]) same++;
    unread--;
    if (same + unread < needed) return 0;
  }
  let rows = 1;
  for (let k = 1; k < depth && row + k <= grid.bottom; k++) {
    const want = rowTexts(grid, header.top + k, left, right);
    const got = rowTexts(grid, row + k, left, right);
    const matches = want.filter((text, i) => text !== '' && text === got[i]).length;
    if (matches < Math.max(1, Math.ceil(want.filter(Boolean).length * 0.6))) break;
    rows++;
  }
  if (header.numbersRow !== undefined && row + rows <= grid.bottom) {
    const want = rowTexts(grid, header.numbersRow, left, right);
    const got = rowTexts(grid, row + rows, left, right);
    if (want.filter(Boolean).length > 0 && want.every((text, i) => text === got[i])) rows++;
  }
  return rows;
}

/**
 * False when `raw` surely does not fold to a text of `length` characters beginning with `head` and
 * ending with `tail`, told without folding it: lengths far apart (NFD at most doubles a text), or a
 * first or last letter or digit of plain ASCII, which folding only lowercases.
 */
function mayFoldTo(raw: string, length: number, head: number, tail: number): boolean {
  if (raw.length > 2 * length + 2 || raw.length * 2 + 2 < length) return false;
  if (raw.length === 0) return length === 0;
  const first = asciiWordChar(raw.charCodeAt(0));
  if (first !== 0 && first !== head) return false;
  const last = asciiWordChar(raw.charCodeAt(raw.length - 1));
  return last === 0 || last === tail;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The lowercase code of an ASCII letter or digit, else 0. */
function asciiWordChar(code: number): number {
  if (code >= 48 && code <= 57) return code;
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  return 0;
}

/** A row a table of words goes on with after a blank line: a task and its agencies, or a section "II | …". */
function continuesWords(grid: Grid, row: number, left: number, width: number): boolean {
  const own = ownCells(grid, row);
  return own.length >= Math.min(3, width) || isSectionRow(grid, row, own, left);
}

/** The shortest first word of the stop words by initial: a row whose first text begins otherwise is not asked to fold it. */
const STOP_FIRST_WORD = new Map<number, number>();
for (const words of BODY_END_WORDS) {
  const initial = words.charCodeAt(0);
  STOP_FIRST_WORD.set(initial, Math.min(STOP_FIRST_WORD.get(initial) ?? Infinity, words.split(' ')[0].length));
}

/**
 * The length of a text's first word when each of its letters folds to at most one letter (Latin, with
 * Vietnamese diacritics precomposed), else Infinity: its folded first word is no longer.
 */
function plainFirstWord(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 160) return i;
    if (code > 0x24f && (code < 0x1e00 || code > 0x1eff)) return Infinity;
  }
  return text.length;
}

/** True when a row's first text begins with a word that ends a table ("Ghi chú", "Người lập biểu"). */
function startsStop(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) {
    const value = grid.shown(row, col);
    if (typeof value === 'boolean') return false;
    if (typeof value !== 'string') continue;
    const initial = asciiWordChar(value.charCodeAt(0));
    // A text that begins with a plain letter folds to a text beginning with it in lower case.
    if (initial > 57) {
      const shortest = STOP_FIRST_WORD.get(initial);
      return shortest !== undefined && plainFirstWord(value) >= shortest && startsWithWords(grid.text(row, col), BODY_END_WORDS);
    }
    // A number typed as text ("12") is passed over, as firstText passes it.
    if (!/^\d+$/.test(value)) return startsWithWords(firstText(grid, row, col, right), BODY_END_WORDS);
  }
  return false;
}

function firstText(grid: Grid, row: number, left: number, right: number): string {
  for (let col = left; col <= right; col++) {
    const value = grid.shown(row, col);
    if (value === null || typeof value === 'number') continue;
    const text = grid.text(row, col);
    if (text && !/^\d+$/.test(text)) return text;
  }
  return '';
}

/** Profile of a column's data; `codes`: texts that are only criterion codes ("TC 5; 17"), even one. */
type Profile = { numeric: number; text: number; marks: number; lists: number; codes: number; filled: number };

/** "TC 5", "17,10; TC 5", "Tiêu chí 3, 9": codes and nothing else. */
function isCodesText(folded: string): boolean {
  return /\d/.test(folded) && folded.replace(/\b(tieu chi|chi tieu|tc|ct|so|va)\b/g, '').replace(/[\d\s.,;:+&/()-]|\b[a-z]\b/g, '') === '';
}

function profile(grid: Grid, col: number, rows: readonly number[], legend: Legend | undefined): Profile {
  const p: Profile = { numeric: 0, text: 0, marks: 0, lists: 0, codes: 0, filled: 0 };
  for (const row of rows) {
    if (grid.isBlank(row, col)) continue;
    p.filled++;
    if (isNumeric(grid, row, col)) p.numeric++;
    else if (isMarkCell(grid, row, col, legend)) p.marks++;
    else {
      p.text++;
      if (isListText(grid.raw(row, col))) p.lists++;
      if (isCodesText(grid.text(row, col))) p.codes++;
    }
  }
  return p;
}

function readColumns(grid: Grid, boundary: Boundary, planYear: number | undefined): Column[] {
  const columns: Column[] = [];
  const labelsOf = (col: number) => {
    const parts: string[] = [];
    // A column headed "Σ" alone is a total: it folds to nothing, so it is read as the word.
    for (let row = boundary.top; row <= boundary.bottom; row++) parts.push(grid.text(row, col) || (SIGMA.test(grid.raw(row, col).trim()) ? 'tong cong' : ''));
    return parts;
  };
  const all = grid.cols().map((col) => ({ col, parts: labelsOf(col) }));
  const funding = all.filter(({ parts }) => parts.some((part) => hasAnyWords(part, SOURCE_WORDS) || hasAnyWords(part, ['nguon von', 'von', 'kinh phi']))).length >= 2
    && all.some(({ parts }) => parts.some((part) => hasAnyWords(part, ['nstw', 'nsdp', 'ngan sach', 'long ghep', 'tin dung', 'dan gop', 'von khac', 'nguon von', 'kinh phi', 'trieu dong', 'ty dong'])));
  for (const { col, parts } of all) {
    if (parts.every((part) => !part)) continue;
    const unique = parts.filter((part, i) => part && parts.indexOf(part) === i);
    const leaf = unique[unique.length - 1] ?? '';
    const groupPart = unique.length > 1 ? unique[unique.length - 2] : undefined;
    const label = unique.join(' ');
    let raw = '';
    for (let row = boundary.bottom; row >= boundary.top && !raw; row--) raw = grid.raw(row, col).trim();
    const years = yearsIn(label);
    columns.push({ col, parts, label, title: raw, meaning: meaningOf(label, leaf, planYear, funding, raw), year: years.length ? Math.max(...years) : undefined, group: groupPart });
  }
  settleCounts(columns);
  // A group is a header cell over several columns; a lone upper part is the column's own words.
  for (const column of columns) {
    if (column.group === undefined) continue;
    const level = column.parts.indexOf(column.group);
    const shared = columns.some((other) => other !== column && Math.abs(other.col - column.col) === 1 && other.parts[level] === column.group);
    if (!shared) column.group = undefined;
  }
  settleGroupTotals(columns, planYear);
  settleSplits(columns);
  settleNumberedParts(columns);
  settleAmong(columns);
  return columns;
}

/** Counts a "Trong đó" block may be a part of: communes, criteria, villages — not money (a funding grid's own rule). */
const AMONG_WHOLES: readonly Meaning[] = ['units', 'baseline', 'added', 'cumulative', 'previous', 'plan', 'number'];

/**
 * Counts under "Trong đó" ("Lũy kế | Trong đó: Xã nhóm 1 | Xã nhóm 2 | Xã nhóm 3", "Số xã đạt | Trong đó: xã đạt
 * NTM hiện đại"): parts of the count just before the block, counting what it counts (never money). The three
 * commune groups are every commune once: they add up to it; other parts are each at most it.
 */
function settleAmong(columns: Column[]): void {
  const among = (c: Column) => c.parts.some((part) => /^trong do\b/.test(part));
  for (let i = 1; i < columns.length; ) {
    if (!among(columns[i])) { i++; continue; }
    let end = i + 1;
    const group = columns[i].group;
    while (group !== undefined && end < columns.length && columns[end].group === group && columns[end].col === columns[end - 1].col + 1) end++;
    const parts = columns.slice(i, end);
    const whole = columns[i - 1];
    i = end;
    if (whole.col !== parts[0].col - 1 || among(whole) || whole.sumOf || !AMONG_WHOLES.includes(whole.meaning)) continue;
    if (parts.some((c) => !['amount', 'number', ...AMONG_WHOLES].includes(c.meaning) || c.sumOf)) continue;
    for (const part of parts) { part.meaning = 'number'; part.partOf = whole.col; }
    const groups = parts.map((c) => /\bnhom (?:xa )?([1-3]|i{1,3})\b/.exec(leafOf(c))?.[1]).map((g) => (g === undefined ? g : String(g.length && /i/.test(g) ? g.length : g)));
    if (parts.length === 3 && new Set(groups).size === 3 && groups.every((g) => g !== undefined)) whole.sumOf = parts.map((c) => c.col);
  }
}

/**
 * Counts of one thing by its grades, the same words but for a number ("3 sao | 4 sao | 5 sao", "Hạng 1 |
 * Hạng 2"), with a total beside them ("Tổng số sản phẩm", "Tổng", "Cộng") and no group header over them:
 * the total is their sum. Other columns of figures before a "Tổng số …" ("Hộ nghèo | Hộ cận nghèo |
 * Tổng số hộ") are no grades of one thing and make no sum.
 */
function settleNumberedParts(columns: Column[]): void {
  const shape = (c: Column) => leafOf(c).replace(/\d+/g, '#');
  for (let i = 0; i < columns.length; i++) {
    let end = i + 1;
    while (end < columns.length && columns[end].col === columns[end - 1].col + 1 && shape(columns[end]) === shape(columns[i])) end++;
    const parts = columns.slice(i, end);
    if (parts.length < 2 || !shape(parts[0]).includes('#') || parts.some((c) => c.meaning !== 'number' || c.group !== undefined || c.sumOf)) continue;
    const total = [columns[end], columns[i - 1]].find((c) => c && Math.abs(c.col - parts[c === columns[end] ? parts.length - 1 : 0].col) === 1
      && c.meaning === 'number' && c.group === undefined && !c.sumOf && startsWithWords(leafOf(c), ['tong', 'tong so', 'tong cong', 'cong']));
    if (total) total.sumOf = parts.map((c) => c.col);
    i = end - 1;
  }
}

/** Group headers that split the column before them into parts that add up to it. "Trong đó" lists parts that need not. */
const SPLIT_WORDS = ['chia ra', 'chia theo', 'phan ra', 'phan theo', 'bao gom', 'gom', 'gom co', 'chi tiet', 'phan nhom', 'phan loai', 'chia nhom'];

/**
 * "Tổng số | Chia ra: Xã nhóm 1 | Xã nhóm 2 | Xã nhóm 3", "Toàn tỉnh | Chia ra: …", "Tổng cộng | Bao gồm:
 * …": the column before the split is the sum of the columns under it, and they count what it counts
 * (a "Xã nhóm 1" under a count is no source of money). A money total ('total') is the funding grid's
 * own rule already.
 */
function settleSplits(columns: Column[]): void {
  for (let i = 0; i < columns.length; ) {
    const group = columns[i].group;
    let end = i + 1;
    while (end < columns.length && group !== undefined && columns[end].group === group && columns[end].col === columns[end - 1].col + 1) end++;
    const members = columns.slice(i, end);
    const before = columns[i - 1];
    i = end;
    if (group === undefined || members.length < 2 || !startsWithWords(group, SPLIT_WORDS) || !before || before.col !== members[0].col - 1) continue;
    if (before.group !== undefined || before.sumOf || before.meaning === 'total' || !SPLIT_TOTALS.includes(before.meaning)) continue;
    if (!startsAsTotal(leafOf(before)) || members.some((c) => !SPLIT_TOTALS.includes(c.meaning))) continue;
    if (before.meaning !== 'amount') for (const member of members) member.meaning = before.meaning;
    before.sumOf = members.map((c) => c.col);
  }
}
const SPLIT_TOTALS: readonly Meaning[] = ['units', 'baseline', 'added', 'cumulative', 'previous', 'plan', 'number', 'amount'];

const PERIOD_WORDS = ['giai doan', 'tong giai doan', 'ca giai doan', '5 nam', 'nam nam', 'tong 5 nam', 'tong cong giai doan'];
const ADDITIVE: readonly Meaning[] = ['amount', 'total', 'number', 'added', 'plan'];

/**
 * A period column ("Giai đoạn 2026-2030", "Tổng giai đoạn", "5 năm") beside a column for each of its
 * years ("2026 | 2027 | … | 2030" under "Chia ra các năm") is their sum. A period whose years are not
 * all there is left alone (it is not their sum).
 */
function settlePeriods(columns: Column[]): void {
  for (const period of columns) {
    if (period.sumOf || !ADDITIVE.includes(period.meaning) || !hasAnyWords(period.label, PERIOD_WORDS)) continue;
    const range = /\b(20[0-4]\d)\s*-?\s*(20[0-4]\d)\b/.exec(period.label);
    const years = columns.filter((c) => c !== period && c.year !== undefined && ADDITIVE.includes(c.meaning) && yearsIn(c.label).length === 1 && !hasAnyWords(c.label, PERIOD_WORDS.filter((w) => w !== 'giai doan')));
    const from = range ? Number(range[1]) : Math.min(...years.map((c) => c.year!));
    const to = range ? Number(range[2]) : Math.max(...years.map((c) => c.year!));
    const within = years.filter((c) => c.year! >= from && c.year! <= to);
    const distinct = new Set(within.map((c) => c.year));
    if (to <= from || within.length < 2 || distinct.size !== within.length || within.length !== to - from + 1) continue;
    period.sumOf = within.map((c) => c.col);
    period.year = undefined;
  }
}

/** The lowest header words of a column ("Tổng" under "Số xã đạt chuẩn"). */
function leafOf(column: Column): string {
  return column.parts.filter(Boolean).pop() ?? '';
}

const GROUP_COUNTS: readonly Meaning[] = ['units', 'baseline', 'added', 'cumulative', 'previous', 'plan', 'number'];

/**
 * Counts split under a group header with a total of their own ("Số xã đạt chuẩn" over "Tổng | Nhóm 1
 * | Nhóm 2 | Nhóm 3"): every column means what the group says, and the total sums the others. Money
 * totals are the funding grid's (meaning 'total').
 */
function settleGroupTotals(columns: Column[], planYear: number | undefined): void {
  for (let i = 0; i < columns.length; ) {
    const group = columns[i].group;
    let end = i + 1;
    while (end < columns.length && group !== undefined && columns[end].group === group && columns[end].col === columns[end - 1].col + 1) end++;
    const members = columns.slice(i, end);
    i = end;
    if (group === undefined || members.length < 3) continue;
    const totals = members.filter((c) => [...TOTAL_WORDS, 'chung'].includes(leafOf(c)));
    const meaning = meaningOf(group, group, planYear);
    if (totals.length !== 1 || !GROUP_COUNTS.includes(meaning) || members.some((c) => c.meaning === 'amount' || c.meaning === 'total')) continue;
    const parts = members.filter((c) => c !== totals[0]);
    for (const member of members) member.meaning = meaning;
    totals[0].sumOf = parts.map((c) => c.col);
  }
}

/**
 * Counts placed around what the year adds: a count "đến hết năm 2026" left of it, with the year end to
 * the right, is the baseline whatever year the table seems to plan for.
 */
function settleCounts(columns: Column[]): void {
  const baseline = columns.find((c) => c.meaning === 'baseline');
  const yearEnd = columns.find((c) => c.meaning === 'cumulative');
  // "Đến hết năm 2026 | Kế hoạch năm 2027 | Lũy kế đến hết năm 2027": the plan between them is what the year adds.
  if (baseline && yearEnd && !columns.some((c) => c.meaning === 'added')) {
    const plan = columns.find((c) => c.meaning === 'plan' && c.col > baseline.col && c.col < yearEnd.col);
    if (plan) plan.meaning = 'added';
  }
  // "Tổng số xã đạt" with nothing added beside it counts what is met, not a year end.
  if (yearEnd && !baseline && !columns.some((c) => ['added', 'plan', 'previous'].includes(c.meaning)) && yearEnd.year === undefined && !hasAnyWords(yearEnd.label, YEAR_END_WORDS)) yearEnd.meaning = 'baseline';
  const added = columns.find((c) => c.meaning === 'added');
  if (!added) return;
  // "Ước thực hiện năm 2026 | Tăng thêm | Kế hoạch năm 2027": last year's figure is the baseline the year adds to.
  const previous = columns.find((c) => c.meaning === 'previous' && c.col < added.col);
  const plan = columns.find((c) => c.meaning === 'plan' && c.col > added.col);
  if (previous && plan) {
    previous.meaning = 'baseline';
    plan.meaning = 'cumulative';
  }
  if (!columns.some((c) => c.meaning === 'cumulative' && c.col > added.col)) return;
  for (const column of columns) if (column.meaning === 'cumulative' && column.col < added.col && column.year !== undefined) column.meaning = 'baseline';
}

const YEAR_END_WORDS = ['luy ke', 'cuoi nam', 'den cuoi nam', 'cuoi ky', 'sau khi', 'nang tong so'];

/** The year a table plans for: the context's, else the latest year its header names. */
function tablePlanYear(grid: Grid, boundary: Boundary, context: TableContext): number | undefined {
  const years: number[] = [];
  for (let row = Math.max(grid.top, boundary.top - 4); row <= boundary.bottom; row++) {
    for (const col of grid.cols()) years.push(...yearsIn(grid.text(row, col)).filter((year) => year >= 2010 && year <= 2040));
  }
  if (context.planYear !== undefined && (years.length === 0 || years.includes(context.planYear))) return context.planYear;
  const inHeader = years.filter((year) => !years.includes(year + 4) || years.includes(year - 1));
  return inHeader.length ? Math.max(...inHeader) : context.planYear;
}

const DATA_MEANINGS: readonly Meaning[] = ['units', 'baseline', 'added', 'cumulative', 'share', 'comparison', 'change', 'average', 'previous', 'plan', 'amount', 'total', 'number'];

/** Data overrule words: a "number" column of marks is a unit's column of a table turned sideways. */
function settleMeanings(grid: Grid, columns: Column[], rows: readonly number[], legend: Legend | undefined): void {
  // Words in the share column of a table of counts are faults of that column, not another meaning.
  const counts = columns.some((c) => ['units', 'baseline', 'added', 'cumulative'].includes(c.meaning));
  for (const column of columns) {
    const p = profile(grid, column.col, rows, legend);
    if (p.filled === 0) continue;
    if (column.meaning === 'list' && p.codes === 0 && p.text > p.numeric) column.meaning = 'text';
    else if (column.meaning === 'share' && counts) continue;
    else if (p.lists > 0 && p.lists + p.numeric >= p.filled * 0.6 && p.lists >= p.numeric * 0.2 && !['tt', 'label'].includes(column.meaning)) column.meaning = 'list';
    else if (p.marks >= 2 && p.marks >= p.filled * 0.6 && (column.meaning === 'number' || column.meaning === 'text' || column.meaning === 'amount')) column.meaning = 'member';
    // "Thực hiện" over names is who does it, not last year's figure.
    else if (column.meaning === 'previous' && p.text > p.numeric && /^(to chuc |bo phan |nguoi )?thuc hien$/.test(leafOf(column))) column.meaning = 'lead';
    else if (DATA_MEANINGS.includes(column.meaning) && p.text > p.numeric && p.text >= 2) column.meaning = 'text';
    else if (column.meaning === 'text' && p.numeric > p.text && p.numeric >= 2) column.meaning = 'number';
  }
}

function pickLabelCol(grid: Grid, columns: Column[], rows: readonly number[]): number {
  const candidates = columns.filter((c) => !['tt', 'unit', 'lead', 'coordinating', 'directing', 'timeline', 'note', 'former', 'member', 'list', 'group', 'set'].includes(c.meaning));
  // A "Nhóm" column labels the rows when it holds the rows' names ("Xã đạt 15-18 tiêu chí"), not a
  // commune's group number, or when no other column of words does (a roll-up by commune group).
  const named = columns.filter((c) => c.meaning === 'group' && namesRows(grid, c.col, rows));
  const first = [...candidates, ...named].sort((a, b) => a.col - b.col);
  for (const column of [...first, ...columns.filter((c) => c.meaning === 'group' && !named.includes(c))]) {
    const p = profile(grid, column.col, rows, undefined);
    if (p.text > 0 && p.text >= p.numeric) return column.col;
  }
  return candidates[0]?.col ?? columns[0].col;
}

/**
 * A column of the rows' own names: texts longer than a group's number ("1", "Nhóm 2", "nhóm III"),
 * each its own (a group repeated down the rows names a section, not a row).
 */
function namesRows(grid: Grid, col: number, rows: readonly number[]): boolean {
  const names = new Set<string>();
  let filled = 0;
  for (const row of rows) {
    const text = grid.text(row, col);
    if (!text) continue;
    filled++;
    if (text.length > 10 && !/^(nhom )?([1-3]|i{1,3})$/.test(text)) names.add(text);
  }
  return filled >= 2 && names.size >= filled * 0.8;
}

const GROUP_ROW = /^(nhom|tinh|huyen|thi xa|thanh pho|khu vuc|vung|cum)\b/;
const SIGMA = /^[\u03a3\u2211]$/;

/**
 * A row of communes' figures labelled as the total of a column ("Tổng số tiêu chí đạt" under "Số tiêu
 * chí đạt", "Tổng số sản phẩm OCOP" under "Số sản phẩm OCOP") is that column's totals row, not one
 * more commune.
 */
function namedTotals(rows: Row[], columns: readonly Column[]): void {
  const titles = new Set(columns.map((c) => c.label.replace(/^so /, '')));
  for (const row of rows) {
    if (row.role !== 'unit' || row.tt || row.level !== 0) continue;
    const rest = /^tong (?:so )?(.+)$/.exec(fold(row.label))?.[1];
    if (rest && titles.has(rest)) Object.assign(row, { role: 'total', level: -1 });
  }
}

/**
 * A list numbered 1, 2, 3 … with one unnumbered "Tổng số …" line first or last that names the kind of
 * every item ("Tổng số sản phẩm OCOP" over "Sản phẩm 3 sao …"): that line is the items' totals row.
 * Not where the rows have units of their own (a ĐVT column saying several): there a "Tổng số …" is one
 * more figure.
 */
function kindTotals(grid: Grid, rows: Row[], labelCol: number): void {
  const units = rows.filter((r) => r.role === 'unit' && r.level === 0);
  if (units.length < 3 || units.length !== rows.length) return;
  for (const candidate of [units[0], units[units.length - 1]]) {
    const others = units.filter((r) => r !== candidate);
    if (candidate.tt || !others.every((r) => /^\d{1,2}\.?$/.test(r.tt))) continue;
    if (totalOfItems(grid.text(candidate.row, labelCol), others.map((r) => grid.text(r.row, labelCol)))) {
      Object.assign(candidate, { role: 'total', level: -1, namesItems: true });
      return;
    }
  }
}

/** Top-level sections that each list the whole again ("I. Theo giai đoạn … II. Theo nguồn vốn …"): breakdowns. */
function markBreakdowns(grid: Grid, rows: Row[], labelCol: number): void {
  const top = rows.filter((r) => (r.role === 'unit' || r.role === 'subtotal') && r.parent === undefined);
  if (top.length < 2 || !top.every((r) => r.role === 'subtotal' && isBreakdownLabel(grid.text(r.row, labelCol)))) return;
  for (const row of top) row.breakdown = true;
}

function readRows(grid: Grid, dataTop: number, bottom: number, labelCol: number, ttCol: number | undefined, axis: Axis, repeats: readonly { top: number; bottom: number }[]): Row[] {
  const rows: Row[] = [];
  const levels = new MarkerLevels();
  const lastAtLevel: number[] = [];
  const among = new AmongParts(levels);
  for (let row = dataTop; row <= bottom; row++) {
    const repeat = repeats.length > 0 ? repeats.find((r) => r.top === row) : undefined;
    if (repeat) { row = repeat.bottom; continue; }
    const typedTt = ttCol !== undefined ? grid.raw(row, ttCol).trim() : '';
    // A line typed from the first column across an empty label ("Số tiêu chí đã đạt: | | 7") is labelled by it.
    const spilled = !grid.raw(row, labelCol).trim() && typedTt.length > 12 && markerOf(typedTt) === null;
    const label = spilled ? typedTt : grid.raw(row, labelCol).trim();
    const tt = spilled ? '' : typedTt;
    if (!label && !tt && !hasNumbers(grid, row)) continue;
    // "Σ" alone (or "∑") labels a total: it folds to nothing, so it is read as the word.
    const folded = (spilled ? fold(typedTt) : grid.text(row, labelCol)) || (SIGMA.test(label) ? 'tong cong' : '');
    const summary = isSummaryLabel(folded);
    // "Trong đó: …" and the items it lists: parts of the row above at their level, not items of the table.
    if (summary && /^trong do\b/.test(folded)) { rows.push(among.open(row, label, tt, ownCells(grid, row).every((col) => col === labelCol || col === ttCol))); continue; }
    const part = among.part(row, label, tt, markerOf(tt) ?? markerOf(label), ttCol !== undefined && !tt && !summary);
    if (part) { rows.push(part); continue; }
    if ((summary && isTotalsLabel(folded)) || (!label && isTotalsLabel(fold(tt)))) {
      rows.push({ row, role: 'total', label: label || tt, tt, level: -1 });
      among.item(rows[rows.length - 1], null);
      continue;
    }
    const itemsAreTargets = axis === 'target' || axis === 'criterion';
    if (summary && !itemsAreTargets && /^(binh quan|trung binh)\b/.test(folded)) { rows.push({ row, role: 'average', label, tt, level: -1 }); among.close(); continue; }
    // (A numbered "Tỷ lệ …" is an item of the list — an indicator "1 | Tỷ lệ đường xã được cứng hóa" — not a share line.)
    if (summary && !itemsAreTargets && !/^\d{1,2}$/.test(tt) && (/^ty le\b/.test(folded) || isStructureLabel(folded))) { rows.push({ row, role: 'share', label, tt, level: -1 }); among.close(); continue; }
    // A bare "Tỷ lệ" (ĐVT %) on the line under a count ("Số xã đạt tiêu chí số 1 …" then "Tỷ lệ"): that count's share, not an item.
    if (!tt && BARE_SHARE.test(folded) && rows.length > 0 && rows[rows.length - 1].role === 'unit') { rows.push({ row, role: 'share', label, tt, level: -1 }); among.close(); continue; }
    const marker: Marker = markerOf(tt) ?? (axis === 'commune' && GROUP_ROW.test(folded) ? 'roman' : null) ?? markerOf(label) ?? 'arabic';
    const level = levels.levelOf(marker);
    const parent = level > 0 ? lastAtLevel[level - 1] : undefined;
    lastAtLevel[level] = row;
    if (lastAtLevel.length > level + 1) lastAtLevel.length = level + 1;
    rows.push({ row, role: 'unit', label, tt, level, parent });
    among.item(rows[rows.length - 1], marker);
  }
  closeSections(grid, rows, [labelCol, ttCol]);
  const parents = new Set(rows.map((r) => r.parent).filter((p): p is number => p !== undefined));
  for (const row of rows) if (parents.has(row.row)) row.role = 'subtotal';
  return rows;
}

/**
 * Sections headed by a line without figures ("I | Khu vực miền núi") and closed by their own sum
 * ("Cộng khu vực miền núi", "Cộng nhóm I"): the closing line is the section's total, the heading a
 * section, its items top-level rows of that block — the grand total adds the blocks' sums, never
 * the empty headings.
 */
function closeSections(grid: Grid, rows: Row[], own: readonly (number | undefined)[]): void {
  const figures = (row: number) => grid.cols().some((col) => !own.includes(col) && (typeof grid.value(row, col) === 'number' || parseVietnameseNumber(grid.raw(row, col)) !== null));
  rows.forEach((closing, i) => {
    // "Cộng nhóm I", "Cộng khu vực II" right under a section's items close it, though read as totals.
    const named = closing.role === 'total' && i > 0 && rows[i - 1].parent !== undefined && closesNamed(closing.label);
    // ("Tổng số tiêu chí đạt" under a commune's criteria counts them: no section's sum.)
    if (!named && (closing.role !== 'unit' || closing.parent === undefined || !/^(cong|tong cong|tong)\b/.test(fold(closing.label)) || /^tong so (tieu chi|tc)\b/.test(fold(closing.label)))) return;
    const heading = rows.find((r) => r.row === (named ? rows[i - 1].parent : closing.parent));
    if (!heading || figures(heading.row)) return;
    const members = rows.filter((r) => r.parent === heading.row && r !== closing);
    // Only the section's last line closes it.
    if (members.some((r) => r.row > closing.row)) return;
    heading.role = 'section';
    for (const member of members) { member.parent = undefined; member.level = 0; }
    closing.role = 'total'; closing.parent = undefined; closing.level = -1;
  });
}

/** A total that names the section it closes ("Cộng nhóm I", "Cộng khu vực II", "Cộng I"), not the table's ("Tổng cộng (I+II)", "Tổng cộng toàn tỉnh"). */
function closesNamed(label: string): boolean {
  const match = /^(?:tong cong|tong|cong) (.+)$/.exec(fold(label));
  return !!match && !label.includes('+') && !/^(toan|ca|chung)\b/.test(match[1]) && /\b([ivx]+|\d{1,2}|nhom|khu vuc|vung|cum|huyen|muc)\b/.test(match[1]);
}

/**
 * Rows that count something of the items above them: under criteria turned sideways, "Số tiêu chí đã
 * đạt" per commune; under communes, "Số xã đạt 10/10 tiêu chí" per column.
 */
function markCountRows(rows: Row[], orientation: Table['orientation'], axis: Axis): void {
  const counted = orientation === 'cols' || ['commune', 'district', 'group'].includes(axis);
  for (const row of rows) {
    if (!counted || (row.role !== 'unit' && row.role !== 'subtotal')) continue;
    // Both counts begin with "số", "tổng" or "tiêu chí"/"TC": a label beginning with another letter is not folded.
    const initial = foldedLetter(row.label.charCodeAt(0));
    if (initial !== 0 && initial !== 115 && initial !== 116) continue;
    const folded = fold(row.label);
    if (orientation === 'cols' ? isCriteriaCount(folded) : ['commune', 'district', 'group'].includes(axis) && /^so (luong )?xa\b/.test(folded) && parseGroupLabel(row.label) !== null) row.role = 'count';
  }
}

/** "Số tiêu chí đã đạt", "Tổng số tiêu chí đạt cuối năm", "TC đạt": a count of criteria, not a criterion ("Tiêu chí số 9"). */
function isCriteriaCount(folded: string): boolean {
  return (/^(tong )?(so )?(tieu chi|tc)\b/.test(folded) && !/^(tieu chi|tc)\s*(so\s*)?\d/.test(folded)) || /^so (tieu chi|tc)\b/.test(folded) || /^tong so (tieu chi|tc)\b/.test(folded);
}

function hasNumbers(grid: Grid, row: number): boolean {
  return grid.cols().some((col) => typeof grid.value(row, col) === 'number');
}

/** The folded labels of a body's items: not its totals, "Bình quân", "Tỷ lệ" or "Trong đó" lines. */
function itemLabels(grid: Grid, top: number, bottom: number, labelCol: number): string[] {
  const labels: string[] = [];
  for (let row = top; row <= bottom; row++) {
    const folded = grid.text(row, labelCol);
    if (folded && !isSummaryLabel(folded)) labels.push(folded);
  }
  return labels;
}

/** Totals, averages, shares and "Trong đó" lines start with t, c or b: other labels are not read further. */
function isSummaryLabel(folded: string): boolean {
  const first = folded.charCodeAt(0);
  if (first !== 116 && first !== 99 && first !== 98) return false;
  return isTotalsLabel(folded) || /^(binh quan|trung binh|ty le|trong do)\b/.test(folded) || isStructureLabel(folded);
}

/**
 * How many different units a ĐVT column gives its rows ("xã", "%", "triệu đồng"), two at most; 0 without
 * one. One unit ("Sản phẩm" down the list): the rows count one thing. One sum of money on every row
 * ("Triệu đồng") says what the figures are, as "ĐVT: triệu đồng" above a table does: they are amounts,
 * and the column is a note, no unit of the rows (0).
 */
function settleUnitColumn(grid: Grid, columns: Column[], top: number, bottom: number, repeats: readonly { top: number; bottom: number }[]): number {
  const column = columns.find((c) => c.meaning === 'unit');
  if (column === undefined) return 0;
  const units = new Set<string>();
  for (let row = top; row <= bottom && units.size < 2; row++) {
    // A header typed again is no row: its "ĐVT" no unit.
    const repeat = repeats.find((r) => r.top === row);
    if (repeat) { row = repeat.bottom; continue; }
    const unit = grid.text(row, column.col);
    if (unit) units.add(unit);
  }
  if (units.size !== 1 || !isMoney([...units][0])) return units.size;
  column.meaning = 'note';
  asAmounts(columns);
  return 0;
}

function axisOf(columns: Column[], labelCol: number, labels: string[], units = 0): Axis {
  const header = columns.find((c) => c.col === labelCol)?.label ?? '';
  const share = (test: (label: string) => boolean) => labels.length > 0 && atLeast(labels, labels.length * 0.6, test);
  if (share((l) => /^(tieu chi|tc)\s*(so\s*)?\d/.test(l))) return 'criterion';
  if (share((l) => /^nhom\s*\d/.test(l))) return 'group';
  if (share((l) => /^huyen\b/.test(l))) return 'district';
  if (hasAnyWords(header, ['nguon von', 'nguon'])) return 'source';
  if (hasAnyWords(header, ['du an', 'cong trinh', 'hang muc', 'danh muc'])) return 'project';
  // "Nội dung" of a funding grid ("Tổng cộng | Trong đó: NSTW | NSĐP"): what the money is spent on, items that add up like projects.
  // Its years ("Năm | Tổng số | NSTW | NSĐP …", "Năm 2026" … under "Tổng giai đoạn"): each year's money adds up to the period's.
  const money = columns.filter((c) => c.meaning === 'amount' || c.meaning === 'total').length >= 2;
  if (money && (startsWithWords(header, ['nam', 'nam ke hoach']) || share((l) => /^(nam )?20\d\d$/.test(l)))) return 'year';
  if (money && startsWithWords(header, ['noi dung', 'noi dung chi', 'noi dung dau tu', 'khoan muc'])) return 'project';
  // Rows in several units are indicators; a ĐVT column giving every row the same unit ("Triệu đồng") names no indicator.
  if (units > 1 || (units === 1 && !hasAnyWords(header, ['xa', 'ten xa', 'don vi', 'dia phuong', 'huyen'])) || hasAnyWords(header, ['chi tieu'])) return 'target';
  if (hasAnyWords(header, ['tieu chi', 'noi dung tieu chi', 'ten tieu chi'])) return 'criterion';
  if (hasAnyWords(header, ['co quan', 'phong ban', 'don vi chu tri']) || startsWithWords(header, ['phong', 'ban', 'so nganh'])) return 'agency';
  // "Đơn vị" beside what each one leads ("Tiêu chí phụ trách"): agencies, not communes.
  if (startsWithWords(header, ['don vi', 'ten don vi']) && columns.some((c) => c.col !== labelCol && hasAnyWords(c.label, ['phu trach', 'duoc giao', 'chu tri']))) return 'agency';
  // Groups of communes: "Nhóm", and since the districts were dissolved (7/2025) "Khu vực", "Vùng", "Cụm xã".
  if (startsWithWords(header, ['nhom', 'nhom xa', 'khu vuc', 'vung', 'tieu vung', 'cum xa', 'cum'])) return 'group';
  if (startsWithWords(header, ['huyen', 'ten huyen', 'don vi hanh chinh cap huyen'])) return 'district';
  if (hasAnyWords(header, ['xa', 'ten xa', 'don vi', 'ten don vi', 'dia phuong', 'xa phuong', 'xa thi tran', 'dia ban'])) return 'commune';
  if (share((l) => /^(xa|phuong|thi tran)\b/.test(l))) return 'commune';
  return 'unknown';
}

function readTable(grid: Grid, from: number, context: TableContext, legend: Legend | undefined): Table | null {
  const boundary = findBoundary(grid, from, legend);
  if (!boundary) return null;
  const planYear = tablePlanYear(grid, boundary, context);
  const unitRow = unitRowOf(grid, boundary);
  const columns = readColumns(grid, unitRow ? { ...boundary, bottom: boundary.bottom - 1 } : boundary, planYear);
  if (columns.length < 2) return null;
  const left = columns[0].col;
  const right = columns[columns.length - 1].col;
  // Criteria across with figures down by year or by what they count ("Năm | TC 1 | … | TC 10") are read here.
  const rowsOfFigures = columns.some((c) => ['nam', 'noi dung', 'chi tieu', 'giai doan', 'nam ke hoach'].includes(c.label));
  // Agencies down the rows ("Sở Xây dựng | CT | PH | …"): a responsibility matrix laid sideways; counts under the
  // criteria ("3 | 5 | 2", indicators met): figures by commune and criterion — both read on the usual road.
  const numberedCriteria = rowsOfFigures ? [] : columns.filter((c) => /^\d{1,2}$/.test(c.title) || /^(tc|tieu chi)\s*(so\s*)?\d{1,2}$/.test(fold(c.title)));
  if (numberedCriteria.length >= 3 && !agenciesDown(grid, boundary.dataTop, left, right) && !holdsCounts(grid, bodyRows(grid, boundary.dataTop), numberedCriteria.map((c) => c.col))) {
    // Its rows are the assignment reader's.
    const repeats: { top: number; bottom: number }[] = [];
    const body = { top: boundary.dataTop, bottom: bodyBottom(grid, boundary.dataTop, left, right, false, columns.length, boundary, repeats), left, right };
    return { sheet: grid.name, header: { top: boundary.top, bottom: boundary.bottom }, numbersRow: boundary.numbersRow, orientation: 'rows', axis: 'commune', labelCol: left, columns, formulas: [], rows: [], totalCols: [], body, region: body, repeats, planYear, across: 'criteria' };
  }
  // No header names a count or an amount: a table of words, whatever numbers its TT column holds.
  const words = boundary.words ?? !columns.some((c) => c.meaning !== 'number' && DATA_MEANINGS.includes(c.meaning));
  const repeats: { top: number; bottom: number }[] = [];
  const bottom = bodyBottom(grid, boundary.dataTop, left, right, words, columns.length, boundary, repeats);
  const body = { top: boundary.dataTop, bottom, left, right };
  const sample: number[] = [];
  for (let row = boundary.dataTop; row <= bottom && sample.length < SAMPLE_ROWS; row++) sample.push(row);
  const unitLine = unitRow ?? findUnitLine(grid, boundary.top);
  if (unitLine && isMoney(unitLine.unit)) asAmounts(columns);
  settleMeanings(grid, columns, sample, legend);
  settlePeriods(columns);
  const ttCol = columns.find((c) => c.meaning === 'tt')?.col;
  const labelCol = pickLabelCol(grid, columns, sample);
  const labelColumn = columns.find((c) => c.col === labelCol);
  if (labelColumn && labelColumn.meaning !== 'tt') labelColumn.meaning = 'label';
  const numbered = readNumbers(grid, boundary.numbersRow, columns);
  const units = settleUnitColumn(grid, columns, boundary.dataTop, bottom, repeats);
  const axis = axisOf(columns, labelCol, itemLabels(grid, boundary.dataTop, bottom, labelCol), units);
  // Beside agencies, a "Tiêu chí" column lists the criteria each one leads, even one per row.
  if (axis === 'agency') {
    for (const column of columns) if (['number', 'text'].includes(column.meaning) && startsWithWords(column.label, ['tieu chi', 'chi tieu', 'tc', 'ma'])) column.meaning = 'list';
  }
  const rows = readRows(grid, boundary.dataTop, bottom, labelCol, ttCol, axis, repeats);
  if (axis === 'commune') namedTotals(rows, columns);
  else if (units <= 1) kindTotals(grid, rows, labelCol);
  markBreakdowns(grid, rows, labelCol);
  const totalCols = columns.filter((c) => c.meaning === 'total').map((c) => c.col);
  const orientation = columns.filter((c) => c.meaning === 'member').length >= 2 ? 'cols' : 'rows';
  markCountRows(rows, orientation, axis);
  for (const column of columns) {
    if (column.meaning === 'share' || column.meaning === 'comparison') column.percentUnits = inPercentUnits(grid, column.col, rows.map((r) => r.row), { top: boundary.top, bottom: boundary.bottom });
  }
  return {
    sheet: grid.name,
    header: { top: boundary.top, bottom: boundary.bottom },
    numbersRow: boundary.numbersRow,
    unitLine,
    orientation,
    axis,
    labelCol,
    ttCol,
    columns,
    formulas: numbered,
    rows,
    totalCols,
    body,
    region: body,
    repeats,
    planYear,
  };
}

/** Most of the first rows under a header are named by an agency ("Sở Xây dựng", "Công an tỉnh") in their first cell of words. */
function agenciesDown(grid: Grid, dataTop: number, left: number, right: number): boolean {
  const labels: string[] = [];
  for (let row = dataTop; row <= Math.min(grid.bottom, dataTop + SAMPLE_ROWS) && labels.length < 12; row++) {
    let label = '';
    for (let col = left; col <= right && !label; col++) {
      const raw = grid.raw(row, col).trim();
      if (raw && typeof grid.value(row, col) === 'string' && !isNumeric(grid, row, col) && !(raw.length <= 6 && markerOf(raw) !== null)) label = raw;
    }
    if (label) labels.push(label);
    else if (ownCells(grid, row).length === 0) break;
  }
  return labels.length >= 2 && atLeast(labels, Math.max(2, labels.length * 0.6), isAgencyRow);
}

/** The rows under a header down to the first blank one: what a table's first look at its body reads. */
function* bodyRows(grid: Grid, dataTop: number): Generator<number> {
  for (let row = dataTop; row <= grid.bottom && ownCells(grid, row).length > 0; row++) yield row;
}

function readNumbers(grid: Grid, row: number | undefined, columns: Column[]): ColumnFormula[] {
  if (row === undefined) return [];
  const labels = new Map<string, number>();
  const cells = columns.map((column) => ({ column, cell: readNumberCell(grid.value(row, column.col)) }));
  for (const { column, cell } of cells) {
    if (!cell) continue;
    column.number = cell.label;
    labels.set(cell.label, column.col);
  }
  return cells.flatMap(({ cell }) => (cell?.formula ? [columnFormula(cell.label, cell.formula, labels)].filter((f): f is ColumnFormula => f !== null) : []));
}

/** "triệu đồng", "tỷ đồng", "nghìn đồng", "đồng". */
function isMoney(unit: string): boolean {
  return /\bdong\b/.test(unit);
}

const COUNTED: readonly Meaning[] = ['units', 'baseline', 'added', 'cumulative', 'previous', 'plan', 'number'];

/** Under "ĐVT: triệu đồng" the figures of each year are money: amounts, and their "Tổng cộng" a total. */
function asAmounts(columns: Column[]): void {
  for (const column of columns) {
    if (!COUNTED.includes(column.meaning)) continue;
    column.meaning = startsWithWords(leafOf(column), TOTAL_WORDS) ? 'total' : 'amount';
  }
}

const UNIT_WORD = /^(nghin dong|trieu dong|ty dong|dong|xa|thon|tieu chi|nguoi|ho|km|ha|cong trinh)?$/;

/** A header's last row giving each column's unit ("ĐVT | Nghìn đồng | Nghìn đồng"): the table's unit, no column's name. */
function unitRowOf(grid: Grid, boundary: Boundary): Table['unitLine'] {
  const row = boundary.bottom;
  if (row <= boundary.top) return undefined;
  const own = ownCells(grid, row);
  const head = own.find((col) => /^(dvt|don vi tinh|don vi)$/.test(grid.text(row, col)));
  if (head === undefined) return undefined;
  const units = own.filter((col) => col !== head).map((col) => grid.text(row, col));
  if (units.length === 0 || !units.every((unit) => UNIT_WORD.test(unit))) return undefined;
  return { row, col: head, unit: units.find(isMoney) ?? units.find(Boolean) ?? '' };
}

function findUnitLine(grid: Grid, top: number): Table['unitLine'] {
  for (let row = top - 1; row >= Math.max(grid.top, top - 4); row--) {
    for (const col of grid.cols()) {
      const text = grid.text(row, col);
      const match = /^(?:dvt|don vi tinh|don vi)\s*(.+)$/.exec(text);
      if (match) return { row, col, unit: match[1] };
    }
  }
  return undefined;
}

