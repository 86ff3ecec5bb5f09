import type { PlanText } from '../source';
import { numbersOf, type SentenceNumbers } from './figures';
import { planFactsOf, type PlanFacts } from './plan';
import { sentencesOf, type Sentence } from './segments';

export type ReadSentence = Sentence & SentenceNumbers & { quote: string; folded: string };

/** Lines of a table (tab-separated cells, as a .docx table or a copied sheet arrives), 1-based. */
export type TextTable = { firstLine: number; lastLine: number; rows: string[][]; lines: number[] };

/** Lines the reader leaves to the table model, or could not read as sentences (a table broken one cell per line). */
export type Region = { firstLine: number; lastLine: number; kind: 'table' | 'appendix' };

/** A text read once: its sentences with their numbers, its tables, the plan's date and year. */
export type Reading = { text: PlanText; sentences: ReadSentence[]; tables: TextTable[]; regions: Region[]; plan: PlanFacts };

/**
 * Reads a text once for every check: sentences (outside tables and a responsibility appendix
 * printed one cell per line), the numbers of each, the tables, the plan's date and year (with the
 * plan year of the workbook it is checked beside, if any: `planFactsOf`).
 *
 * @example
 * readText(prepareText('KẾ HOẠCH năm 2027\n- Có 12 xã đạt chuẩn, chiếm 20%.')).sentences[1].figures.length // 2
 */
export function readText(text: PlanText, workbookYear?: number): Reading {
  const tables = tablesOf(text);
  const regions: Region[] = tables.map((t) => ({ firstLine: t.firstLine, lastLine: t.lastLine, kind: 'table' }));
  const appendix = appendixStart(text, tables);
  if (appendix !== undefined) regions.push({ firstLine: appendix, lastLine: text.lines.length, kind: 'appendix' });
  const outside = (line: number) => !regions.some((r) => line >= r.firstLine && line <= r.lastLine);
  const sentences = sentencesOf(text, (line) => !outside(line))
    .map((s) => ({ ...s, ...numbersOf(text, s.start, s.end), quote: text.flat.slice(s.start, s.end).replace(/\s+/g, ' ').trim(), folded: text.folded.slice(s.start, s.end) }));
  return { text, sentences, tables, regions, plan: planFactsOf(text, workbookYear) };
}

/** Runs of two or more tab-separated lines (blank lines between them allowed). */
function tablesOf(text: PlanText): TextTable[] {
  const tables: TextTable[] = [];
  let current: TextTable | undefined;
  text.lines.forEach((line, i) => {
    if (text.tabbed[i]) {
      const cells = rawCells(text, i);
      if (current && i + 1 - current.lastLine <= 2) {
        current.rows.push(cells);
        current.lines.push(i + 1);
        current.lastLine = i + 1;
      } else {
        current = { firstLine: i + 1, lastLine: i + 1, rows: [cells], lines: [i + 1] };
        tables.push(current);
      }
    } else if (line.trim() && current && i + 1 - current.lastLine > 0) current = undefined;
  });
  return tables.filter((t) => t.rows.length >= 2);
}

function rawCells(text: PlanText, i: number): string[] {
  return text.cells[i] ?? [text.lines[i]];
}

/**
 * Where a responsibility appendix printed one cell per line starts ("Phụ lục: Nội dung công việc,
 * tiến độ thời gian, trách nhiệm thực hiện" followed by a header split over lines): its numbers are
 * row numbers and months, not sentences.
 */
function appendixStart(text: PlanText, tables: TextTable[]): number | undefined {
  for (let i = 0; i < text.lines.length; i++) {
    const start = text.offsetOf(i + 1);
    const line = text.folded.slice(start, start + text.lines[i].length).trim();
    if (!/^(?:\*\*)?phu luc\b/.test(line)) continue;
    const around = text.folded.slice(start, text.offsetOf(i + 12));
    if (!/noi dung cong viec|trach nhiem thuc hien|tien do/.test(around)) continue;
    // A tab-separated table is read as a table; only a table broken one cell per line is set apart.
    if (tables.some((t) => t.firstLine > i && t.firstLine <= i + 12)) return undefined;
    return i + 1;
  }
  return undefined;
}
