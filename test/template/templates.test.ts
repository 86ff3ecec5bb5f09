import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { recalculate } from '../helpers/libreoffice';
import { tempDir } from '../helpers/xlsx';
import { COMMUNES, markOf } from '../fixtures/thachAn';
import { TARGETS_2019 } from '../fixtures/langSon';
import { readWorkbookFile } from '../../src/hosts/xlsx/files';
import { checkWorkbook } from '../../src/domain/engine';

const BIN = path.join(__dirname, '..', '..', 'bin', 'ntm-plan.js');
const dir = tempDir();

function template(kind: string, ...args: string[]): string {
  const file = path.join(dir, `${kind}-${args.length}.xlsx`);
  const run = spawnSync(process.execPath, [BIN, 'template', kind, '-o', file, ...args], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  return file;
}

/** Types into a template as a person would (only its input cells), saves, and lets LibreOffice recalculate. */
async function typeInto(file: string, type: (book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  type(book);
  const typed = file.replace(/\.xlsx$/, '-typed.xlsx');
  await book.xlsx.writeFile(typed);
  const recalculated = recalculate(typed);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile(recalculated);
  return { result, report: checkWorkbook(await readWorkbookFile(recalculated)) };
}

const value = (ws: ExcelJS.Worksheet, row: number, col: number) => {
  const cell = ws.getCell(row, col);
  return cell.formula ? cell.result : cell.value;
};
const rowOf = (ws: ExcelJS.Worksheet, col: number, text: string | number) => {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === text) return r;
  throw new Error(`no row with ${text} in column ${col}`);
};
const colOf = (ws: ExcelJS.Worksheet, row: number, text: string) => {
  for (let c = 1; c <= ws.columnCount; c++) if (String(ws.getCell(row, c).value ?? '').startsWith(text)) return c;
  throw new Error(`no column ${text} in row ${row}`);
};

describe('templates, filled in with the real plans\' data, pass check and recalculate right in LibreOffice', () => {
  it('assignment (Thạch An 2025, 13 communes × 19 criteria)', async () => {
    const file = template('assignment', '--catalog', 'xa-ntm-2021-2025', '--year', '2025', '--communes', COMMUNES.join(';'));
    const { result, report } = await typeInto(file, (book) => {
      const ws = book.getWorksheet('Giao chỉ tiêu xã')!;
      COMMUNES.forEach((commune, i) => {
        for (let k = 1; k <= 19; k++) {
          const mark = markOf(commune, k);
          if (mark) ws.getCell(6 + i, 2 + k).value = mark;
        }
      });
    });
    expect(report.stats.errors).toBe(0);
    const ws = result.getWorksheet('Giao chỉ tiêu xã')!;
    const endRow = rowOf(ws, 2, 'Tổng số xã đạt cuối năm');
    for (let k = 1; k <= 19; k++) expect(value(ws, endRow, 2 + k)).toBe(COMMUNES.filter((c) => markOf(c, k)).length);
    const ends = COMMUNES.map((c) => Array.from({ length: 19 }, (_, k) => markOf(c, k + 1)).filter(Boolean).length);
    expect(value(ws, rowOf(ws, 2, 'Bình quân tiêu chí/xã cuối năm'), 3)).toBeCloseTo(ends.reduce((a, b) => a + b, 0) / 13, 10);
    expect(value(ws, rowOf(ws, 2, 'Số xã đạt 19 tiêu chí'), 3)).toBe(ends.filter((e) => e === 19).length);
  }, 180_000);

  it('targets (Lạng Sơn 2019, 207 communes)', async () => {
    const file = template('targets', '--catalog', 'xa-ntm-2016-2020', '--year', '2019');
    const { result, report } = await typeInto(file, (book) => {
      const ws = book.getWorksheet('Chỉ tiêu theo tiêu chí')!;
      ws.getCell('B3').value = 207;
      for (const [n, added, cumulative] of TARGETS_2019) {
        if (added === null || cumulative === null) continue;
        const row = rowOf(ws, 1, n);
        ws.getCell(row, 3).value = cumulative - added;
        ws.getCell(row, 4).value = added;
      }
      [60, 2, 35, 110].forEach((count, i) => { ws.getCell(rowOf(ws, 2, 'Số xã đạt 19 tiêu chí') + i, 5).value = count; });
    });
    expect(report.stats.errors).toBe(0);
    const ws = result.getWorksheet('Chỉ tiêu theo tiêu chí')!;
    for (const [n, added, cumulative] of TARGETS_2019) {
      if (added === null || cumulative === null) continue;
      expect(value(ws, rowOf(ws, 1, n), 5)).toBe(cumulative);
      // "Tỷ lệ (%)": filled in percent units, as the header reads.
      expect(value(ws, rowOf(ws, 1, n), 6)).toBeCloseTo((cumulative / 207) * 100, 10);
    }
    expect(value(ws, rowOf(ws, 2, 'Số xã đạt 5-9 tiêu chí'), 6)).toBeCloseTo((110 / 207) * 100, 10);
  }, 180_000);

  it('funding (Lạng Sơn 2019, tỷ đồng typed as triệu)', async () => {
    const file = template('funding', '--year', '2019');
    const amounts: Record<string, number> = { 'Ngân sách trung ương': 495.1, 'Ngân sách tỉnh': 157.7, 'Vốn lồng ghép từ các chương trình, dự án khác': 365, 'Vốn tín dụng': 1800, 'Vốn huy động từ doanh nghiệp, HTX và các tổ chức kinh tế': 45, 'Huy động đóng góp của cộng đồng dân cư': 135, 'Huy động khác': 5 };
    const { result, report } = await typeInto(file, (book) => {
      const ws = book.getWorksheet('Nguồn vốn')!;
      for (const [label, amount] of Object.entries(amounts)) ws.getCell(rowOf(ws, 2, label), 3).value = amount;
    });
    expect(report.stats.errors).toBe(0);
    const ws = result.getWorksheet('Nguồn vốn')!;
    const total = Object.values(amounts).reduce((a, b) => a + b, 0);
    expect(value(ws, rowOf(ws, 2, 'Tổng cộng'), 3)).toBeCloseTo(total, 9);
    expect(value(ws, rowOf(ws, 2, 'Vốn ngân sách nhà nước'), 3)).toBeCloseTo(495.1 + 157.7, 9);
    expect(value(ws, rowOf(ws, 2, 'Vốn tín dụng'), 4)).toBeCloseTo((1800 / total) * 100, 10);
  }, 180_000);

  it('tasks and responsibility, typed in, are recognised and pass check', async () => {
    const file = template('plan', '--catalog', 'xa-ntm-2021-2025', '--year', '2025', '--communes', COMMUNES.join(';'));
    const { result, report } = await typeInto(file, (book) => {
      const tasks = book.getWorksheet('Nhiệm vụ')!;
      const first = rowOf(tasks, 2, 'Kiện toàn bộ máy') + 1;
      tasks.getRow(first).values = [1, 'Kiện toàn, phân công các thành viên BCĐ, BQL xây dựng NTM các cấp', 'BCĐ huyện', 'VPĐP NTM huyện', 'Các đơn vị có liên quan', 'Thường xuyên'];
      const responsibility = book.getWorksheet('Phân công phụ trách')!;
      const codes = ['3; 13.2; 13.3; 13.4; 13.5; 17.1; 17.4; 17.9; 17.10; 18.6', '13.1', '11; 12; 18.5', '1; 9; 17.5; 2; 7; 4', '17.2; 17.3; 17.6; 17.7; 17.8; 17.11; 17.12', '6; 16; 8', '15', '5; 14', '18.1; 18.2; 18.3', '18.4', '19.2', '19.1'];
      codes.forEach((list, i) => { responsibility.getCell(5 + i, 4).value = list; });
      const assignment = book.getWorksheet('Giao chỉ tiêu xã')!;
      COMMUNES.forEach((commune, i) => {
        for (let k = 1; k <= 19; k++) {
          const mark = markOf(commune, k);
          if (mark) assignment.getCell(6 + i, 2 + k).value = mark;
        }
      });
    });
    expect(report.sheets.map((s) => s.kind)).toEqual(['assignment', 'targets', 'funding', 'tasks', 'responsibility', 'unknown']);
    expect(report.stats.errors).toBe(0);
    expect(report.issues.filter((i) => i.code === 'uncovered-criterion').map((i) => i.key)).toEqual(['10']);
    const targets = result.getWorksheet('Chỉ tiêu theo tiêu chí')!;
    const header = 5;
    const row9 = rowOf(targets, 1, 9);
    expect(value(targets, row9, colOf(targets, header, 'Phấn đấu thêm'))).toBe(11);
    expect(value(targets, row9, colOf(targets, header, 'Lũy kế'))).toBe(COMMUNES.filter((c) => markOf(c, 9)).length);
    expect(value(targets, row9, colOf(targets, header, 'Tỷ lệ'))).toBeCloseTo(100, 10);
  }, 180_000);

  it('the 2027 plan: ten criteria, the commune group, the roll-up by group live over the assignment', async () => {
    const communes = ['Lê Lai', 'Đức Long', 'Kim Đồng', 'Trọng Con', 'Thụy Hùng'];
    const groups = [1, 2, 2, 3, null];
    const marks = (i: number, k: number) => ((i + k) % 3 === 0 ? null : (i + k) % 4 === 0 ? 'KH' : 'x');
    const file = template('plan', '--year', '2027', '--communes', communes.join(', '));
    const { result, report } = await typeInto(file, (book) => {
      const assignment = book.getWorksheet('Giao chỉ tiêu xã')!;
      const groupCol = colOf(assignment, 4, 'Nhóm xã');
      communes.forEach((_, i) => {
        for (let k = 1; k <= 10; k++) assignment.getCell(6 + i, 2 + k).value = marks(i, k);
        assignment.getCell(6 + i, groupCol).value = groups[i];
      });
    });
    expect(report.sheets.map((s) => s.name)).toEqual(['Giao chỉ tiêu xã', 'Tổng hợp theo nhóm xã', 'Chỉ tiêu theo tiêu chí', 'Nguồn vốn', 'Nhiệm vụ', 'Phân công phụ trách', 'Danh mục tiêu chí', 'Danh sách chọn']);
    expect(report.stats.errors).toBe(0);
    const assignment = result.getWorksheet('Giao chỉ tiêu xã')!;
    for (let c = 1; c <= assignment.columnCount; c++) expect(String(assignment.getCell(4, c).value ?? '')).not.toMatch(/huyện/i);
    const end = (i: number) => Array.from({ length: 10 }, (_, k) => marks(i, k + 1)).filter((m) => m !== null).length;
    const rollup = result.getWorksheet('Tổng hợp theo nhóm xã')!;
    for (const [label, members] of [['Nhóm 1', [0]], ['Nhóm 2', [1, 2]], ['Nhóm 3', [3]], ['Chưa xếp nhóm', [4]], ['Toàn tỉnh', [0, 1, 2, 3, 4]]] as [string, number[]][]) {
      const row = rowOf(rollup, 2, label);
      expect(value(rollup, row, 3)).toBe(members.length);
      expect(value(rollup, row, 4)).toBeCloseTo(members.reduce((t: number, i) => t + end(i), 0) / members.length, 10);
      expect(value(rollup, row, 5)).toBe(members.filter((i) => end(i) === 10).length);
    }
  }, 180_000);
});
