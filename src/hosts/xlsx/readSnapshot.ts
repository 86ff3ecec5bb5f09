import ExcelJS from 'exceljs';
import { blankRow, type Area, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../domain/sheet/snapshot';
import { parseA1 } from '../../domain/sheet/address';

/** A fault reading a workbook: the file is not an .xlsx, is corrupt, or cannot be opened. */
export class WorkbookReadError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'WorkbookReadError';
  }
}

type Raw = ExcelJS.CellValue;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The value a cell shows, in the engine's terms (texts of rich text, results of formulas). */
function valueOf(raw: Raw): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return `${pad(raw.getUTCDate())}/${pad(raw.getUTCMonth() + 1)}/${raw.getUTCFullYear()}`;
  if ('error' in raw) return { error: String(raw.error) };
  if ('richText' in raw) return raw.richText.map((run) => run.text).join('');
  if ('formula' in raw || 'sharedFormula' in raw) return valueOf((raw as ExcelJS.CellFormulaValue).result as Raw);
  if ('text' in raw) return String((raw as ExcelJS.CellHyperlinkValue).text);
  return null;
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const formula = cell.formula;
  return formula ? `=${formula}` : null;
}

function mergesOf(worksheet: ExcelJS.Worksheet): Area[] {
  const ranges: string[] = (worksheet.model as { merges?: string[] }).merges ?? [];
  return ranges.flatMap((range) => {
    const [from, to] = range.split(':').map(parseA1);
    return from && to ? [{ top: from.row, left: from.col, bottom: to.row, right: to.col }] : [];
  });
}

/** Reads one worksheet's used range (the cells holding something) into a snapshot. */
export function snapshotOfWorksheet(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (_cell, colNumber) => {
      top = Math.min(top, rowNumber); bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, colNumber); right = Math.max(right, colNumber);
    });
  });
  if (bottom < 0) return { name: worksheet.name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => blankRow(width));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => blankRow(width));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => blankRow(width));
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const [r, c] = [rowNumber - top, colNumber - left];
      const slave = cell.isMerged && cell.master.address !== cell.address;
      // A formula's cached result through `cell.result`: `cell.value` drops a result of 0.
      values[r][c] = slave ? null : valueOf(cell.formula ? (cell.result as Raw) : cell.value);
      formulas[r][c] = formulaOf(cell);
      numberFormats[r][c] = cell.numFmt ?? null;
    });
  });
  return { name: worksheet.name, origin: { row: top - 1, col: left - 1 }, values, formulas, numberFormats, merges: mergesOf(worksheet) };
}

/** Every worksheet of a loaded workbook as snapshots. */
export function snapshotOfWorkbook(workbook: ExcelJS.Workbook, name?: string): WorkbookSnapshot {
  return { name, sheets: workbook.worksheets.map(snapshotOfWorksheet) };
}

/** Loads an .xlsx from bytes (Node or browser) into an ExcelJS workbook. */
export async function loadXlsx(bytes: ArrayBuffer | Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkbookReadError(file, `không đọc được tệp .xlsx (${reason.split('\n')[0]})`);
  }
  return workbook;
}
