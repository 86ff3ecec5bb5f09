import type { LayoutRow, SheetLayout } from '../../domain/appendix/layout';

/** A4 landscape in twentieths of a point, with 2 cm margins (what government documents use). */
const PAGE = { width: 16_838, height: 11_906, margin: 1_134 } as const;
/** Times New Roman 13 (docx counts half-points). */
const SIZE = 26;

/**
 * The responsibility appendix as a Word document: the title, "(Kèm theo Kế hoạch số …)", the table
 * TT | Nội dung công việc | Chỉ đạo | Cơ quan thực hiện | Cơ quan phối hợp | Thời gian with its header
 * row repeated on every page, section rows (I, II …) across the table, task rows (1, 2 …); A4
 * landscape, Times New Roman 13. Every text is written as it is (a task starting with "-" or "=" stays
 * that text). docx is loaded only when a document is written.
 *
 * @example
 * const bytes = await appendixDocx(layoutAppendix(appendix));
 */
export async function appendixDocx(layout: SheetLayout): Promise<Uint8Array> {
  const docx = await import('docx');
  const { AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } = docx;
  const usable = PAGE.width - 2 * PAGE.margin;
  const total = layout.widths.reduce((a, b) => a + b, 0);
  const widths = layout.widths.map((w) => Math.round((w / total) * usable));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const paragraphs = (text: string, options: { bold?: boolean; italics?: boolean; center?: boolean } = {}) =>
    (text === '' ? [''] : text.split('\n')).map((line) => new Paragraph({
      alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [new TextRun({ text: line, bold: options.bold, italics: options.italics })],
    }));
  const cell = (text: string, col: number, row: LayoutRow, span = 1) => new TableCell({
    children: paragraphs(text, { bold: row.kind !== 'task', center: row.kind === 'header' || col === 0 }),
    columnSpan: span,
    width: { size: widths.slice(col, col + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
    verticalAlign: row.kind === 'header' ? VerticalAlign.CENTER : VerticalAlign.TOP,
    borders,
  });
  const rows = layout.rows.filter((row) => row.kind === 'header' || row.kind === 'section' || row.kind === 'task').map((row) => new TableRow({
    tableHeader: row.kind === 'header',
    cantSplit: row.kind !== 'task',
    children: row.kind === 'section' ? [cell(row.cells[0] ?? '', 0, row), cell(row.cells[1] ?? '', 1, row, widths.length - 1)] : widths.map((_, c) => cell(row.cells[c] ?? '', c, row)),
  }));
  const above = layout.rows.filter((row) => row.kind === 'title' || row.kind === 'subtitle').flatMap((row) => paragraphs(row.cells[0] ?? '', { bold: row.kind === 'title', italics: row.kind === 'subtitle', center: true }));
  const document = new Document({
    creator: 'ntm-plan',
    styles: { default: { document: { run: { font: 'Times New Roman', size: SIZE } } } },
    sections: [{
      // docx takes the portrait size and turns it for a landscape page.
      properties: { page: { size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
      children: [...above, new Paragraph(''), new Table({ rows, width: { size: usable, type: WidthType.DXA }, columnWidths: widths })],
    }],
  });
  // An ArrayBuffer, not a Node Buffer: the same code runs in the pane.
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
