import type ExcelJS from 'exceljs';

/** A cell as ExcelJS holds it — value (formula, rich text, date), look and note — to put back later. */
export type CellState = { sheet: string; row: number; col: number; value: ExcelJS.CellValue; style: string; note?: ExcelJS.Cell['note'] };

/** The state of a cell (0-based row and column), copied. */
export function cellState(workbook: ExcelJS.Workbook, sheet: string, row: number, col: number): CellState {
  const cell = workbook.getWorksheet(sheet)!.getCell(row + 1, col + 1);
  return { sheet, row, col, value: structuredClone(cell.value), style: JSON.stringify(cell.style ?? {}), note: cell.note };
}

/** Puts a cell back in a state taken before. */
export function restoreCell(workbook: ExcelJS.Workbook, state: CellState): void {
  const cell = workbook.getWorksheet(state.sheet)!.getCell(state.row + 1, state.col + 1);
  cell.value = state.value;
  cell.style = JSON.parse(state.style) as Partial<ExcelJS.Style>;
  if (state.note !== undefined) cell.note = state.note as string;
  // ExcelJS has no call that removes a note: its cell keeps the note it has in `_comment`.
  else (cell as unknown as { _comment?: unknown })._comment = undefined;
}
