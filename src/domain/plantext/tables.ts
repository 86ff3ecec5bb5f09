import { analyzeWorkbook, runChecks, type Analysis } from '../engine';
import { FINDING_SEVERITY, READ_CODES, type FindingDraft } from '../findings/codes';
import { parseVietnameseNumber } from '../text/numbers';
import { rowOf, type CellValue, type SheetSnapshot } from '../sheet/snapshot';
import { parseA1 } from '../sheet/address';
import type { TextFindingDraft } from './findings';
import type { TextTable } from './read/reading';
import type { PlanText } from './source';

/** A cell as a sheet would hold it: a plain number as a number ("1.234,5" → 1234.5), anything else as typed. */
function cellValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parsed = /%$/.test(trimmed) ? null : parseVietnameseNumber(trimmed);
  return parsed && !/^0\d/.test(trimmed) ? parsed.value : trimmed;
}

/** The sheet name of a table of the text: "Bảng 2 (dòng 40)". */
export const tableName = (table: TextTable, index: number) => `Bảng ${index + 1} (dòng ${table.firstLine})`;

/** A table of the text as a sheet grid, one row per line. */
export function tableSnapshot(table: TextTable, index: number): SheetSnapshot {
  const width = Math.max(...table.rows.map((r) => r.length));
  return { name: tableName(table, index), origin: { row: 0, col: 0 }, values: table.rows.map((row) => rowOf(row, cellValue, width)) };
}

/** A table without the header rows a printed page repeats (the same cells as the first row): a page break, not data. */
export function withoutRepeatedHeaders(table: TextTable): TextTable {
  const first = table.rows[0].join('\t');
  const keep = table.rows.map((row, i) => i === 0 || row.join('\t') !== first);
  return { ...table, rows: table.rows.filter((_, i) => keep[i]), lines: table.lines.filter((_, i) => keep[i]) };
}

/**
 * A table with the lines just above it as its title rows, as a sheet has them ("Biểu 01: Chỉ tiêu
 * năm 2021 (Tổng số xã: 181)"): the table model reads the year and the number of communes there.
 */
function withTitle(table: TextTable, text: PlanText): TextTable {
  const above: number[] = [];
  for (let line = table.firstLine - 1; line >= 1 && above.length < 2 && table.firstLine - line <= 4; line--) {
    if (text.tabbed[line - 1]) break;
    if (text.lines[line - 1].trim()) above.unshift(line);
  }
  return { ...table, rows: [...above.map((l) => [text.lines[l - 1].trim()]), ...table.rows], lines: [...above, ...table.lines] };
}

/** Engine findings about how a cell was read rather than about the plan ("Không đọc được thời gian …"): said in the coverage, not as faults. */
const READING_CODES = new Set(['unparsed-timeline', 'unread-table']);

export type TablesRead = { analysis?: Analysis; findings: TextFindingDraft[]; unread: TextTable[] };

/**
 * The tables of a plan's text (a .docx's tables, tab-separated lines) read by the table model and
 * checked as sheets are: each engine finding becomes a finding at the line of its row; a table no
 * reader recognised is returned as unread.
 *
 * @example
 * checkTables([{ firstLine: 3, lastLine: 6, lines: [3, 4, 5, 6], rows }]).findings[0].params.cell // 'E4'
 */
export function checkTables(read: readonly TextTable[], text?: PlanText): TablesRead {
  if (read.length === 0) return { findings: [], unread: [] };
  const tables = read.map(withoutRepeatedHeaders).map((t) => (text ? withTitle(t, text) : t));
  const analysis = analyzeWorkbook({ name: 'văn bản', sheets: tables.map(tableSnapshot) });
  const drafts = runChecks(analysis);
  const findings: TextFindingDraft[] = [];
  for (const draft of drafts) {
    if (READ_CODES.includes(draft.code) || FINDING_SEVERITY[draft.code] === 'info' || READING_CODES.has(draft.code)) continue;
    const index = tables.findIndex((t, i) => tableName(t, i) === draft.sheet);
    if (index < 0) continue;
    const table = tables[index];
    const row = parseA1(draft.cell)?.row ?? 0;
    const line = table.lines[Math.min(row, table.lines.length - 1)];
    findings.push({
      code: 'text-table', line, quote: (table.rows[row] ?? table.rows[0]).filter(Boolean).join(' | '), actual: draft.actual === undefined ? '' : String(draft.actual), expected: draft.expected === undefined ? '' : String(draft.expected),
      params: { table: index + 1, cell: draft.cell, firstLine: table.firstLine }, cellFinding: draft,
    });
  }
  // A table no view reads, or with a region of numbers none does: listed as not read (the engine's 'unread-table').
  const unread = read.filter((_, i) => analysis.sheets[i].views.length === 0 || analysis.sheets[i].unread.length > 0);
  return { analysis, findings, unread };
}

export type { FindingDraft };
