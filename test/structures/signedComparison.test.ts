/**
 * "Thực hiện 2026 | Kế hoạch 2027 | So sánh KH 2027 với TH 2026 (+/-)": a comparison whose title asks for
 * a sign is the difference of the two years, not their ratio — a row 45 against 38 holds 7, not 118,4.
 * (The signs fold away with the rest of the punctuation, so the title as typed says it.) A "So sánh (%)"
 * beside the same years stays a ratio. Clean says nothing; one changed difference is an error at its cell;
 * every way of writing the sign and every spelling give the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const ROWS: [string, number, number][] = [
  ['Tổng số xã', 96, 96], ['Số xã đạt chuẩn nông thôn mới', 38, 45], ['Số xã đạt tiêu chí Quy hoạch', 88, 88],
  ['Số xã đạt tiêu chí Hạ tầng kinh tế - xã hội', 37, 37], ['Số xã đạt tiêu chí Phát triển kinh tế nông thôn', 50, 51],
  ['Số xã đạt tiêu chí Đào tạo nguồn nhân lực nông thôn', 60, 66], ['Số xã đạt tiêu chí Văn hóa, giáo dục, y tế', 41, 49],
  ['Số xã đạt tiêu chí Giảm nghèo và an sinh xã hội', 72, 72], ['Số xã đạt tiêu chí Khoa học công nghệ và chuyển đổi số', 25, 34],
];
const TITLES = ['So sánh KH 2027 với TH 2026 (+/-)', 'So sánh (+, -)', 'So với năm 2026 (±)', 'So sánh KH/TH (+/–)'];

function compared(title: string, change?: { row: number; by: number }): { book: WorkbookSnapshot; cell: (row: number) => string } {
  const rows: CellValue[][] = [
    ['SO SÁNH KẾ HOẠCH NĂM 2027 VỚI KẾT QUẢ THỰC HIỆN NĂM 2026'],
    [],
    ['TT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 2026', 'Kế hoạch 2027', title],
    ...ROWS.map(([name, done, plan], i): CellValue[] => [i + 1, name, 'xã', done, plan, plan - done + (change?.row === i ? change.by : 0)]),
  ];
  return { book: { name: 'so-sanh.xlsx', sheets: [sheet('So sanh', rows, { merges: ['A1:F1'] })] }, cell: (row) => a1(3 + row, 5) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(TITLES)('"%s"', (title) => {
  test('clean: the differences hold, nothing to say', () => {
    expect(notInfo(compared(title).book)).toEqual([]);
  });
  test('one difference changed: one error, at its cell', () => {
    const { book, cell } = compared(title, { row: 6, by: 3 });
    expect(notInfo(book)).toEqual([`${cell(6)} relation-mismatch error`]);
  });
});

test('every way of writing the sign gives the same findings', () => {
  for (const change of [undefined, { row: 1, by: -2 }]) {
    const found = TITLES.map((t) => findingsOf(compared(t, change).book));
    for (const f of found) expect(f).toEqual(found[0]);
  }
});

test('"So sánh (%)" beside the same years stays a ratio', () => {
  const rows: CellValue[][] = [
    ['TT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 2026', 'Kế hoạch 2027', 'So sánh (%)'],
    ...ROWS.map(([name, done, plan], i): CellValue[] => [i + 1, name, 'xã', done, plan, Math.round((plan / done) * 1000) / 10]),
  ];
  expect(notInfo({ name: 'ratio.xlsx', sheets: [sheet('So sanh', rows)] })).toEqual([]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [compared(TITLES[0]), compared(TITLES[0], { row: 4, by: 1 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
