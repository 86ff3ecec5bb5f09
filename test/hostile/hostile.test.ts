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
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  for (const c of CASES) await c.write(caseFile(dir, c));
}, 300_000);

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const file = caseFile(dir, c);

  it(`check ends with findings or one clear line, never a stack trace (${c.what})`, async () => {
    const { code, out, err } = await run('check', file, '--json');
    expect([0, 1, 2]).toContain(code);
    expect(err + out).not.toMatch(/\n\s+at .+:\d+:\d+/);
    if (code === 2) {
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^ntm-plan: .*\S/);
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
  const checkOf = async (name: string) => JSON.parse((await run('check', path.join(dir, `${name}.xlsx`), '--json')).out);
  const refused = async (name: string) => (await run('check', path.join(dir, `${name}.xlsx`))).err;

  it('unreadable files get one line saying why', async () => {
    expect(await refused('corrupt-zip')).toMatch(/không đọc được tệp \.xlsx/);
    expect(await refused('not-xlsx')).toMatch(/không phải tệp \.xlsx/);
    expect(await refused('old-xls')).toMatch(/không phải tệp \.xlsx/);
    expect(await refused('zero-bytes')).toMatch(/không phải tệp \.xlsx/);
    expect(await refused('truncated-xlsx')).toMatch(/không đọc được tệp \.xlsx/);
  });

  it('an empty workbook or sheet says nothing was recognised', async () => {
    for (const name of ['empty-workbook', 'empty-sheet', 'title-only']) {
      expect((await checkOf(name)).issues.map((i: { code: string }) => i.code)).toEqual(['no-table']);
    }
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
    expect(report.sheets).toEqual([{ name: 'Lớn', kind: 'assignment' }]);
  }, 120_000);
});
