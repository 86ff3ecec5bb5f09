import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir, writeXlsx } from '../helpers/xlsx';
import { sheet } from '../helpers/sheets';
import { thachAnAssignment } from '../fixtures/thachAn';
import { langSon2019Targets } from '../fixtures/langSon';

const BIN = path.join(__dirname, '..', '..', 'bin', 'ntm-plan.js');
const dir = tempDir();
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

type CellDump = Record<string, string>;

/** Every cell of every sheet: value (or cached result), formula, note. */
async function dump(file: string): Promise<CellDump> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const cells: CellDump = {};
  book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    cells[`${ws.name}!${cell.address}`] = JSON.stringify({ v: cell.formula ? cell.result : cell.value, f: cell.formula ?? null, n: cell.note ?? null });
  })));
  return cells;
}

describe('ntm-plan fill', () => {
  let input: string;
  beforeAll(async () => {
    input = await writeXlsx(dir, 'thach-an.xlsx', [thachAnAssignment(), langSon2019Targets()]);
  });

  it('writes formulas into a copy, never changes an input cell, and prints what it wrote as JSON', async () => {
    const before = readFileSync(input);
    const output = path.join(dir, 'out.xlsx');
    const { code, stdout } = run('fill', input, '-o', output, '--json');
    expect(code).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['file', 'format', 'output', 'writes', 'skipped', 'refused', 'ignored']);
    expect(result.format).toBe('xlsx');
    expect(result.writes.find((w: { role: string; key: string }) => w.role === 'commune.end' && w.key === 'Lê Lợi')).toMatchObject({ sheet: 'Giao chỉ tiêu xã', formula: '=AA9+AB9' });
    expect(result.skipped.find((s: { role: string }) => s.role === 'summary.average')).toMatchObject({ cell: 'C20', reason: 'typed-value' });
    const [old, filled] = [await dump(input), await dump(output)];
    const written = new Set(result.writes.map((w: { sheet: string; cell: string }) => `${w.sheet}!${w.cell}`));
    for (const [cell, content] of Object.entries(old)) {
      if (!written.has(cell)) expect([cell, filled[cell]]).toEqual([cell, content]);
    }
  });

  it('replaces typed values only with --overwrite, keeping the old value in the note', async () => {
    const output = path.join(dir, 'overwrite.xlsx');
    expect(run('fill', input, '-o', output, '--overwrite').code).toBe(0);
    const cells = await dump(output);
    expect(JSON.parse(cells['Giao chỉ tiêu xã!C20'])).toMatchObject({ f: 'IF(COUNT(AC6:AC18)=0,0,AVERAGE(AC6:AC18))', n: 'Giá trị cũ: 15,1' });
    expect(JSON.parse(cells['Giao chỉ tiêu xã!C19']).n).toBe('Giá trị cũ: 13');
  });

  it('changes nothing the second time', async () => {
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    run('fill', input, '-o', once, '--overwrite');
    const second = run('fill', once, '-o', twice, '--overwrite', '--json');
    expect(JSON.parse(second.stdout).writes).toEqual([]);
    expect(await dump(twice)).toEqual(await dump(once));
  });

  it('refuses a sheet with unknown marks: says why, writes no file, exit 1', async () => {
    const bad = thachAnAssignment();
    bad.values[6][4] = 'có';
    const file = await writeXlsx(dir, 'bad.xlsx', [bad]);
    const output = path.join(dir, 'bad-out.xlsx');
    const { code, stdout } = run('fill', file, '-o', output);
    expect(code).toBe(1);
    expect(stdout).toContain('Không điền');
    expect(stdout).toMatch(/Giao chỉ tiêu xã!E7: Ký hiệu "có" không hợp lệ/);
    expect(existsSync(output)).toBe(false);
  });

  it('never writes over its input', () => {
    const size = statSync(input).size;
    const { code, stderr } = run('fill', input, '-o', input);
    expect(code).toBe(2);
    expect(stderr).toMatch(/phải khác tệp đầu vào/);
    expect(statSync(input).size).toBe(size);
  });

  it('writes into a folder not made yet, as the README\'s "-o nhan-tu-xa/le-lai.xlsx" does (was "lỗi không mong đợi" naming a temporary file)', async () => {
    const xlsx = path.join(dir, 'new', 'deeper', 'filled.xlsx');
    const filled = run('fill', input, '-o', xlsx);
    expect([filled.code, filled.stderr]).toEqual([0, '']);
    expect(statSync(xlsx).size).toBeGreaterThan(0);
    const docx = path.join(dir, 'other', 'phu-luc.docx');
    const appendix = run('appendix', input, '-o', docx);
    expect(appendix.stderr).not.toMatch(/không mong đợi|ENOENT/);
    expect(appendix.code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes texts as texts: a label the fill adds never becomes a formula', async () => {
    const file = await writeXlsx(dir, 'targets.xlsx', [sheet('Vốn', [['TT', 'Nguồn vốn', 'Số tiền'], ['1', '=A', 10], ['2', '+B', 20]])]);
    const output = path.join(dir, 'targets-out.xlsx');
    expect(run('fill', file, '-o', output).code).toBe(0);
    const cells = await dump(output);
    expect(JSON.parse(cells['Vốn!B2'])).toMatchObject({ v: '=A', f: null });
    expect(JSON.parse(cells['Vốn!B4'])).toMatchObject({ v: 'Tổng cộng', f: null });
    expect(JSON.parse(cells['Vốn!C4'])).toMatchObject({ v: 30, f: 'SUM(C2:C3)' });
  });
});
