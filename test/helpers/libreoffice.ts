import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  // Recalculate every formula on load, whatever results the file caches (LibreOffice's default for
  // .xlsx is to trust them): the values read back are LibreOffice's own.
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
  const run = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
  const result = path.join(out, path.basename(file));
  if (run.status !== 0 || !existsSync(result)) throw new Error(`LibreOffice failed (${run.status}): ${run.stderr || run.stdout}`);
  return result;
}

/**
 * Saves a workbook in another format with LibreOffice, as an office would ("Save as"): .ods, .xls
 * (Excel 97–2003), or .csv — one file per sheet, `<name>-<sheet>.csv`, UTF-8, with the separator
 * given and cells as shown. Returns the files written.
 */
export function convertTo(file: string, target: 'ods' | 'xls' | 'csv', separator: ';' | ',' = ';'): string[] {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice is not installed: apt-get install libreoffice-calc-nogui');
  const out = tempDir('ntm-plan-lo-convert-');
  const profile = tempDir('ntm-plan-lo-profile-');
  const filter = target === 'ods' ? 'ods' : target === 'xls' ? 'xls:MS Excel 97' : `csv:Text - txt - csv (StarCalc):${separator.charCodeAt(0)},34,76,1,,0,false,true,true,false,false,-1`;
  const run = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
  const written = readdirSync(out).map((name) => path.join(out, name));
  if (run.status !== 0 || written.length === 0) throw new Error(`LibreOffice failed (${run.status}): ${run.stderr || run.stdout}`);
  return written;
}

/**
 * Saves a workbook as an .ods protected by a password, through LibreOffice's UNO API (python3-uno).
 * The bridge can crash (SIGSEGV) as the office shuts down when the machine is loaded: the file counts
 * once the script said it was saved, and a run that failed before that is tried again, twice at most.
 */
export function encryptedOds(file: string, output: string, password = 'mat-khau'): void {
  if (!existsSync('/usr/lib/python3/dist-packages/uno.py')) throw new Error('python3-uno is not installed: apt-get install python3-uno (.ci/run does)');
  const failures: string[] = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const run = spawnSync('/usr/bin/python3', [path.join(__dirname, 'encrypt.py'), file, output, password, port], { encoding: 'utf8', timeout: 180_000 });
    if (/^saved$/m.test(run.stdout ?? '') && existsSync(output)) return;
    failures.push(`attempt ${attempt}: status ${run.status}, signal ${run.signal}${run.error ? `, ${run.error.message}` : ''}: ${run.stderr || run.stdout}`);
  }
  throw new Error(`encrypting with LibreOffice failed\n${failures.join('\n')}`);
}
