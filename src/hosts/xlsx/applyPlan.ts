import ExcelJS from 'exceljs';
import type { CellWrite, WritePlan } from '../../domain/fill/types';
import { replacedNote } from '../../domain/fill/notes';
import { cellWrites } from '../../domain/fill/cells';

/** Fill of computed cells: visibly distinct from the cells a person types. */
const COMPUTED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The font of the table around a cell: the cell's own, else its left or upper neighbour's. */
function tableFont(worksheet: ExcelJS.Worksheet, row: number, col: number): Partial<ExcelJS.Font> {
  for (const [r, c] of [[row, col], [row, col - 1], [row - 1, col]]) {
    if (r < 1 || c < 1) continue;
    const font = worksheet.getCell(r, c).font;
    if (font?.name) return { name: font.name, size: font.size };
  }
  return { name: 'Calibri', size: 11 };
}

function styleOf(worksheet: ExcelJS.Worksheet, cell: ExcelJS.Cell, write: CellWrite): void {
  if (write.style === 'typed') return;
  const font = tableFont(worksheet, Number(cell.row), Number(cell.col));
  cell.border = BORDER;
  if (write.style === 'computed') {
    cell.fill = COMPUTED_FILL;
    if (font) cell.font = font;
  } else {
    cell.font = { ...font, bold: true };
    cell.alignment = write.style === 'header' ? { wrapText: true, vertical: 'middle', horizontal: 'center' } : { vertical: 'middle' };
  }
}

/** Widens (never narrows) the columns holding the block labels the fill adds, so the labels show whole. */
function fitLabelColumns(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const widest = new Map<string, number>();
  for (const write of plan.writes) {
    if (write.style !== 'label' || !write.text) continue;
    const key = `${write.sheet}\u0000${write.col}`;
    widest.set(key, Math.max(widest.get(key) ?? 0, Math.min(48, write.text.length + 2)));
  }
  for (const [key, width] of widest) {
    const [sheet, col] = key.split('\u0000');
    const column = workbook.getWorksheet(sheet)?.getColumn(Number(col) + 1);
    if (column && (column.width ?? 8.43) < width) column.width = width;
  }
}

/**
 * Applies a write plan to an ExcelJS workbook: formulas with the engine's value as their cached
 * result, labels as text (never formulas, whatever they begin with), number formats, borders,
 * merges, and the replaced content in the cell's note. Excel recalculates on opening.
 */
export function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: WritePlan, options: { cachedResults?: boolean } = {}): void {
  const cached = options.cachedResults ?? true;
  for (const write of cellWrites(plan)) {
    const worksheet = workbook.getWorksheet(write.sheet);
    if (!worksheet) throw new Error(`applyPlanToWorkbook: no sheet "${write.sheet}" for ${write.cell}`);
    const cell = worksheet.getCell(write.row + 1, write.col + 1);
    if (write.formula !== undefined && !write.formula.startsWith('=')) {
      cell.value = Number(write.formula);
    } else if (write.formula !== undefined) {
      cell.value = { formula: write.formula.replace(/^=/, ''), result: cached ? write.value : undefined } as ExcelJS.CellFormulaValue;
    } else {
      cell.value = write.text ?? '';
    }
    if (write.numberFormat) cell.numFmt = write.numberFormat;
    styleOf(worksheet, cell, write);
    if (write.replaces !== undefined) {
      const earlier = typeof cell.note === 'string' ? `${cell.note}\n` : '';
      cell.note = `${earlier}${replacedNote(write.replaces)}`;
    }
  }
  for (const merge of plan.merges) {
    const worksheet = workbook.getWorksheet(merge.sheet);
    const [from] = merge.range.split(':');
    if (worksheet && !worksheet.getCell(from).isMerged) worksheet.mergeCells(merge.range);
  }
  fitLabelColumns(workbook, plan);
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}
