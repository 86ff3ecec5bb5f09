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
};

export const APPENDIX_HEADER = ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian'];
/** Widths (characters) that fill an A4 landscape page at 100%: about 150 characters of Times 12. */
export const APPENDIX_WIDTHS = [6, 52, 18, 26, 26, 16];

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
  return { rows, merges, widths: APPENDIX_WIDTHS, headerRow: 4 };
}
