import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir, writeXlsx } from '../helpers/xlsx';
import { sheet } from '../helpers/sheets';
import { langSon2019TaskSheet, TASKS_2019 } from '../fixtures/langSonTasks2019';
import { thachAnAssignment, thachAnResponsibility } from '../fixtures/thachAn';

const BIN = path.join(__dirname, '..', '..', 'bin', 'ntm-plan.js');
const dir = tempDir();
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

async function open(file: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

describe('ntm-plan appendix', () => {
  let tasks: string;
  beforeAll(async () => {
    tasks = await writeXlsx(dir, 'tasks.xlsx', [langSon2019TaskSheet()]);
  });

  it('writes the "Phụ lục" sheet: title, plan line, six-column header, numbered sections and tasks, texts unchanged', async () => {
    const output = path.join(dir, 'appendix.xlsx');
    const { code, stdout } = run('appendix', tasks, '-o', output, '--json', '--plan-number', '46', '--plan-date', '22/02/2019');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['file', 'format', 'output', 'sheet', 'sections', 'matrixSheet', 'warnings']);
    expect(result.sections[1]).toMatchObject({ tt: 'II', title: 'Công tác lập kế hoạch và phân bổ vốn' });
    expect(result.sections[1].rows[1]).toEqual({ tt: '2', content: 'Kiểm tra công tác phân bổ, giao vốn triển khai xây dựng NTM', directing: 'BCĐ tỉnh', implementing: 'Thành viên BCD, VPĐP tỉnh', coordinating: 'BCĐ cấp huyện, xã', timeline: 'Tháng 3, 7', source: 'tasks' });
    const ws = (await open(output)).getWorksheet('Phụ lục')!;
    expect(ws.getCell('A1').value).toBe('Phụ lục: Nội dung công việc, tiến độ thời gian, trách nhiệm thực hiện');
    expect(ws.getCell('A2').value).toBe('(Kèm theo Kế hoạch số 46/KH-UBND ngày 22/02/2019 của UBND tỉnh)');
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getRow(4).getCell(c).value)).toEqual(['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian']);
    const body: string[][] = [];
    for (let r = 5; r <= ws.rowCount; r++) body.push([1, 2, 3, 4, 5, 6].map((c) => String(ws.getRow(r).getCell(c).value ?? '')));
    const expected = TASKS_2019.map((row) => (/^[IVX]+$/.test(row[0]) ? [row[0], row[1], row[1], row[1], row[1], row[1]] : [...row]));
    expect(body.map((row) => row.slice(0, 2))).toEqual(expected.map((row) => row.slice(0, 2)));
    expect(body.filter((row) => !/^[IVX]+$/.test(row[0]))).toEqual(TASKS_2019.filter((row) => !/^[IVX]+$/.test(row[0])).map((row) => [...row]));
    expect(ws.getCell('B5').isMerged).toBe(true);
  });

  it('prints on A4 landscape, fitted to the page width, the header repeated on every page', async () => {
    const output = path.join(dir, 'print.xlsx');
    run('appendix', tasks, '-o', output);
    const ws = (await open(output)).getWorksheet('Phụ lục')!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' });
    expect(ws.getColumn(2).width).toBeGreaterThan(40);
    expect(ws.getCell('B6').alignment?.wrapText).toBe(true);
  });

  it('replaces its own sheet when run again, and never a user\'s own "Phụ lục"', async () => {
    const withUserSheet = await writeXlsx(dir, 'user-sheet.xlsx', [langSon2019TaskSheet(), sheet('Phụ lục', [['Ghi chú của tôi']])]);
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    expect(run('appendix', withUserSheet, '-o', once).code).toBe(0);
    expect(run('appendix', once, '-o', twice, '--plan-number', '12').code).toBe(0);
    const book = await open(twice);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Nhiệm vụ', 'Phụ lục', 'Phụ lục (2)']);
    expect(book.getWorksheet('Phụ lục')!.getCell('A1').value).toBe('Ghi chú của tôi');
    expect(book.getWorksheet('Phụ lục (2)')!.getCell('A2').value).toBe('(Kèm theo Kế hoạch số 12/KH-UBND ngày        của UBND tỉnh)');
  });

  it('writes tasks beginning with "=", "+", "-", "@" as the literal texts they are', async () => {
    const file = await writeXlsx(dir, 'bullets.xlsx', [sheet('Việc', [
      ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian'],
      ['I', 'Tuyên truyền'],
      [1, '=cmd|\' /c calc\'!A1', 'BCĐ', '+Phòng VH-TT', '-Các xã', '@Quý I'],
    ])]);
    const output = path.join(dir, 'bullets-out.xlsx');
    expect(run('appendix', file, '-o', output).code).toBe(0);
    const ws = (await open(output)).getWorksheet('Phụ lục')!;
    for (const [address, text] of [['B6', "=cmd|' /c calc'!A1"], ['D6', '+Phòng VH-TT'], ['E6', '-Các xã'], ['F6', '@Quý I']]) {
      expect(ws.getCell(address).value).toBe(text);
      expect(ws.getCell(address).formula).toBeUndefined();
    }
  });

  it('derives rows from the assignment, adds the department × criteria matrix, and warns about the criterion no one leads', async () => {
    const file = await writeXlsx(dir, 'thach-an.xlsx', [thachAnAssignment(), thachAnResponsibility()]);
    const output = path.join(dir, 'thach-an-out.xlsx');
    const { code, stdout } = run('appendix', file, '-o', output, '--json', '--directing', 'BCĐ các CTMTQG huyện', '--deadline', 'trước 30/11/2025');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    const rows = result.sections.flatMap((s: { rows: unknown[] }) => s.rows);
    expect(rows.find((r: { key?: string }) => r.key === '2')).toMatchObject({ content: 'Phấn đấu thêm 1 xã đạt tiêu chí số 2 (Giao thông): xã Canh Tân', implementing: 'UBND xã Canh Tân', coordinating: 'Phòng Kinh tế và Hạ tầng', directing: 'BCĐ các CTMTQG huyện', timeline: 'trước 30/11/2025', source: 'assignment' });
    expect(result.warnings.map((w: { code: string; key: string }) => `${w.code} ${w.key}`)).toEqual(['uncovered-criterion 10']);
    expect(result.matrixSheet).toBe('Ma trận phụ trách');
    const book = await open(output);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Giao chỉ tiêu xã', 'Phân công phụ trách', 'Phụ lục', 'Ma trận phụ trách']);
  });

  it('says so, and writes nothing, when there is nothing to build the appendix from', async () => {
    const file = await writeXlsx(dir, 'empty.xlsx', [sheet('Bìa', [['Kế hoạch năm 2025']])]);
    const { code, stderr } = run('appendix', file, '-o', path.join(dir, 'empty-out.xlsx'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/không có trang nhiệm vụ/);
  });
});
