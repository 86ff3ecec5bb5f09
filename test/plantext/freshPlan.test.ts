/**
 * A commune's 2027 plan written the way offices write (10 criteria of 2026–2030), once consistent and
 * once with faults planted one by one, as text and as a .docx whose targets are a Word table: each
 * fault found at its line, the consistent plan clean, the table checked as a sheet and against the text.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { checkPlanText } from '../../src/domain/plantext/check';
import { tempDir } from '../helpers/xlsx';

const BIN = path.join(__dirname, '..', '..', 'bin', 'ntm-plan.js');

const PLAN = [
  'ỦY BAN NHÂN DÂN XÃ TÂN LẬP',
  'Số: 15/KH-UBND',
  'Tân Lập, ngày 20 tháng 01 năm 2027',
  'KẾ HOẠCH',
  'Xây dựng nông thôn mới xã Tân Lập năm 2027',
  'Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ;',
  'Căn cứ Kế hoạch số 120/KH-UBND ngày 15/12/2026 của UBND tỉnh.',
  'I. KẾT QUẢ NĂM 2026',
  '- Năm 2026, bình quân các thôn đạt 7,5 tiêu chí thôn nông thôn mới.',
  '- Xã có 12 thôn, trong đó: 4 thôn đạt chuẩn thôn nông thôn mới; 5 thôn đạt từ 7 đến 9 tiêu chí; 3 thôn đạt dưới 7 tiêu chí.',
  '- Xã đạt 6/10 tiêu chí, cơ bản đạt 2/10, 2 tiêu chí chưa đạt là số 4 (Đào tạo nguồn nhân lực nông thôn) và số 7 (Khoa học công nghệ và chuyển đổi số).',
  '- Các tiêu chí đã đạt: số 1, 2, 3, 5, 6, 8.',
  'II. MỤC TIÊU NĂM 2027',
  '- Phấn đấu có thêm 03 thôn đạt chuẩn thôn nông thôn mới: thôn Nà Pàn, thôn Bản Chang, thôn Khuổi Lừa.',
  '- Tiêu chí số 4 về Đào tạo nguồn nhân lực nông thôn: hoàn thành trong Quý III/2027.',
  '- Tiêu chí số 7 về Khoa học công nghệ và chuyển đổi số: hoàn thành trước 30/11/2027.',
  '- Tổng kinh phí năm 2027 là 12.500 triệu đồng (vốn đầu tư 9.000 triệu đồng, vốn sự nghiệp 3.500 triệu đồng).',
  '- Trong đó vốn ngân sách trung ương 7.000 triệu đồng, chiếm 56%.',
].join('\n');

/** Each planted fault: what is changed, the code expected, the phrase of the line it is found on. */
const FAULTS: [string, string, string, string][] = [
  ['03 thôn đạt chuẩn thôn nông thôn mới: thôn Nà Pàn, thôn Bản Chang, thôn Khuổi Lừa', '04 thôn đạt chuẩn thôn nông thôn mới: thôn Nà Pàn, thôn Bản Chang, thôn Khuổi Lừa', 'text-list-count', 'Nà Pàn'],
  ['cơ bản đạt 2/10, 2 tiêu chí', 'cơ bản đạt 3/10, 2 tiêu chí', 'text-three-state', 'cơ bản đạt'],
  ['số 1, 2, 3, 5, 6, 8.', 'số 1, 2, 3, 4, 5, 6, 8.', 'text-criterion-status', 'chưa đạt là số 4'],
  ['hoàn thành trong Quý III/2027', 'hoàn thành trong Quý III/2026', 'text-deadline', 'Quý III/2026'],
  ['- Tiêu chí số 7 về Khoa học', '- Tiêu chí số 12 về Khoa học', 'text-criterion-number', 'Tiêu chí số 12'],
  ['- Tiêu chí số 4 về Đào tạo', '- Tiêu chí số 6 về Đào tạo', 'text-criterion-name', 'Tiêu chí số 6 về'],
  ['là 12.500 triệu đồng (vốn', 'là 12.800 triệu đồng (vốn', 'text-total', '12.800'],
  ['7.000 triệu đồng, chiếm 56%', '7.000 triệu đồng, chiếm 65%', 'text-item-share', 'chiếm 65%'],
  ['ngày 15/12/2026 của UBND', 'ngày 15/02/2027 của UBND', 'text-date-after-plan', '15/02/2027'],
];

const errors = (text: string) => checkPlanText(text, 'vi').issues.filter((i) => i.severity === 'error');
const lineOf = (text: string, phrase: string) => text.split('\n').findIndex((l) => l.includes(phrase)) + 1;

test('the plan as written: no error, its figures read', () => {
  expect(errors(PLAN)).toEqual([]);
  const report = checkPlanText(PLAN, 'vi');
  expect(report.stats.unread).toBe(0);
  // Six sentences hold figures (lines 9, 10, 11, 14, 17, 18); the others hold dates, years and criterion numbers only.
  expect(report.stats.read).toBe(6);
});

test.each(FAULTS)('%s → %s: %s', (from, to, code, phrase) => {
  expect(PLAN).toContain(from);
  const planted = PLAN.replace(from, to);
  const found = errors(planted).filter((f) => f.code === code);
  expect(found.map((f) => f.line)).toContain(lineOf(planted, phrase));
});

test('the share of a sub-item under "…, trong đó:" may be of the grand total; last year\'s average is not held against this year\'s floor', () => {
  const text = `${PLAN}\n- Đến cuối năm 2027 không còn thôn dưới 8 tiêu chí.\n- Phấn đấu năm 2027 không còn xã dưới 5 tiêu chí.`;
  expect(errors(text)).toEqual([]);
});

describe('a .docx whose targets are a Word table', () => {
  const dir = tempDir();
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });
  async function docx(name: string, share: string, textCount: string) {
    const rows = [
      row('TT', 'Tiêu chí', 'Đã đạt đến hết năm 2020', 'Đạt thêm năm 2021', 'Lũy kế đến hết năm 2021', 'Tỷ lệ (%)'),
      row('1', 'Quy hoạch', '181', '0', '181', '100'),
      row('2', 'Giao thông', '85', '11', '96', '53'),
      row('3', 'Thủy lợi', '170', '6', '176', '97,2'),
      row('4', 'Điện', '110', '11', '121', share),
    ];
    const document = new Document({ sections: [{ children: [
      new Paragraph('KẾ HOẠCH'), new Paragraph('Xây dựng nông thôn mới tỉnh năm 2021'),
      new Paragraph(`- Tiêu chí số 4 về Điện: nâng tổng số xã đạt tiêu chí lên ${textCount}/181 xã.`),
      new Paragraph('Biểu 01: Chỉ tiêu các tiêu chí năm 2021 (Tổng số xã toàn tỉnh: 181 xã)'),
      new Table({ rows }),
      new Paragraph('Các huyện chủ động bố trí nguồn lực.'),
    ] }] });
    const file = path.join(dir, name);
    writeFileSync(file, await Packer.toBuffer(document));
    return JSON.parse(spawnSync(process.execPath, [BIN, 'check-text', file, '--json'], { encoding: 'utf8' }).stdout);
  }

  it('reads the table as a sheet: a wrong share in it is found at its row\'s line; right, nothing', async () => {
    const right = await docx('right.docx', '66,9', '121');
    expect(right.issues).toEqual([]);
    expect(right.unread).toEqual([]);
    const wrong = await docx('wrong.docx', '69,9', '121');
    const table = wrong.issues.filter((i: { code: string }) => i.code === 'text-table');
    expect(table).toHaveLength(1);
    // Lines: title (1), subtitle (2), the criterion's sentence (3), the table's title (4), the header row (5), rows 1–4 (6–9).
    expect(table[0].line).toBe(9);
    expect(table[0].message).toContain('69,9');
  });

  it('compares the text around the table with the table: a count the table does not give is found', async () => {
    const result = await docx('text.docx', '66,9', '125');
    expect(result.issues.map((i: { code: string; line: number }) => `${i.code} ${i.line}`)).toEqual(['text-workbook 3']);
  });
});
