import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';

/** Writes bytes to a temporary file beside the target, then renames it into place (see saveWorkbook). */
export async function saveBytes(bytes: Uint8Array, file: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  // "-o nhan-tu-xa/le-lai.xlsx" into a folder not made yet: made, as the user asked for that path.
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes a workbook to a temporary file beside the target, then renames it into place: a
 * failure half-way never leaves a broken file where the user expects theirs. The target's folder
 * is made when it does not exist yet.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await workbook.xlsx.writeFile(temporary);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
