import type { LayoutRow, SheetLayout } from '../../domain/appendix/layout';
import { contentWidths } from './columns';
import { textWidth, twips } from './measure';
import { FONT, pageSection, ruleParagraph, textWidthOf } from './page';

/** Times New Roman 13 in the table, 14 for the title (docx counts half-points). */
const SIZE = 13;
const TITLE_SIZE = 14;

/**
 * The responsibility appendix as a Word document: the title, "(Kèm theo Kế hoạch số … của UBND …)"
 * with a short rule under it, the table TT | Nội dung công việc | Chỉ đạo | Cơ quan thực hiện | Cơ
 * quan phối hợp | Thời gian: its header row repeated on every page, no row split across two pages,
 * each section row (I, II …, across the table) kept on the page of its first task, columns as wide
 * as their content asks (TT fits "XIII"); A4 landscape with the margins of Nghị định 30/2020/NĐ-CP,
 * Times New Roman 13, page numbers from the second page. Every text is written as it is (a task
 * starting with "-" or "=" stays that text). docx is loaded only when a document is written.
 *
 * @example
 * const bytes = await appendixDocx(layoutAppendix(appendix));
 */
export async function appendixDocx(layout: SheetLayout): Promise<Uint8Array> {
  const docx = await import('docx');
  const { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } = docx;
  const usable = textWidthOf('landscape');
  const tableRows = layout.rows.filter((row) => row.kind === 'header' || row.kind === 'section' || row.kind === 'task');
  const columns = layout.widths.length;
  const widths = contentWidths(tableRows.map((row) => ({ cells: row.cells, bold: row.kind !== 'task', spans: row.kind === 'section', header: row.kind === 'header' })), columns, usable, SIZE);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const paragraphs = (text: string, options: { bold?: boolean; italics?: boolean; center?: boolean; size?: number } = {}) =>
    (text === '' ? [''] : text.split('\n')).map((line) => new Paragraph({
      alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text: line, bold: options.bold, italics: options.italics, size: (options.size ?? SIZE) * 2 })],
    }));
  const cell = (text: string, col: number, row: LayoutRow, span = 1) => new TableCell({
    children: paragraphs(text, { bold: row.kind !== 'task', center: row.kind === 'header' || col === 0 }),
    columnSpan: span,
    width: { size: widths.slice(col, col + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
    verticalAlign: row.kind === 'header' ? VerticalAlign.CENTER : VerticalAlign.TOP,
    borders,
  });
  const rows = tableRows.map((row) => new TableRow({
    tableHeader: row.kind === 'header',
    cantSplit: true,
    // A section's title never ends a page: it stays with its first task.
    keepNext: row.kind === 'section',
    children: row.kind === 'section' ? [cell(row.cells[0] ?? '', 0, row), cell(row.cells[1] ?? '', 1, row, columns - 1)] : widths.map((_, c) => cell(row.cells[c] ?? '', c, row)),
  }));
  const title = layout.rows.find((row) => row.kind === 'title')?.cells[0] ?? '';
  const subtitle = layout.rows.find((row) => row.kind === 'subtitle')?.cells[0] ?? '';
  const above = [
    ...paragraphs(title, { bold: true, center: true, size: TITLE_SIZE }),
    ...paragraphs(subtitle, { italics: true, center: true, size: TITLE_SIZE }),
    ruleParagraph(docx, Math.round(Math.min(usable, twips(textWidth(subtitle, TITLE_SIZE))) / 3), usable),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
  ];
  const document = new Document({
    creator: 'ntm-plan',
    title,
    styles: { default: { document: { run: { font: FONT, size: SIZE * 2 } } } },
    sections: [{
      ...pageSection(docx, 'landscape', SIZE),
      children: [...above, new Table({ rows, width: { size: usable, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED })],
    }],
  });
  // An ArrayBuffer, not a Node Buffer: the same code runs in the pane.
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
