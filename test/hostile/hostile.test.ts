import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { tempDir } from '../helpers/xlsx';
import { CASES, caseFile } from './corpus';

const dir = tempDir('ntm-plan-hostile-');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  // Messages are wrapped to 80 columns when the output is no terminal: one message may take lines.
  return { code, out: out.join('\n'), err: err.join('\n'), messages: err.length, said: err.join(' ').replace(/\n\s*/g, ' ') };
}

beforeAll(async () => {
  for (const c of CASES) await c.write(caseFile(dir, c));
}, 300_000);

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const file = caseFile(dir, c);

  it(`check ends with findings or one clear line, never a stack trace (${c.what})`, async () => {
    const { code, out, err, messages } = await run('check', file, '--json');
    expect([0, 1, 2]).toContain(code);
    expect(err + out).not.toMatch(/\n\s+at .+:\d+:\d+/);
    if (code === 2) {
      expect(messages).toBe(1);
      expect(err).toMatch(/^ntm-plan: .*\S/);
      // Its continuation lines are its own: no second message.
      expect(err.split('\n').slice(1).filter((line) => line.startsWith('ntm-plan'))).toEqual([]);
      expect(out).toBe('');
    } else {
      const report = JSON.parse(out);
      expect(report.stats.errors).toBe(report.issues.filter((i: { severity: string }) => i.severity === 'error').length);
    }
  }, 120_000);

  it('fill either writes its output or writes nothing; the input is never touched', async () => {
    const before = readFileSync(file);
    const output = path.join(dir, `${c.name}.filled.xlsx`);
    const { code, err } = await run('fill', file, '-o', output, '--overwrite');
    expect([0, 1, 2]).toContain(code);
    expect(existsSync(output)).toBe(code === 0);
    expect(err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 120_000);

  it('appendix either writes its output or writes nothing', async () => {
    const output = path.join(dir, `${c.name}.appendix.xlsx`);
    const { code, err } = await run('appendix', file, '-o', output);
    expect([0, 1, 2]).toContain(code);
    expect(existsSync(output)).toBe(code === 0);
    expect(err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }, 120_000);
});

describe('what the corpus says, case by case', () => {
  const fileOf = (name: string) => caseFile(dir, CASES.find((c) => c.name === name)!);
  const checkOf = async (name: string) => JSON.parse((await run('check', fileOf(name), '--json')).out);
  const kinds = (report: { sheets: { name: string; kind: string }[] }) => report.sheets.map(({ name, kind }) => ({ name, kind }));
  const refused = async (name: string) => {
    const { code, said } = await run('check', fileOf(name));
    return code === 2 ? said : `exit ${code}`;
  };

  it('unreadable files get one message saying why', async () => {
    expect(await refused('corrupt-zip')).toMatch(/không đọc được tệp \.xlsx/);
    expect(await refused('old-xls')).toMatch(/không phải sổ làm việc \(tệp Office cũ không phải sổ làm việc\)/);
    expect(await refused('zero-bytes')).toMatch(/không phải sổ làm việc \(tệp rỗng\)/);
    expect(await refused('truncated-xlsx')).toMatch(/không đọc được tệp \.xlsx/);
    expect(await refused('truncated-ods')).toMatch(/không đọc được tệp \.ods/);
    expect(await refused('docx-renamed-xlsx')).toMatch(/không phải sổ làm việc \(văn bản Word \(\.docx\)\)/);
  });

  it('a workbook protected by a password gets its own message', async () => {
    for (const name of ['encrypted-ods', 'encrypted-xlsx']) expect(await refused(name)).toMatch(/được bảo vệ bằng mật khẩu/);
  });

  it('files are read by their content, whatever their name', async () => {
    // A CSV renamed .xlsx is read as CSV; an .ods renamed .xlsx as an .ods.
    expect(kinds(await checkOf('not-xlsx'))).toEqual([{ name: 'not-xlsx', kind: expect.any(String) }]);
    const ods = await checkOf('ods-renamed-xlsx');
    expect(kinds(ods)).toEqual([{ name: 'Giao chỉ tiêu xã', kind: 'assignment' }]);
    const xls = await checkOf('xls-merged');
    expect(kinds(xls)).toEqual([{ name: 'Giao chỉ tiêu xã', kind: 'assignment' }]);
    expect(xls.stats).toEqual(ods.stats);
  });

  it('CSV numbers are read the way the file writes them', async () => {
    // "3.002,8 + 1.500 + 250,5 = 4.753,3", stated 4.853,3: a ";" file writes decimal commas.
    const semicolon = await checkOf('csv-semicolon');
    expect(semicolon.sheets).toEqual([{ name: 'csv-semicolon', kind: 'funding', tables: [{ kind: 'funding', range: 'A1:C5' }] }]);
    expect(semicolon.issues.filter((i: { severity: string }) => i.severity === 'error').map((i: { cell: string; code: string }) => `${i.cell} ${i.code}`)).toEqual(['C5 total-mismatch']);
    const utf16 = await checkOf('csv-utf16-tabs');
    expect(utf16.issues.filter((i: { severity: string }) => i.severity === 'error').map((i: { cell: string; code: string }) => `${i.cell} ${i.code}`)).toEqual(['C4 total-mismatch']);
  });

  it('no file, of any kind, ends with exit 0 and no sheet read', async () => {
    for (const c of CASES) {
      const { code, out } = await run('check', caseFile(dir, c), '--json');
      if (code !== 0) continue;
      const report = JSON.parse(out);
      expect(`${c.name}: ${report.sheets.some((sheet: { kind: string }) => sheet.kind !== 'unknown') || report.issues.some((i: { code: string }) => i.code === 'no-table')}`).toBe(`${c.name}: true`);
    }
  }, 300_000);

  it('an empty workbook says nothing was read (a warning, exit 1); a sheet with only a title says nothing was recognised', async () => {
    for (const name of ['empty-workbook', 'empty-sheet']) {
      expect((await checkOf(name)).issues.map((i: { code: string; severity: string }) => `${i.code} ${i.severity}`)).toEqual(['empty-workbook warning']);
      expect((await run('check', fileOf(name))).code).toBe(1);
    }
    expect((await checkOf('title-only')).issues.map((i: { code: string }) => i.code)).toEqual(['no-table']);
  });

  it('errors in inputs, unknown marks, duplicates and impossible counts are findings at their cells', async () => {
    expect((await checkOf('ref-errors')).issues.map((i: { cell: string; code: string }) => `${i.cell} ${i.code}`)).toContain('C3 formula-error');
    expect((await checkOf('unknown-marks')).issues.filter((i: { code: string }) => i.code === 'invalid-status').map((i: { actual: string }) => i.actual)).toEqual(['có', '?', '✗']);
    expect((await checkOf('duplicate-communes')).issues.filter((i: { code: string }) => i.code === 'duplicate-commune').map((i: { cell: string }) => i.cell)).toEqual(['B4', 'B5']);
    expect((await checkOf('beyond-communes')).issues.map((i: { code: string }) => i.code)).toContain('exceeds-total');
    expect((await checkOf('mark-variants')).issues.filter((i: { code: string }) => i.code === 'invalid-status')).toEqual([]);
  });

  it('reads a 1,000,000-cell sheet', async () => {
    const report = await checkOf('million-cells');
    expect(report.sheets).toEqual([{ name: 'Lớn', kind: 'assignment', tables: [{ kind: 'assignment', range: 'A1:AX20000' }] }]);
  }, 120_000);
});
