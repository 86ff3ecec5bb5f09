import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../domain/sheet/snapshot';
import { loadXlsx, snapshotOfWorkbook, WorkbookReadError } from './readSnapshot';

/** Reads an .xlsx file from disk into snapshots; a WorkbookReadError says why it cannot. */
export async function readWorkbookFile(file: string): Promise<WorkbookSnapshot> {
  return (await openWorkbookFile(file)).snapshot;
}

/** Opens an .xlsx file: the ExcelJS workbook (to write into) and its snapshots (to analyse). */
export async function openWorkbookFile(file: string): Promise<{ workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(file, code === 'ENOENT' ? 'không có tệp này' : code === 'EISDIR' ? 'là một thư mục' : `không mở được (${code ?? error})`);
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new WorkbookReadError(file, 'không phải tệp .xlsx (Excel 2007 trở lên); hãy lưu lại dưới dạng .xlsx');
  }
  const workbook = await loadXlsx(bytes, file);
  return { workbook, snapshot: snapshotOfWorkbook(workbook, path.basename(file)) };
}
