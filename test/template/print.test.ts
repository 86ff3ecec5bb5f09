/**
 * A blank template is printed before anyone types into it: every sheet must come out one page wide,
 * never a table cut between two sheets of paper (the tasks, targets, funding and responsibility
 * sheets printed portrait on two or three pages, their titles cut in half).
 */
import ExcelJS from 'exceljs';
import { BUILTIN_CATALOGS } from '../../src/domain/catalog/builtin';
import { catalogForYear } from '../../src/domain/catalog/select';
import { buildTemplate } from '../../src/domain/template/build';
import { TEMPLATE_KINDS } from '../../src/domain/template/types';
import { workbookFromTemplate } from '../../src/hosts/xlsx/writeTemplate';

/** A4 portrait between Excel's default margins (0.7 in each side), in pixels at 96 dpi. */
const PORTRAIT_PX = (8.27 - 2 * 0.7) * 96;

/** The printed width of a sheet's columns in pixels, as Excel sizes a width of n characters (Calibri 11: 7 px a digit, 5 px padding). */
function widthPx(worksheet: ExcelJS.Worksheet): number {
  let px = 0;
  for (let c = 1; c <= worksheet.columnCount; c++) px += Math.trunc((worksheet.getColumn(c).width ?? 8.43) * 7 + 5);
  return px;
}

describe('every template sheet prints one page wide', () => {
  it.each(TEMPLATE_KINDS.flatMap((kind) => [2025, 2027].map((year) => [kind, year] as const)))('%s, %i', async (kind, year) => {
    const template = buildTemplate(kind, { catalog: catalogForYear(BUILTIN_CATALOGS, year, false)!, communes: ['Lê Lai', 'Đức Long', 'Đức Xuân'], year });
    const written = await workbookFromTemplate(template).xlsx.writeBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(written as ArrayBuffer);
    const sheets = book.worksheets.map((ws) => {
      const setup = ws.pageSetup;
      const fitted = setup.orientation === 'landscape' && setup.fitToPage === true && setup.fitToWidth === 1;
      return { sheet: ws.name, fits: widthPx(ws) <= PORTRAIT_PX || fitted };
    });
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets).toEqual(sheets.map(({ sheet }) => ({ sheet, fits: true })));
  });
});
