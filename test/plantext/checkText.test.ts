import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { checkPlanText } from '../../src/domain/plantext/check';
import { fold } from '../../src/domain/text/fold';
import { tempDir } from '../helpers/xlsx';

// The five real plans of ../shared/seeds, copied here so that the tests run on any clone.
const SEEDS = path.join(__dirname, '..', 'fixtures', 'plans');
const BIN = path.join(__dirname, '..', '..', 'bin', 'ntm-plan.js');
const seed = (name: string) => readFileSync(path.join(SEEDS, name), 'utf8');

/** The 1-based line of a text holding a phrase (diacritics and case ignored), found by the test on its own. */
function lineWith(text: string, phrase: string): number {
  const at = text.split(/\r\n|\n/).findIndex((line) => fold(line).includes(fold(phrase)));
  if (at < 0) throw new Error(`no line with "${phrase}"`);
  return at + 1;
}

/** A share as the plans write it: x/y × 100 rounded half up at `decimals`, decimal comma. */
const share = (x: number, y: number, decimals: number) => `${(Math.round((x / y) * 100 * 10 ** decimals + 1e-9) / 10 ** decimals).toFixed(decimals).replace('.', ',')}%`;

/** The faults `../shared/domain.md` lists for each plan and that its text states, recomputed here. */
const FAULTS: Record<string, { code: string; phrase: string; actual: string; expected: string }[]> = {
  'lang-son-2021-plan.txt': [
    { code: 'text-share', phrase: '01/181 xã, chiếm 0,5%', actual: '0,5%', expected: share(1, 181, 1) },
    { code: 'text-share', phrase: '180/181 xã đạt tiêu chí, chiếm tỷ lệ 99,5%', actual: '99,5%', expected: share(180, 181, 1) },
    { code: 'text-share', phrase: 'chiếm tỷ lệ 95%', actual: '95%', expected: share(171, 181, 0) },
    { code: 'text-total', phrase: 'là 4.756 tỷ đồng, trong đó', actual: '4.756', expected: (643 + 580 + 70 + 3200 + 273).toLocaleString('de-DE') },
  ],
  'lang-son-2019-plan.txt': [
    { code: 'text-date-after-plan', phrase: 'Nghị quyết số 12/NQ-HĐND ngày 10/12/2019', actual: '10/12/2019', expected: '≤ 22/02/2019' },
    // domain.md: the per-criterion totals add to 2.059 without criterion 1; with 207 for it the average is at most 10,95.
    { code: 'text-average', phrase: 'đạt từ 11 – 11,5 tiêu chí', actual: '11 – 11,5', expected: `${(2059 / 207).toFixed(2).replace('.', ',')} – ${((2059 + 207) / 207).toFixed(2).replace('.', ',')}` },
    { code: 'text-share', phrase: '90/207 xã, chiếm tỷ lệ 43,4%', actual: '43,4%', expected: share(90, 207, 1) },
    { code: 'text-share', phrase: 'đạt tỷ lệ 64,2%', actual: '64,2%', expected: share(133, 207, 1) },
  ],
  'thach-an-2025-plan.txt': [
    // "không còn xã dưới 15 tiêu chí" (line 1229) with 2 + 3 of 13 communes at 19: the average is at least (5 × 19 + 8 × 15) / 13 = 16,5.
    { code: 'text-average', phrase: 'Bình quân tiêu chí nông thôn mới đạt 15,1', actual: '15,1', expected: (Math.floor(((5 * 19 + 8 * 15) / 13) * 10) / 10).toFixed(1).replace('.', ',') },
    // "Đối với xã Đức Xuân: … 02 tiêu chí chưa đạt: Tiêu chí số 9 …; Tiêu chí số 10 …", yet criterion 11 (Nghèo đa chiều) is assigned to it too.
    { code: 'text-commune-criteria', phrase: '(Cụ thể chỉ tiêu giao cho xã Đức Xuân, xã Lê lợi, xã Vân trình); phấn đấu đạt', actual: '11', expected: '9, 10' },
    { code: 'text-total', phrase: 'Ngân sách trung ương: 78.418,774', actual: '78.418,774', expected: '78.418,770' },
  ],
  'bac-giang-2022-plan.txt': [],
};

describe('check-text on the real plans', () => {
  test.each(Object.entries(FAULTS))('%s: every arithmetic fault found at its line, no other error', (name, faults) => {
    const text = seed(name);
    const errors = checkPlanText(text, 'vi').issues.filter((i) => i.severity === 'error');
    const wanted = faults.map((f) => ({ code: f.code, line: lineWith(text, f.phrase), actual: f.actual, expected: f.expected }));
    expect(errors.map(({ code, line, actual, expected }) => ({ code, line, actual, expected }))).toEqual(wanted);
  });

  test('a 2025 plan listing its projects "dự kiến đầu tư năm 2024" is warned at that line; no other plan is', () => {
    const thachAn = seed('thach-an-2025-plan.txt');
    const stale = checkPlanText(thachAn, 'vi').issues.filter((i) => i.code === 'text-stale-year');
    expect(stale.map((i) => ({ line: i.line, actual: i.actual, expected: i.expected, severity: i.severity }))).toEqual([{ line: lineWith(thachAn, 'dự kiến đầu tư năm 2024'), actual: 'năm 2024', expected: 'năm 2025', severity: 'warning' }]);
    expect(stale[0].message).toContain('Kế hoạch năm 2025');
    for (const name of Object.keys(FAULTS).filter((n) => n !== 'thach-an-2025-plan.txt')) expect(checkPlanText(seed(name), 'vi').issues.filter((i) => i.code === 'text-stale-year')).toEqual([]);
    // Results of earlier years are not plans: "đến hết năm 2024" stays quiet.
    expect(checkPlanText('KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\nĐến hết năm 2024 có 5 xã đạt chuẩn.', 'vi').issues).toEqual([]);
  });

  test('the bad scan without diacritics gives the same findings where its digits are legible', () => {
    const scan = seed('lang-son-2021-plan-ocr-no-diacritics.txt');
    const errors = checkPlanText(scan, 'vi').issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => `${e.code} ${e.actual} → ${e.expected}`)).toEqual(FAULTS['lang-son-2021-plan.txt'].map((f) => `${f.code} ${f.actual} → ${f.expected}`));
    expect(errors[0].line).toBe(lineWith(scan, '01/181'));
  });

  test('the same text decomposed (NFD), with Windows line ends, or without diacritics: the same findings', () => {
    const text = seed('lang-son-2021-plan.txt');
    // A placeholder quotes what is written ("số" or "so"): compared by code, line and the right value.
    const key = (raw: string) => checkPlanText(raw, 'vi').issues.map((i) => `${i.code} ${i.line} ${i.expected}`);
    const expected = key(text);
    expect(key(text.normalize('NFD'))).toEqual(expected);
    expect(key(text.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(key(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'))).toEqual(expected);
  });

  test('the same plans as .docx: the same findings at the same lines', async () => {
    const dir = tempDir();
    const text = seed('lang-son-2021-plan.txt');
    const document = new Document({ sections: [{ children: text.split(/\r?\n/).map((line) => new Paragraph(line)) }] });
    const file = path.join(dir, 'ke-hoach.docx');
    writeFileSync(file, await Packer.toBuffer(document));
    const run = spawnSync(process.execPath, [BIN, 'check-text', file, '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    const direct = checkPlanText(text, 'vi').issues;
    expect(result.issues.map((i: { code: string; line: number; actual: string }) => `${i.code} ${i.line} ${i.actual}`)).toEqual(direct.map((i) => `${i.code} ${i.line} ${i.actual}`));
  });
});

describe('ntm-plan check-text', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'check-text', ...args], { encoding: 'utf8' });
  test('--json: {file, issues: [{code, severity, line, quote, message, expected, actual}], stats}; exit 0 without errors, 1 with, 2 for no file', () => {
    const clean = run(path.join(SEEDS, 'bac-giang-2022-plan.txt'), '--json');
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ file: 'bac-giang-2022-plan.txt', issues: [], stats: { errors: 0 } });
    const faulty = run(path.join(SEEDS, 'lang-son-2019-plan.txt'), '--json', '--lang', 'en');
    expect(faulty.status).toBe(1);
    const first = JSON.parse(faulty.stdout).issues[0];
    expect(Object.keys(first)).toEqual(['code', 'severity', 'line', 'quote', 'message', 'expected', 'actual']);
    expect(first.message).toContain('issued after the plan');
    const missing = run(path.join(SEEDS, 'none.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('không có tệp này');
    const workbook = run(path.join(__dirname, '..', '..', 'samples', 'lang-son-2021.xlsx'));
    expect(workbook.status).toBe(2);
    // One message, wrapped to 80 columns when stderr is no terminal.
    expect(workbook.stderr.replace(/\s+/g, ' ')).toContain('là sổ tính, không phải văn bản kế hoạch');
  });

  test('the text report quotes the sentence and the corrected wording', () => {
    const out = run(path.join(SEEDS, 'lang-son-2021-plan.txt')).stdout;
    expect(out).toContain('sửa thành: "Số xã đạt 15-18 tiêu chí có 01/181 xã, chiếm 0,6%"');
  });
});

describe('check-text claims', () => {
  const errors = (text: string) => checkPlanText(text, 'vi').issues.filter((i) => i.severity === 'error');

  test('a share at its shown precision: within half a unit of its last digit is right', () => {
    expect(errors('Nâng tổng số xã đạt tiêu chí lên 147/184 xã, chiếm tỷ lệ 79,9%.')).toEqual([]);
    expect(errors('lên 161/181 xã, chiếm tỷ lệ 89%.')).toEqual([]);
    const [finding] = errors('Nâng tổng số xã đạt tiêu chí lên 75/181\nxã, chiếm tỷ lệ 41,5%.');
    expect(finding).toMatchObject({ code: 'text-share', line: 2, actual: '41,5%', expected: share(75, 181, 1) });
    expect(finding.params.corrected).toBe(`Nâng tổng số xã đạt tiêu chí lên 75/181 xã, chiếm tỷ lệ ${share(75, 181, 1)}`);
  });

  test('dates are not ratios', () => {
    expect(errors('theo Quyết định số 933/QĐ-UBND ngày 22/5/2018, đạt 50%.')).toEqual([]);
  });

  test('a total and its items: sub-items never added twice, shares of the total', () => {
    const text = ['Tổng vốn năm 2027 là 100 tỷ đồng, trong đó:', '1. Ngân sách là 60 tỷ đồng, chiếm 60%, gồm:', '- Trung ương 40 tỷ đồng;', '- Địa phương 20 tỷ đồng.', '2. Vốn tín dụng là 40 tỷ', 'đồng, chiếm 40%.', 'Các huyện chủ động bố trí.'].join('\n');
    expect(errors(text)).toEqual([]);
    const wrong = errors(text.replace('chiếm 40%', 'chiếm 45%').replace('là 100 tỷ', 'là 110 tỷ'));
    expect(wrong.map((f) => `${f.code} ${f.line} ${f.actual} → ${f.expected}`)).toEqual(['text-total 1 110 → 100', `text-item-share 2 60% → ${share(60, 110, 0)}`, `text-item-share 6 45% → ${share(40, 110, 0)}`]);
  });

  test('"từ A lên B" beside "thêm N": A + N = B', () => {
    expect(errors('Năm 2019 có thêm 12 xã đạt chuẩn, nâng tổng số xã đạt chuẩn từ 48 xã lên 60 xã.')).toEqual([]);
    expect(errors('nâng số xã đạt chuẩn từ 48 lên 60 xã, tăng thêm 12 xã so với năm trước.')).toEqual([]);
    const [first] = errors('Năm 2019 có thêm 12 xã đạt chuẩn,\nnâng tổng số xã đạt chuẩn từ 48 xã lên 61 xã.');
    expect(first).toMatchObject({ code: 'text-progress', line: 2, actual: '61', expected: String(48 + 12) });
    expect(first.params.corrected).toMatch(/từ 48 xã lên 60$/);
    const [second] = errors('nâng số xã đạt chuẩn từ 48 lên 60 xã, tăng thêm 10 xã so với năm trước.');
    expect(second).toMatchObject({ code: 'text-progress', actual: '60', expected: String(48 + 10) });
  });

  test('a count and the communes it names', () => {
    expect(errors('có thêm 02 xã đạt tiêu chí giao thông (Cụ thể chỉ tiêu giao cho xã: Canh Tân, Đức Long).')).toEqual([]);
    const [finding] = errors('có thêm 03 xã đạt tiêu chí (Cụ thể chỉ tiêu giao cho xã: Canh Tân, Đức Long).');
    expect(finding).toMatchObject({ code: 'text-list-count', actual: '03', expected: '02' });
    expect(errors('phấn đấu có thêm 03 xã đạt chuẩn nâng cao là: Xã Đình Lập huyện Đình Lập; xã Bằng Mạc huyện Chi Lăng và xã Hữu Khánh huyện Lộc Bình; mỗi xã tiếp tục lựa chọn.')).toEqual([]);
  });

  test('a distribution of communes: its counts add up to the communes, and the average stated above it fits its bounds', () => {
    const lines = ['Phấn đấu bình quân 01 xã trên địa bàn tỉnh đạt từ 13,5 - 14 tiêu chí trở lên, trong đó:', '- Số xã đạt 19 tiêu chí có 75/181 xã, chiếm 41,4%;', '- Số xã đạt 15-18 tiêu chí có 02/181 xã, chiếm 1,1%;', '- Số xã đạt 10-14 tiêu chí có 70/181 xã, chiếm 38,7%;', '- Số xã đạt từ 5-9 tiêu chí có 34/181 xã, chiếm 18,8%.'];
    expect(errors(lines.join('\n'))).toEqual([]);
    const wrong = errors(lines.join('\n').replace('13,5 - 14', '16 - 17').replace('có 34/181', 'có 30/181').replace('18,8%', '16,6%'));
    const min = (75 * 19 + 2 * 15 + 70 * 10 + 30 * 5) / 181;
    const max = (75 * 19 + 2 * 18 + 70 * 14 + 30 * 9) / 181;
    expect(wrong.map((f) => `${f.code} ${f.line} ${f.actual} → ${f.expected}`)).toEqual([
      `text-average 1 16 – 17 → ${min.toFixed(2).replace('.', ',')} – ${max.toFixed(2).replace('.', ',')}`,
      `text-distribution 5 ${75 + 2 + 70 + 30} → 181`,
    ]);
  });

  test('a partial list of groups ("trong đó") need not add up to the communes, only not exceed them', () => {
    expect(errors('- Số xã đạt 19 tiêu chí có 75/181 xã;\n- Số xã đạt 15-18 tiêu chí có 01/181 xã.')).toEqual([]);
    expect(errors('- Số xã đạt 19 tiêu chí có 175/181 xã;\n- Số xã đạt 15-18 tiêu chí có 11/181 xã.').map((f) => `${f.code} ${f.actual}`)).toEqual(['text-distribution 186']);
  });

  test('an average of a part of the communes is not the whole\'s', () => {
    const text = ['bình quân 01 xã trên địa bàn tỉnh đạt từ 13,5 - 14 tiêu chí, trong đó:', '- Số xã đạt 19 tiêu chí có 75/181 xã;', '- Số xã đạt 10-14 tiêu chí có 106/181 xã.', '20 xã biên giới phấn đấu đạt bình quân 9,5-10 tiêu chí/xã.'].join('\n');
    expect(errors(text)).toEqual([]);
  });

  test('blanks left to fill in are warnings', () => {
    const issues = checkPlanText('Kế hoạch năm ____\n(Kèm theo Kế hoạch số: /KH-UBND)', 'en').issues;
    expect(issues.map((i) => `${i.severity} ${i.line}`)).toEqual(['warning 1', 'warning 2']);
    expect(issues[0].message).toContain('A blank left to fill in');
  });
});

describe('an average against a floor the text sets pages away', () => {
  const plan = (average: string) => [
    'KẾ HOẠCH NĂM 2027',
    `- Phấn đấu nâng tổng số xã đạt chuẩn nông thôn mới lên 40/100 xã.`,
    `- Bình quân đạt ${average} tiêu chí/xã.`,
    ...Array.from({ length: 30 }, (_, i) => `Nội dung ${i + 1}.`),
    'Đến cuối năm 2027 không còn xã dưới 7 tiêu chí.',
  ].join('\n');

  it('finds an average below what the floor and the communes at standard allow, naming both', () => {
    // 40 communes at 10 and 60 at 7 or more: at least (400 + 420) / 100 = 8,2.
    const found = checkPlanText(plan('8,1'), 'vi').issues.filter((i) => i.code === 'text-average');
    expect(found.map((f) => [f.line, f.actual, f.expected])).toEqual([[3, '8,1', '8,2']]);
    expect(found[0].message).toContain('dòng 34');
  });

  it('says nothing when the average can hold', () => {
    expect(checkPlanText(plan('8,2'), 'vi').issues.filter((i) => i.code === 'text-average')).toEqual([]);
    expect(checkPlanText(plan('9,5'), 'vi').issues.filter((i) => i.code === 'text-average')).toEqual([]);
  });
});

describe('the criteria a commune lacks against the criteria assigned to it', () => {
  const plan = (assigned: string) => [
    'KẾ HOẠCH NĂM 2025',
    '- Đối với xã Kim Đồng: ưu tiên nguồn lực thực hiện 02 tiêu chí chưa đạt: Tiêu chí số 9: Nhà ở dân cư; Tiêu chí số 17: Môi trường.',
    `Phấn đấu có thêm 02 xã đạt tiêu chí ${assigned} (Cụ thể chỉ tiêu giao cho xã: Kim Đồng, Canh Tân).`,
  ].join('\n');

  it('finds a criterion assigned to a commune outside the ones the text says it lacks, by number or by name', () => {
    for (const assigned of ['số 10', 'Thu nhập']) {
      const found = checkPlanText(plan(assigned), 'vi').issues.filter((i) => i.code === 'text-commune-criteria');
      expect(found.map((f) => [f.line, f.actual, f.expected])).toEqual([[3, '10', '9, 17']]);
      expect(found[0].message).toContain('Xã Kim Đồng');
    }
  });

  it('says nothing when the criterion is one it lacks, or the commune is another', () => {
    expect(checkPlanText(plan('số 9 Nhà ở dân cư'), 'vi').issues.filter((i) => i.code === 'text-commune-criteria')).toEqual([]);
    expect(checkPlanText(plan('Môi trường'), 'vi').issues.filter((i) => i.code === 'text-commune-criteria')).toEqual([]);
    expect(checkPlanText(plan('số 10').replace('Kim Đồng, Canh Tân', 'Canh Tân'), 'vi').issues.filter((i) => i.code === 'text-commune-criteria')).toEqual([]);
  });
});
