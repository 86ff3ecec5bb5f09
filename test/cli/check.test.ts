import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir, writeXlsx } from '../helpers/xlsx';
import { sheet } from '../helpers/sheets';
import { langSon2019Funding, langSon2019Targets, langSon2021Funding, langSon2021Targets } from '../fixtures/langSon';
import { thachAnAssignment, thachAnResponsibility } from '../fixtures/thachAn';

const BIN = path.join(__dirname, '..', '..', 'bin', 'ntm-plan.js');
const dir = tempDir();

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The findings about the plan, without the infos saying how each sheet was read. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const findings = (report: { issues: any[] }) => report.issues.filter((i) => !['table-read', 'sheet-read'].includes(i.code));

describe('ntm-plan check on real .xlsx files', () => {
  let ls2019: string, ls2021: string, thachAn: string;
  beforeAll(async () => {
    ls2019 = await writeXlsx(dir, 'lang-son-2019.xlsx', [langSon2019Targets(), langSon2019Funding()]);
    ls2021 = await writeXlsx(dir, 'lang-son-2021.xlsx', [langSon2021Targets(), langSon2021Funding()]);
    thachAn = await writeXlsx(dir, 'thach-an-2025.xlsx', [thachAnAssignment(), thachAnResponsibility()]);
  });

  it('prints one JSON document with the catalog, the sheets, the issues and the stats; exit 1 on errors', () => {
    const { code, stdout } = run('check', ls2021, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['file', 'catalog', 'sheets', 'issues', 'stats', 'coverage']);
    expect(report.file).toBe('lang-son-2021.xlsx');
    expect(report.catalog.id).toBe('xa-ntm-2021-2025');
    expect(report.sheets).toEqual([{ name: 'Chi tieu 2021', kind: 'targets', tables: [{ kind: 'targets', range: 'A1:E27' }] }, { name: 'Von 2021', kind: 'funding', tables: [{ kind: 'funding', range: 'A1:D8' }] }]);
    expect(report.coverage).toEqual({ tables: 2, unread: [] });
    expect(findings(report).map((i: { cell: string; code: string }) => `${i.cell} ${i.code}`)).toEqual([
      'E18 percent-mismatch', 'E23 percent-mismatch', 'E25 percent-mismatch', 'C8 total-mismatch',
    ]);
    expect(report.stats).toEqual({ errors: 4, warnings: 0, infos: 0 });
    // How each sheet was read is said too, as info under the sheet, not counted among the findings.
    expect(report.issues.filter((i: { code: string }) => i.code === 'sheet-read').map((i: { sheet: string; params: { kind: string } }) => `${i.sheet} ${i.params.kind}`)).toEqual(['Chi tieu 2021 targets', 'Von 2021 funding']);
  });

  it('reads merged two-row headers back from the file and finds the 2019 plan\'s two wrong shares', () => {
    const report = JSON.parse(run('check', ls2019, '--json').stdout);
    expect(findings(report).map((i: { cell: string }) => i.cell)).toEqual(['E15', 'E22']);
  });

  it('exits 0 with warnings only, and prints a readable report grouped by sheet', () => {
    const { code, stdout } = run('check', thachAn);
    expect(code).toBe(0);
    // The set by the name an office knows it, never its id; findings without code names.
    expect(stdout).toContain('Bộ tiêu chí xã NTM 2021–2025 (chọn theo');
    expect(stdout).not.toMatch(/xa-ntm-2021-2025 —|uncovered-criterion|\[10\]/);
    expect(stdout).toContain('Giao chỉ tiêu xã: giao chỉ tiêu theo xã');
    expect(stdout).toContain('== Phân công phụ trách ==');
    expect(stdout).toMatch(/CẢNH BÁO\s+D2\s+Tiêu chí số 10 \(Thu nhập\)/);
    expect(stdout).toContain('Tổng cộng: 0 lỗi, 1 cảnh báo, 0 thông tin.');
  });

  it('speaks English on request', () => {
    const { stdout } = run('check', ls2021, '--lang', 'en');
    expect(stdout).toContain('Share states 99.5% but 180/181 = 99.448%.');
  });

  it('uses the catalog asked for and says why', () => {
    const report = JSON.parse(run('check', ls2021, '--json', '--catalog', 'xa-ntm-2016-2020').stdout);
    expect(report.catalog.id).toBe('xa-ntm-2016-2020');
    expect(report.catalog.reason).toContain('--catalog');
  });

  it('takes the number of communes from --communes when the sheet does not state it', async () => {
    const file = await writeXlsx(dir, 'no-total.xlsx', [sheet('Chỉ tiêu', [
      ['Chỉ tiêu năm 2022'],
      ['TT', 'Tiêu chí', 'Đã đạt', 'Đạt thêm', 'Lũy kế', 'Tỷ lệ %'],
      [2, 'Giao thông', 50, 10, 60, 30],
      [3, 'Thủy lợi', 100, 5, 105, 52.5],
    ])]);
    const without = JSON.parse(run('check', file, '--json').stdout);
    expect(findings(without).map((i: { code: string }) => i.code)).toEqual(['missing-value']);
    const withCommunes = JSON.parse(run('check', file, '--json', '--communes', '200').stdout);
    expect(findings(withCommunes)).toEqual([]);
  });

  it('reads shares stored as fractions with a percent format, and formulas\' cached results', async () => {
    const file = await writeXlsx(dir, 'percent-format.xlsx', [sheet('Chỉ tiêu', [
      ['KẾ HOẠCH NĂM 2024'],
      ['Tổng số xã: 181'],
      ['TT', 'Tiêu chí', 'Đã đạt', 'Thêm', 'Lũy kế', 'Tỷ lệ'],
      [2, 'Giao thông', 78, 18, 96, 96 / 181],
      [3, 'Thủy lợi', 170, 6, 176, 0.975],
    ], { formats: { F4: '0.0%', F5: '0.0%' }, formulas: { E4: '=C4+D4', F4: '=E4/181' } })]);
    const report = JSON.parse(run('check', file, '--json').stdout);
    // 176/181 = 97,24%: "97,5%" is off by more than 0,05.
    expect(findings(report).map((i: { cell: string; code: string }) => `${i.cell} ${i.code}`)).toEqual(['F5 percent-mismatch']);
  });

  it('reads a catalog from --catalog-file', () => {
    const file = path.join(dir, 'catalog.json');
    writeFileSync(file, JSON.stringify({
      id: 'thu-nghiem', title: 'Bộ thử nghiệm', period: { from: 2021, to: 2025 }, level: 'xa',
      criteria: [{ number: 1, name: 'A' }, { number: 2, name: 'B' }, { number: 3, name: 'C' }],
    }));
    const report = JSON.parse(run('check', ls2021, '--json', '--catalog-file', file).stdout);
    expect(report.catalog.id).toBe('thu-nghiem');
    expect(report.issues.filter((i: { code: string }) => i.code === 'unknown-criterion').length).toBeGreaterThan(0);
  });

  it.each([
    [['check'], /thiếu <sổ làm việc>: ntm-plan check <sổ làm việc>/],
    [['check', 'missing.xlsx'], /missing\.xlsx: không có tệp này/],
    [['check', __filename], /không phải sổ làm việc \(tệp văn bản không phải bảng\)/],
    [['check', 'x.xlsx', '--catalog', 'khong-co'], /không có bộ tiêu chí "khong-co"/],
    [['check', 'x.xlsx', '--communes', 'abc'], /--communes cần một số nguyên dương/],
    [['check', 'x.xlsx', '--lang', 'fr'], /--lang nhận vi hoặc en/],
    [['frobnicate'], /không có lệnh "frobnicate"/],
  ])('refuses %j with one line and exit 2', (args, message) => {
    const { code, stdout, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    // One message, wrapped to 80 columns, never a stack trace.
    expect(stderr.startsWith('ntm-plan: ')).toBe(true);
    expect(stderr.split('\n').every((line) => line.length <= 80)).toBe(true);
    expect(stderr.replace(/\n/g, ' ')).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('refuses a corrupt .xlsx with one line and exit 2', () => {
    const file = path.join(dir, 'corrupt.xlsx');
    writeFileSync(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    const { code, stderr } = run('check', file);
    expect(code).toBe(2);
    expect(stderr).toMatch(/corrupt\.xlsx: không đọc được tệp \.xlsx/);
  });

  it('lists the catalogs', () => {
    const catalogs = JSON.parse(run('catalogs', '--json').stdout);
    expect(catalogs.map((c: { id: string; criteria: number }) => `${c.id}:${c.criteria}`)).toEqual([
      'xa-ntm-2016-2020:19', 'xa-ntm-2021-2025:19', 'xa-ntm-nang-cao-2021-2025:19', 'xa-ntm-2026-2030:10',
    ]);
  });
});
