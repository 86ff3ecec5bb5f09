import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { WorkbookSnapshot } from '../../domain/sheet/snapshot';
import { openWorkbookBytes, type OpenedWorkbook } from './open';
import { WorkbookReadError } from './readSnapshot';

/** Reads a workbook file (.xlsx, .ods, .xls, .csv) from disk into snapshots; a WorkbookReadError says why it cannot. */
export async function readWorkbookFile(file: string): Promise<WorkbookSnapshot> {
  return (await openWorkbookFile(file)).snapshot;
}

/** A workbook file's bytes; a file that is missing, a folder or unreadable is a WorkbookReadError saying which. */
export async function workbookBytes(file: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(file, code === 'ENOENT' ? 'không có tệp này' : code === 'EISDIR' ? 'là một thư mục' : `không mở được (${code ?? error})`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Opens a workbook file: the ExcelJS workbook (to write into, always saved as .xlsx), its snapshots (to analyse), its format. */
export async function openWorkbookFile(file: string): Promise<OpenedWorkbook> {
  return openWorkbookBytes(await workbookBytes(file), file, path.basename(file));
}
