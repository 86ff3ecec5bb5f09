import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../domain/sheet/snapshot';
import { ConversionError, ENCRYPTED_REASON, toXlsxBytes } from './convert';
import { sniffFormat, type FileFormat } from './formats';
import { loadXlsx, snapshotOfWorkbook, WorkbookReadError } from './readSnapshot';

/** A workbook opened from a file: the ExcelJS workbook to write into, its snapshots, the format it came in. */
export type OpenedWorkbook = { workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot; format: FileFormat };

/**
 * Opens a workbook from a file's bytes, whatever it was saved as: .xlsx as it is; .ods, .xls and
 * .csv through SheetJS (recognised by their content, not their name). A file that is no workbook,
 * or one protected by a password, is a WorkbookReadError saying so in a line. Node and browser.
 *
 * @example
 * const { snapshot, format } = await openWorkbookBytes(bytes, 'ke-hoach.ods'); // format === 'ods'
 */
export async function openWorkbookBytes(bytes: Uint8Array, file: string, name = file.replace(/^.*[\\/]/, '')): Promise<OpenedWorkbook> {
  const { format, seems } = sniffFormat(bytes);
  if (format === 'encrypted') throw new WorkbookReadError(file, ENCRYPTED_REASON);
  if (format === 'other') throw new WorkbookReadError(file, `không phải sổ làm việc (${seems}); ntm-plan đọc tệp .xlsx, .xls, .ods và .csv`);
  let xlsx = bytes;
  if (format !== 'xlsx') {
    try {
      xlsx = await toXlsxBytes(bytes, format, name);
    } catch (error) {
      if (error instanceof ConversionError) throw new WorkbookReadError(file, error.message);
      throw error;
    }
  }
  const workbook = await loadXlsx(xlsx, file);
  return { workbook, snapshot: snapshotOfWorkbook(workbook, name), format };
}
