import ExcelJS from 'exceljs';
import type { Template, TemplateSheet, Validation } from '../../domain/template/types';
import { parseA1 } from '../../domain/sheet/address';
import { addSnapshotsToWorkbook } from './writeSnapshot';
import { applyPlanToWorkbook } from './applyPlan';

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const COMPUTED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: 'Times New Roman', size: 12 } as const;

function cellsOf(range: string): [number, number][] {
  const [from, to = from] = range.replace(/\$/g, '').split(':').map(parseA1);
  const cells: [number, number][] = [];
  for (let r = from!.row; r <= to!.row; r++) for (let c = from!.col; c <= to!.col; c++) cells.push([r + 1, c + 1]);
  return cells;
}

function ruleOf(validation: Validation): ExcelJS.DataValidation {
  if (validation.type === 'list') {
    const formula = validation.source ?? `"${(validation.values ?? []).join(',')}"`;
    return { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true, errorStyle: 'warning', errorTitle: 'Giá trị ngoài danh sách', error: 'Giá trị này không có trong danh sách chọn.' };
  }
  return { type: validation.type, operator: 'greaterThanOrEqual', allowBlank: true, formulae: [validation.min], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Số không hợp lệ', error: validation.type === 'whole' ? `Nhập số nguyên từ ${validation.min} trở lên.` : `Nhập số từ ${validation.min} trở lên.` };
}

function decorate(worksheet: ExcelJS.Worksheet, sheet: TemplateSheet): void {
  sheet.widths.forEach((width, i) => {
    const column = worksheet.getColumn(i + 1);
    column.width = Math.max(column.width ?? 0, width);
  });
  const width = worksheet.columnCount;
  worksheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => { cell.font = { ...FONT, ...cell.font, name: FONT.name, size: cell.font?.size && cell.font.size > 12 ? cell.font.size : FONT.size }; }));
  for (const row of sheet.titleRows) worksheet.getCell(row + 1, 1).font = { ...FONT, size: 14, bold: true };
  for (const row of sheet.headerRows) {
    for (let col = 1; col <= width; col++) {
      const cell = worksheet.getCell(row + 1, col);
      cell.font = { ...FONT, bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  for (const range of sheet.inputs) {
    for (const [r, c] of cellsOf(range)) {
      const cell = worksheet.getCell(r, c);
      cell.fill = INPUT_FILL;
      cell.border = BORDER;
    }
  }
  for (const range of sheet.computed) {
    for (const [r, c] of cellsOf(range)) {
      const cell = worksheet.getCell(r, c);
      cell.fill = COMPUTED_FILL;
      cell.border = BORDER;
    }
  }
  for (const row of sheet.sectionRows ?? []) worksheet.getRow(row + 1).eachCell((cell) => { cell.font = { ...FONT, bold: true }; });
  if (sheet.headerHeight) for (const row of sheet.headerRows) worksheet.getRow(row + 1).height = sheet.headerHeight;
  if (sheet.landscape) {
    const header = sheet.headerRows.length ? `${Math.min(...sheet.headerRows) + 1}:${Math.max(...sheet.headerRows) + 1}` : undefined;
    worksheet.pageSetup = { ...worksheet.pageSetup, orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, ...(header ? { printTitlesRow: header } : {}) };
  }
  for (const validation of sheet.validations) {
    const rule = ruleOf(validation);
    for (const [r, c] of cellsOf(validation.range)) worksheet.getCell(r, c).dataValidation = rule;
  }
  worksheet.views = [{ state: 'frozen', ySplit: sheet.freezeRows, xSplit: 0 }];
}

/**
 * A template as an .xlsx workbook: labels, input cells shaded yellow with drop-downs, computed
 * cells shaded green holding their formulas, frozen headers and column widths.
 */
export function workbookFromTemplate(template: Template): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ntm-plan';
  addTemplateToWorkbook(workbook, template);
  return workbook;
}

/** Adds a template's sheets to an existing workbook (their names must be free). */
export function addTemplateToWorkbook(workbook: ExcelJS.Workbook, template: Template): void {
  addSnapshotsToWorkbook(workbook, template.sheets.map((s) => s.snapshot));
  applyPlanToWorkbook(workbook, template.plan);
  for (const sheet of template.sheets) decorate(workbook.getWorksheet(sheet.snapshot.name)!, sheet);
}
