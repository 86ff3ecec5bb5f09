import type ExcelJS from 'exceljs';
import type { LayoutRow, SheetLayout } from '../../domain/appendix/layout';

const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function styleRow(row: ExcelJS.Row, layoutRow: LayoutRow, width: number): void {
  for (let col = 1; col <= width; col++) {
    const cell = row.getCell(col);
    const center = col === 1;
    switch (layoutRow.kind) {
      case 'title':
        cell.font = { ...FONT, size: 14, bold: true };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        break;
      case 'subtitle':
        cell.font = { ...FONT, italic: true };
        cell.alignment = { horizontal: 'center' };
        break;
      case 'header':
        cell.font = { ...FONT, bold: true };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
        cell.border = BORDER;
        break;
      case 'section':
        cell.font = { ...FONT, bold: true };
        cell.alignment = { horizontal: center ? 'center' : 'left', vertical: 'middle', wrapText: true };
        cell.border = BORDER;
        break;
      case 'task':
        cell.font = FONT;
        cell.alignment = { horizontal: center ? 'center' : 'left', vertical: 'top', wrapText: true };
        cell.border = BORDER;
        break;
      default:
        break;
    }
  }
}

/**
 * Writes a generated sheet's layout: every text as a text (ExcelJS never turns a string into a
 * formula, whatever it begins with), borders, wrapping, widths, and A4 landscape printing fitted
 * to the page width with the header row repeated on every page.
 */
export function writeLayout(worksheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  const width = layout.widths.length;
  layout.widths.forEach((w, i) => { worksheet.getColumn(i + 1).width = w; });
  layout.rows.forEach((layoutRow, i) => {
    const row = worksheet.getRow(i + 1);
    layoutRow.cells.forEach((text, c) => {
      if (text !== '') row.getCell(c + 1).value = text;
    });
    styleRow(row, layoutRow, width);
    const height = layout.heights[i];
    if (height) row.height = height;
  });
  for (const range of layout.merges) worksheet.mergeCells(range);
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${layout.headerRow}:${layout.headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  worksheet.views = [{ state: 'frozen', ySplit: layout.headerRow }];
}
