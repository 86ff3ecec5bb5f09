import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { workbookFromSnapshots } from '../../src/hosts/xlsx/writeSnapshot';

/** A fresh temporary folder for a test's files. */
export function tempDir(prefix = 'ntm-plan-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Writes snapshots as a real .xlsx file and returns its path. */
export async function writeXlsx(dir: string, name: string, sheets: readonly SheetSnapshot[]): Promise<string> {
  const file = path.join(dir, name);
  await workbookFromSnapshots(sheets).xlsx.writeFile(file);
  return file;
}
