import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/xlsx';
import { recalculate, sofficePath } from '../helpers/libreoffice';
import { corruptFile, marksFor, ownSheetFile, SET_2021, sidewaysFile, templateFile, type Commune, type OwnSheet } from './communeFiles';

const BIN = path.join(__dirname, '..', '..', 'bin', 'ntm-plan.js');
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

async function open(file: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

// ExcelJS's cell.value drops a computed 0; cell.result keeps it.
const value = (cell: ExcelJS.Cell) => (cell.formula ? cell.result ?? 0 : cell.value);

/** The province's communes and what each office typed: the numbers the tests compute on their own. */
const LE_LAI: Commune = { name: 'Lê Lai', marks: marksFor(1), group: 1, villages: [8, 3, 2, 0], goal: 'Tăng tiêu chí' };
const DUC_LONG: Commune = { name: 'Đức Long', marks: marksFor(2), group: 2, villages: [6, 1, 1, 0] };
// One mark no legend or spelling defines: the file's own error, left blank (not met) in the table.
const TAN_HOA: Commune = { name: 'Tân Hòa', marks: marksFor(3).map((m, k) => (k === 3 ? 'đạt rồi?' : m)), group: 2, villages: [10, 4, 0, 0] };
const HONG_VIET: Commune = { name: 'Hồng Việt', marks: marksFor(4) };
const CAO_CHUONG: Commune = { name: 'Cao Chương', marks: marksFor(5) };
const QUANG_TRUNG: Commune = { name: 'Quang Trung', marks: marksFor(6, 19) };
const EXPECTED = ['Lê Lai', 'Đức Long', 'Tân Hòa', 'Hồng Việt', 'Cao Chương', 'Đình Phong', 'Quang Trung'];
const GATHERED = [LE_LAI, DUC_LONG, TAN_HOA, HONG_VIET, CAO_CHUONG];

describe('ntm-plan consolidate', () => {
  const dir = tempDir();
  const inbox = path.join(dir, 'nhan');
  const list = path.join(dir, 'danh-sach-xa.txt');
  beforeAll(async () => {
    mkdirSync(inbox);
    await templateFile(inbox, 'le-lai.xlsx', [LE_LAI], { filled: true });
    await templateFile(inbox, 'duc-long-tan-hoa.xlsx', [DUC_LONG, TAN_HOA]);
    await sidewaysFile(inbox, 'hong-viet-cao-chuong.xlsx', [HONG_VIET, CAO_CHUONG]);
    // The same commune sent again under another name, its name typed in decomposed Unicode and lower case.
    await templateFile(inbox, 'le-lai-gui-lai.xlsx', [{ ...LE_LAI, name: 'xã lê lai'.normalize('NFD') }]);
    await templateFile(inbox, 'quang-trung-2024.xlsx', [QUANG_TRUNG], { catalog: SET_2021, year: 2024 });
    corruptFile(inbox, 'dinh-phong.xlsx');
    writeFileSync(list, `${EXPECTED.join('\n')}\n`);
  });

  it('gathers every commune once, and reports exactly the duplicate, the mismatched file, the unreadable file and the missing commune', () => {
    const output = path.join(dir, 'tinh.xlsx');
    const { code, stdout, stderr } = run('consolidate', inbox, '-o', output, '--communes-file', list, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.output).toBe(output);
    expect(result.year).toBe(2027);
    expect(result.catalog).toBe('xa-ntm-2026-2030');
    expect(result.communes.map((c: { name: string }) => c.name)).toEqual(GATHERED.map((c) => c.name));
    expect(result.communes[0]).toEqual({ name: 'Lê Lai', file: 'le-lai-gui-lai.xlsx', sheet: 'Giao chỉ tiêu xã', row: 6 });
    expect(result.expected).toEqual(EXPECTED);
    expect(result.missing).toEqual(['Đình Phong']);
    expect(result.duplicates).toEqual([expect.objectContaining({ name: 'Lê Lai', files: ['le-lai-gui-lai.xlsx', 'le-lai.xlsx'] })]);
    expect(result.excluded).toEqual([expect.objectContaining({ file: 'quang-trung-2024.xlsx', kind: 'set', communes: ['Quang Trung'] })]);
    expect(result.excluded[0].reason).toContain('19 tiêu chí');
    expect(result.unreadable).toEqual([{ file: 'dinh-phong.xlsx', reason: expect.any(String) }]);
    expect(result.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([expect.objectContaining({ file: 'duc-long-tan-hoa.xlsx', code: 'invalid-status', sheet: 'Giao chỉ tiêu xã', cell: 'F7' })]);
    expect(result.unreadableMarks).toEqual([{ name: 'Tân Hòa', file: 'duc-long-tan-hoa.xlsx', sheet: 'Giao chỉ tiêu xã', cell: 'F7', criterion: 4, value: 'đạt rồi?' }]);
  });

  it('writes the totals as live formulas that LibreOffice recalculates to the counts of the inputs', async () => {
    if (!sofficePath()) throw new Error('LibreOffice is required for this test (see .ci/run)');
    const output = path.join(dir, 'tinh-recalc.xlsx');
    run('consolidate', inbox, '-o', output, '--communes-file', list);
    const book = await open(recalculate(output));
    const ws = book.getWorksheet('Tổng hợp giao chỉ tiêu')!;
    const labelRow = (label: string) => {
      for (let r = 1; r <= ws.rowCount; r++) if (value(ws.getRow(r).getCell(2)) === label) return ws.getRow(r);
      throw new Error(`no row "${label}"`);
    };
    const met = labelRow('Tổng số xã đã đạt');
    const planned = labelRow('Tổng số xã phấn đấu năm 2027');
    const share = labelRow('Tỷ lệ xã đạt cuối năm (%)');
    for (let k = 0; k < 10; k++) {
      const col = 3 + k;
      const metCount = GATHERED.filter((c) => c.marks[k] === 'x').length;
      const plannedCount = GATHERED.filter((c) => c.marks[k] === 'KH').length;
      expect(value(met.getCell(col))).toBe(metCount);
      expect(value(planned.getCell(col))).toBe(plannedCount);
      expect(value(share.getCell(col))).toBeCloseTo((metCount + plannedCount) / GATHERED.length, 10);
    }
    expect(value(labelRow('Tổng số xã đã đạt').getCell(13))).toBe(8 + 6 + 10);
    const groups = book.getWorksheet('Tổng hợp theo nhóm xã')!;
    const countOf = (r: number) => value(groups.getRow(r).getCell(3));
    expect([5, 6, 7, 8, 9].map(countOf)).toEqual([1, 2, 0, 2, 5]);
    const report = book.getWorksheet('Báo cáo tổng hợp')!;
    const texts: string[] = [];
    report.eachRow((row) => row.eachCell((cell) => texts.push(String(value(cell)))));
    expect(texts).toEqual(expect.arrayContaining(['Đình Phong', 'quang-trung-2024.xlsx', 'dinh-phong.xlsx', 'le-lai.xlsx']));
  });

  it('replaces only the rows of a file sent again, and leaves the user\'s own sheets alone', async () => {
    const output = path.join(dir, 'tinh-lan-2.xlsx');
    run('consolidate', inbox, '-o', output, '--communes-file', list);
    const book = await open(output);
    book.addWorksheet('Ghi chú của tỉnh').getCell('A1').value = 'Đã gọi điện cho xã Đình Phong';
    await book.xlsx.writeFile(output);
    const fixed = path.join(dir, 'sua');
    mkdirSync(fixed);
    const corrected = { ...DUC_LONG, marks: DUC_LONG.marks.map(() => 'x') };
    await templateFile(fixed, 'duc-long-tan-hoa.xlsx', [corrected, TAN_HOA]);
    const { code, stdout } = run('consolidate', path.join(fixed, 'duc-long-tan-hoa.xlsx'), '-o', output, '--communes-file', list, '--json');
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.communes.map((c: { name: string; file: string }) => `${c.name} ← ${c.file}`).sort()).toEqual([
      'Cao Chương ← hong-viet-cao-chuong.xlsx', 'Hồng Việt ← hong-viet-cao-chuong.xlsx', 'Lê Lai ← le-lai-gui-lai.xlsx',
      'Tân Hòa ← duc-long-tan-hoa.xlsx', 'Đức Long ← duc-long-tan-hoa.xlsx',
    ].sort());
    const again = await open(output);
    expect(again.getWorksheet('Ghi chú của tỉnh')!.getCell('A1').value).toBe('Đã gọi điện cho xã Đình Phong');
    expect(again.worksheets.filter((w) => w.name.startsWith('Tổng hợp giao chỉ tiêu')).map((w) => w.name)).toEqual(['Tổng hợp giao chỉ tiêu']);
    const ws = again.getWorksheet('Tổng hợp giao chỉ tiêu')!;
    const row = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(2).value === 'Đức Long')!;
    expect([...Array(10).keys()].map((k) => row.getCell(3 + k).value)).toEqual(Array(10).fill('x'));
  });

  it('rolls up by former district when the files state one, as formulas LibreOffice recalculates', async () => {
    const districts = path.join(dir, 'huyen');
    mkdirSync(districts);
    const communes: Commune[] = [
      { name: 'Lê Lai', marks: marksFor(1), group: 1, district: 'Thạch An' },
      { name: 'Đức Long', marks: marksFor(2), group: 2, district: 'Thạch An' },
      { name: 'Hồng Việt', marks: marksFor(4), group: 2, district: 'Hòa An' },
      { name: 'Cao Chương', marks: Array(10).fill('x'), group: 3 },
    ];
    await templateFile(districts, 'thach-an.xlsx', communes.slice(0, 2));
    await templateFile(districts, 'hoa-an.xlsx', communes.slice(2));
    const output = path.join(dir, 'tinh-huyen.xlsx');
    const { code, stdout } = run('consolidate', districts, '-o', output);
    expect(`${code} ${stdout}`).toMatch(/^0 /);
    const book = await open(recalculate(output));
    const ws = book.getWorksheet('Tổng hợp theo nhóm xã')!;
    const lines = new Map<string, unknown[]>();
    ws.eachRow((row) => { lines.set(`${value(row.getCell(2))}@${lines.size}`, [3, 4, 5, 6].map((c) => value(row.getCell(c)))); });
    const line = (label: string) => [...lines.entries()].filter(([key]) => key.startsWith(`${label}@`)).map(([, v]) => v);
    const end = (c: Commune) => c.marks.filter((m) => m === 'x' || m === 'KH').length;
    const expectedLine = (members: Commune[]) => [members.length, members.length ? members.reduce((t, c) => t + end(c), 0) / members.length : 0, members.filter((c) => end(c) >= 10).length, members.length ? members.filter((c) => end(c) >= 10).length / members.length : 0];
    const close = (actual: unknown[], wanted: number[]) => actual.every((v, i) => Math.abs(Number(v) - wanted[i]) < 1e-9);
    expect(close(line('Thạch An')[0], expectedLine(communes.slice(0, 2)))).toBe(true);
    expect(close(line('Hòa An')[0], expectedLine([communes[2]]))).toBe(true);
    expect(close(line('Không ghi huyện')[0], expectedLine([communes[3]]))).toBe(true);
    expect(close(line('Nhóm 2')[0], expectedLine(communes.slice(1, 3)))).toBe(true);
    // Both blocks total every commune.
    expect(line('Toàn tỉnh').map((v) => close(v, expectedLine(communes)))).toEqual([true, true]);
  });

  it('exits 0 when everything was gathered, and 2 when nothing could be read', async () => {
    const clean = path.join(dir, 'sach');
    mkdirSync(clean);
    await templateFile(clean, 'a.xlsx', [{ ...LE_LAI, goal: 'Tăng tiêu chí' }]);
    await templateFile(clean, 'b.xlsx', [DUC_LONG]);
    expect(run('consolidate', clean, '-o', path.join(dir, 'clean.xlsx')).code).toBe(0);
    const broken = path.join(dir, 'hong');
    mkdirSync(broken);
    corruptFile(broken, 'x.xlsx');
    copyFileSync(list, path.join(broken, 'ghi-chu.xlsx'));
    const nothing = run('consolidate', broken, '-o', path.join(dir, 'nothing.xlsx'));
    expect(nothing.code).toBe(2);
    expect(nothing.stdout).toContain('x.xlsx');
  });
});

describe('ntm-plan consolidate with a commune\'s own sheet', () => {
  const dir = tempDir();
  const inbox = path.join(dir, 'nhan');
  const list = path.join(dir, 'danh-sach-xa.txt');
  const LE_LAI: Commune = { name: 'Lê Lai', marks: marksFor(1), group: 1 };
  const HONG_VIET: Commune = { name: 'Hồng Việt', marks: marksFor(4) };
  const CAO_CHUONG: Commune = { name: 'Cao Chương', marks: marksFor(5) };
  // Tân Lập answers on its own sheet: "Đạt", "Cơ bản đạt", "Chưa đạt" now; "Phấn đấu đạt" in 2027.
  const TAN_LAP: OwnSheet = {
    title: 'UBND XÃ TÂN LẬP', sheet: 'Xã Tân Lập',
    now: ['Đạt', 'Đạt', 'Chưa đạt', 'Cơ bản đạt', 'Đạt', 'Chưa đạt', 'Chưa đạt', 'Đạt', 'Đạt', 'Chưa đạt'],
    plan: ['Duy trì', 'Duy trì', 'Chưa đạt', 'Chưa đạt', 'Duy trì', 'Phấn đấu đạt', 'Chưa đạt', 'Duy trì', 'Duy trì', 'Phấn đấu đạt'],
  };
  // The table's spelling of each of Tân Lập's criteria, as a reader of its sheet would write it.
  const TAN_LAP_MARKS = TAN_LAP.now.map((m, k) => (m === 'Đạt' ? 'x' : TAN_LAP.plan[k] === 'Phấn đấu đạt' ? 'KH' : m === 'Cơ bản đạt' ? 'CBĐ' : null));
  beforeAll(async () => {
    mkdirSync(inbox);
    await templateFile(inbox, 'le-lai.xlsx', [LE_LAI]);
    await sidewaysFile(inbox, 'hong-viet-cao-chuong.xlsx', [HONG_VIET, CAO_CHUONG]);
    await ownSheetFile(inbox, 'tan-lap.xlsx', TAN_LAP);
    // The same kind of sheet from an office that wrote no commune's name anywhere.
    await ownSheetFile(inbox, 'bieu-01.xlsx', { ...TAN_LAP, title: 'BIỂU ĐÁNH GIÁ TIÊU CHÍ', sheet: 'Sheet1' });
    writeFileSync(list, ['Lê Lai', 'Tân Lập', 'Hồng Việt', 'Cao Chương', 'Đình Phong'].join('\n'));
  });

  it('takes the commune\'s own sheet as its row, and lists the sheet that names no commune', async () => {
    if (!sofficePath()) throw new Error('LibreOffice is required for this test (see .ci/run)');
    const output = path.join(dir, 'tinh.xlsx');
    const { code, stdout, stderr } = run('consolidate', inbox, '-o', output, '--communes-file', list, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.communes.map((c: { name: string; file: string }) => `${c.name} ← ${c.file}`)).toEqual([
      'Lê Lai ← le-lai.xlsx', 'Tân Lập ← tan-lap.xlsx', 'Hồng Việt ← hong-viet-cao-chuong.xlsx', 'Cao Chương ← hong-viet-cao-chuong.xlsx',
    ]);
    expect(result.missing).toEqual(['Đình Phong']);
    expect(result.excluded).toEqual([expect.objectContaining({ file: 'bieu-01.xlsx', kind: 'unnamed' })]);
    expect(result.excluded[0].reason).toContain('Sheet1');
    expect(result.issues).toEqual([expect.objectContaining({ file: 'bieu-01.xlsx', code: 'commune-unnamed', severity: 'warning', sheet: 'Sheet1', cell: 'A3' })]);
    const book = await open(recalculate(output));
    const ws = book.getWorksheet('Tổng hợp giao chỉ tiêu')!;
    const row = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(2).value === 'Tân Lập')!;
    expect([...Array(10).keys()].map((k) => row.getCell(3 + k).value ?? null)).toEqual(TAN_LAP_MARKS);
    const header = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => [...Array(30).keys()].some((c) => r.getCell(c + 1).value === 'Số TC đã đạt'))!;
    const columnOf = (title: string) => [...Array(30).keys()].map((c) => c + 1).find((c) => header.getCell(c).value === title)!;
    const met = TAN_LAP_MARKS.filter((m) => m === 'x').length;
    const planned = TAN_LAP_MARKS.filter((m) => m === 'KH').length;
    expect([columnOf('Số TC đã đạt'), columnOf('Số TC phấn đấu 2027'), columnOf('Số TC cuối năm')].map((c) => value(row.getCell(c)))).toEqual([met, planned, met + planned]);
  });
});
