import { a1 } from '../sheet/address';
import type { Appendix } from './types';

export type LayoutRowKind = 'title' | 'subtitle' | 'blank' | 'header' | 'section' | 'task';
export type LayoutRow = { kind: LayoutRowKind; cells: string[] };

/** A generated sheet as data: its rows, merges, column widths and print settings. */
export type SheetLayout = {
  rows: LayoutRow[];
  merges: string[];
  /** Column widths in characters. */
  widths: number[];
  /** 1-based row of the header repeated on every printed page. */
  headerRow: number;
  /** Row heights in points that show every wrapped line (spreadsheets do not grow rows for text a program writes). */
  heights: (number | undefined)[];
};

export const APPENDIX_HEADER = ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian'];
/** Widths (characters) that fill an A4 landscape page at 100%: about 150 characters of Times 12. */
export const APPENDIX_WIDTHS = [6, 52, 18, 26, 26, 16];

/** Lines a wrapped text takes in a column of `width` characters (Times 12, breaking at words: about one character a width unit). */
function linesOf(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 0.95) - 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** A row height that shows every wrapped line: spreadsheets do not grow rows for text written by a program. */
export function rowHeight(layoutRow: LayoutRow, widths: readonly number[], merged: boolean): number | undefined {
  if (layoutRow.kind === 'blank' || layoutRow.kind === 'subtitle') return undefined;
  const spanWidth = widths.slice(1).reduce((a, b) => a + b, 0);
  const lines = Math.max(1, ...layoutRow.cells.map((text, c) => linesOf(text, merged && c === 1 ? spanWidth : layoutRow.kind === 'title' ? widths.reduce((a, b) => a + b, 0) : widths[c] ?? 10)));
  return Math.ceil(lines * (layoutRow.kind === 'title' ? 18.5 : 15.75) + 3);
}

/** The appendix as a sheet: title, "(Kèm theo …)", header, section and task rows. */
export function layoutAppendix(appendix: Appendix): SheetLayout {
  const width = APPENDIX_HEADER.length;
  const rows: LayoutRow[] = [
    { kind: 'title', cells: [appendix.title] },
    { kind: 'subtitle', cells: [appendix.subtitle] },
    { kind: 'blank', cells: [] },
    { kind: 'header', cells: APPENDIX_HEADER },
  ];
  const merges = [`A1:${a1(0, width - 1)}`, `A2:${a1(1, width - 1)}`];
  for (const section of appendix.sections) {
    rows.push({ kind: 'section', cells: [section.tt, section.title, '', '', '', ''] });
    merges.push(`B${rows.length}:${a1(rows.length - 1, width - 1)}`);
    for (const row of section.rows) rows.push({ kind: 'task', cells: [row.tt, row.content, row.directing, row.implementing, row.coordinating, row.timeline] });
  }
  return { rows, merges, widths: APPENDIX_WIDTHS, headerRow: 4, heights: rows.map((row) => rowHeight(row, APPENDIX_WIDTHS, row.kind === 'section')) };
}
