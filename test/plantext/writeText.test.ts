import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { tempDir } from '../helpers/xlsx';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'ntm-plan.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

type Issue = { code: string; line: number; quote: string };

/**
 * The one finding a plan just written has: its number, left blank for the clerk who issues it
 * ("Số:       /KH-UBND"), a warning check-text gives every unfilled blank.
 */
const onlyTheBlankNumber = (text: string, issues: Issue[]) => {
  const line = text.split('\n').findIndex((l) => l.startsWith('Số:')) + 1;
  expect(line).toBeGreaterThan(0);
  expect(issues.map((i) => [i.code, i.line, i.quote])).toEqual([['text-placeholder', line, 'Số:       /KH-UBND']]);
};

describe('ntm-plan write-text', () => {
  const dir = tempDir();

  test.each(['lang-son-2019.xlsx', 'lang-son-2021.xlsx', 'thach-an-2025.xlsx', 'bac-giang-2022.xlsx', 'tinh-2027.xlsx'])('%s: the text it writes passes check-text — no error, no finding but the number left blank — alone and against the workbook', (sample) => {
    const output = path.join(dir, `${sample}.txt`);
    expect(run('write-text', path.join(ROOT, 'samples', sample), '-o', output).status).toBe(0);
    const text = readFileSync(output, 'utf8');
    const checked = run('check-text', output, '--json');
    onlyTheBlankNumber(text, JSON.parse(checked.stdout).issues);
    expect(checked.status).toBe(0);
    // And against the workbook it was written from: every criterion, distribution line, average and total agree.
    onlyTheBlankNumber(text, JSON.parse(run('check-text', output, '--workbook', path.join(ROOT, 'samples', sample), '--json').stdout).issues);
  });

  test('a summary of targets (Bắc Giang 2022) is written from its rows: communes with their share, villages, the average', () => {
    const text = run('write-text', path.join(ROOT, 'samples', 'bac-giang-2022.xlsx')).stdout;
    // The fixture's rows: 138 + 9 = 147/184 communes, 145 + 94 = 239 model villages, average 16,8 → 17,1.
    expect(text).toContain(`- Số xã đạt chuẩn nông thôn mới: có thêm 09 xã, nâng tổng số lên 147/184 xã, chiếm ${(Math.round((147 / 184) * 1000) / 10).toString().replace('.', ',')}%;`);
    expect(text).toContain('- Số thôn đạt chuẩn nông thôn mới kiểu mẫu: có thêm 94 thôn, nâng tổng số lên 239 thôn;');
    expect(text).toContain('- Bình quân tiêu chí/xã: từ 16,8 lên 17,1 tiêu chí/xã.');
    // Its title names the province and the year ("KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI TỈNH BẮC GIANG NĂM 2022").
    expect(text).toContain('\nKẾ HOẠCH\nThực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Bắc Giang năm 2022\n');
    expect(text).toContain('Tiếp tục thực hiện đồng bộ, hiệu quả Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 trên địa bàn tỉnh Bắc Giang');
  });

  test('its numbers are the tables\': each criterion\'s "X/Y" is the sheet\'s "Tổng số xã đạt", the funding items are the sheet\'s amounts', async () => {
    const workbook = path.join(ROOT, 'samples', 'lang-son-2021.xlsx');
    const text = run('write-text', workbook).stdout;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    const targets = book.getWorksheet('Chi tieu 2021')!;
    let compared = 0;
    targets.eachRow((row) => {
      const label = String(row.getCell(2).value ?? '').normalize('NFC');
      const stated = String(row.getCell(4).value ?? '');
      const number = /Tiêu chí số (\d+)/.exec(label)?.[1];
      if (!number || !/^\d+\/\d+$/.test(stated)) return;
      const [x, y] = stated.split('/').map((n) => n.padStart(2, '0'));
      expect(text).toMatch(new RegExp(`Tiêu chí số ${number} về [^:]+: [^\\n]* ${x}/${y} xã[^,\\n]*, chiếm`));
      compared++;
    });
    expect(compared).toBeGreaterThan(10);
    const funding = book.getWorksheet('Von 2021')!;
    const amounts: number[] = [];
    funding.eachRow((row) => { if (/^\d+$/.test(String(row.getCell(1).value ?? ''))) amounts.push(Number(row.getCell(3).value)); });
    for (const amount of amounts) expect(text).toContain(` là ${amount.toLocaleString('de-DE')} tỷ đồng, chiếm `);
    expect(text).toContain(`Tổng nhu cầu vốn thực hiện là ${amounts.reduce((a, b) => a + b, 0).toLocaleString('de-DE')} tỷ đồng`);
  });

  test('check-text --workbook: each criterion\'s X/Y against the tables; one changed number is found at its line', () => {
    const workbook = path.join(ROOT, 'samples', 'thach-an-2025.xlsx');
    const text = run('write-text', workbook).stdout;
    const clean = path.join(dir, 'dung.txt');
    writeFileSync(clean, text);
    onlyTheBlankNumber(text, JSON.parse(run('check-text', clean, '--workbook', workbook, '--json').stdout).issues);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('- Tiêu chí số 6 '));
    const [, x, y] = /(\d+)\/(\d+) xã/.exec(lines[at])!;
    lines[at] = lines[at].replace(`${x}/${y} xã, chiếm`, `${Number(x) + 1}/${y} xã, chiếm`).replace(/chiếm [\d,]+%/, `chiếm ${(((Number(x) + 1) / Number(y)) * 100).toFixed(1).replace('.', ',')}%`);
    const changed = path.join(dir, 'sai.txt');
    writeFileSync(changed, lines.join('\n'));
    const result = JSON.parse(run('check-text', changed, '--workbook', workbook, '--json').stdout);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'text-workbook', line: at + 1, actual: `${Number(x) + 1}/${y}`, expected: `${Number(x)}/${y}` }));
    // The average written beside it no longer agrees with the counts either, when the change moves it past its rounding.
    expect(result.issues.filter((i: { code: string }) => !['text-workbook', 'text-average', 'text-placeholder'].includes(i.code))).toEqual([]);
  });

  test('as a .docx: one paragraph per line, the same text', async () => {
    const output = path.join(dir, 'van-ban.docx');
    const sample = path.join(ROOT, 'samples', 'thach-an-2025.xlsx');
    expect(run('write-text', sample, '-o', output).status).toBe(0);
    const paragraphs = (await mammoth.extractRawText({ path: output })).value.split('\n\n').filter(Boolean);
    expect(paragraphs).toEqual(run('write-text', sample).stdout.trim().split('\n'));
    expect(run('check-text', output).status).toBe(0);
  });
});
