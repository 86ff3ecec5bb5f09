/**
 * One commune's own sheet: its criteria down the rows with their state now and in the plan year,
 * and lines under them counting them. Each line is the count of its marks, the year end their sum:
 * clean says nothing, a wrong count is an error at its cell, a blank year end is filled (counting
 * lines left blank stay in the table and are filled: test/consolidate/communeSheet.test.ts).
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const NOW = [true, true, false, true, true, false, false, true, true, false];
const PLANNED = [false, false, false, false, false, true, false, false, false, true];
const met = NOW.filter(Boolean).length;
const planned = PLANNED.filter(Boolean).length;

function communeSheet(counts: (number | null)[], words: 'long' | 'short' = 'long') {
  const rows: CellValue[][] = [
    ['UBND XÃ TÂN LẬP'],
    ['KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    ['TT', 'Tên tiêu chí', 'Kết quả đánh giá đến 31/12/2026', 'Kế hoạch năm 2027', 'Bộ phận phụ trách'],
    ...NAMES.map((name, k): CellValue[] => [k + 1, words === 'long' ? `Tiêu chí số ${k + 1} - ${name}` : name, NOW[k] ? 'Đạt' : 'Chưa đạt', NOW[k] ? 'Duy trì' : PLANNED[k] ? 'Phấn đấu đạt' : 'Chưa đạt', 'Công chức Văn hóa - Xã hội']),
    [],
    ['Số tiêu chí đã đạt đến 31/12/2026:', null, counts[0]],
    ['Số tiêu chí phấn đấu đạt năm 2027:', null, counts[1]],
    ['Dự kiến đến 31/12/2027 đạt:', null, counts[2], 'tiêu chí'],
  ];
  return sheet('Xã Tân Lập', rows);
}

const errorsOf = (counts: (number | null)[]) => checkWorkbook({ name: 'xa.xlsx', sheets: [communeSheet(counts)] }, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => i.cell);

test('the right counts: nothing to say', () => {
  expect(errorsOf([met, planned, met + planned])).toEqual([]);
});

test('criteria met stated one too many: an error at it; the year end, right by the marks, is not blamed too', () => {
  expect(errorsOf([met + 1, planned, met + planned])).toEqual(['C15']);
});

test('criteria planned stated wrong: an error at it', () => {
  expect(errorsOf([met, planned + 1, met + planned + 1])).toEqual(['C16']);
});

test('a blank year end is filled with the sum of the two counts above it', () => {
  const writes = new Map(cellWrites(planFill({ name: 'xa.xlsx', sheets: [communeSheet([met, planned, null])] }, {}).plan).map((w) => [w.cell, w]));
  expect(writes.get('C17')?.formula).toBe('=C15+C16');
  expect(writes.get('C17')?.value).toBe(met + planned);
});

test('lines counting every commune of a sideways assignment are not one commune\'s counts', () => {
  const communes = ['Hoàng Văn Thụ', 'Mông Ân', 'Tân Văn'];
  const marks = NAMES.map((_, k) => communes.map((_, c) => ((k + c) % 3 === 0 ? 'KH' : 'Đ')));
  const rows: CellValue[][] = [
    ['KẾ HOẠCH THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI NĂM 2027 THEO XÃ'],
    ['Ký hiệu: Đ - đã đạt đến 31/12/2026; KH - kế hoạch đạt năm 2027'],
    ['TT', 'Tiêu chí', ...communes],
    ...NAMES.map((name, k): CellValue[] => [k + 1, name, ...marks[k]]),
    ['Số tiêu chí đã đạt', null, ...communes.map((_, c) => marks.filter((m) => m[c] === 'Đ').length)],
    ['Số tiêu chí phấn đấu 2027', null, ...communes.map((_, c) => marks.filter((m) => m[c] === 'KH').length)],
  ];
  const report = checkWorkbook({ name: 'bieu.xlsx', sheets: [sheet('TC theo xã', rows)] }, {}, 'vi');
  expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings, on the clean table and on the faulty one', () => {
    const books = [communeSheet([met, planned, met + planned]), communeSheet([met + 1, planned, met + planned])].map((snapshot) => ({ name: 'bieu.xlsx', sheets: [snapshot] }));
    expect(findingsOf(books[books.length - 1]).some((f) => / error$/.test(f))).toBe(true);
    for (const book of books) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
