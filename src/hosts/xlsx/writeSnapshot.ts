import ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../../domain/sheet/snapshot';
import { isCellError } from '../../domain/sheet/snapshot';
import { a1 } from '../../domain/sheet/address';

/**
 * Writes snapshots as worksheets of a new workbook: values, formulas (with their results),
 * number formats and merges. Used to build real .xlsx files from inline grids.
 */
export function workbookFromSnapshots(sheets: readonly SheetSnapshot[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  addSnapshotsToWorkbook(workbook, sheets);
  return workbook;
}

/** Adds snapshots as new worksheets of an existing workbook. */
export function addSnapshotsToWorkbook(workbook: ExcelJS.Workbook, sheets: readonly SheetSnapshot[]): void {
  for (const snapshot of sheets) {
    const worksheet = workbook.addWorksheet(snapshot.name);
    snapshot.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = worksheet.getCell(snapshot.origin.row + r + 1, snapshot.origin.col + c + 1);
        const formula = snapshot.formulas?.[r]?.[c];
        if (formula) {
          const result = isCellError(value) ? { error: value.error } : value ?? undefined;
          cell.value = { formula: formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
        } else if (isCellError(value)) {
          cell.value = { error: value.error } as ExcelJS.CellErrorValue;
        } else if (value !== null) {
          cell.value = value;
        }
        const format = snapshot.numberFormats?.[r]?.[c];
        if (format) cell.numFmt = format;
      });
    });
    for (const area of snapshot.merges ?? []) worksheet.mergeCells(`${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`);
  }
}
