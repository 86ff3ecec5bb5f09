import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './xlsx';

/** Where LibreOffice is, or null (CI installs libreoffice-calc-nogui; see .ci/run). */
export function sofficePath(): string | null {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Opens an .xlsx in LibreOffice headless and saves it again: LibreOffice computes every formula
 * and stores the results, which the test then reads. The formula engine is LibreOffice's, not ours.
 */
export function recalculate(file: string): string {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice is not installed: apt-get install libreoffice-calc-nogui');
  const out = tempDir('ntm-plan-lo-out-');
  const profile = tempDir('ntm-plan-lo-profile-');
  mkdirSync(out, { recursive: true });
  const run = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
  const result = path.join(out, path.basename(file));
  if (run.status !== 0 || !existsSync(result)) throw new Error(`LibreOffice failed (${run.status}): ${run.stderr || run.stdout}`);
  return result;
}
