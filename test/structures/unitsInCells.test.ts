/**
 * Numbers typed with their unit in the cell: counts "40 xã", "12 thôn", amounts "643 tỷ", "1.250 triệu
 * đồng". The number is the cell's; the unit says what it counts. Before, such a table was not read at all
 * (`unread-table`, probe 26q t05, f03). A band of criteria ("10 tiêu chí") stays a label. Clean says
 * nothing; a wrong share or total is one error, at it; every spelling gives the same findings.
 */
import { parseVietnameseNumber } from '../../src/domain/text/numbers';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf } from '../helpers/variants';

const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const BASE = [86, 40, 52, 61, 47, 39, 30, 44, 70, 75];
const ADD = [0, 6, 5, 4, 7, 8, 10, 6, 5, 3];
const r1 = (x: number) => Math.round(x * 10) / 10;

function targets(unit: string, wrongShare?: number): { book: WorkbookSnapshot; cell: string } {
  const rows: CellValue[][] = [['CHỈ TIÊU NĂM 2027 THEO TIÊU CHÍ'], ['Toàn tỉnh có 86 xã'], ['TT', 'Tiêu chí', 'Số xã đạt đến hết năm 2026', 'Số xã đạt thêm năm 2027', 'Lũy kế đến hết năm 2027', 'Tỷ lệ (%)']];
  CRITERIA.forEach((name, k) => { const c = BASE[k] + ADD[k]; rows.push([k + 1, name, `${BASE[k]} ${unit}`, `${ADD[k]} ${unit}`, `${c} ${unit}`, r1((c / 86) * 100) + (wrongShare === k ? 2 : 0)]); });
  return { book: { name: 'chi-tieu.xlsx', sheets: [sheet('Chi tieu', rows)] }, cell: wrongShare === undefined ? '' : `Chi tieu!${a1(3 + wrongShare, 5)}` };
}

const ITEMS: [string, number][] = [['Ngân sách trung ương', 643], ['Ngân sách tỉnh', 580], ['Ngân sách xã', 70], ['Vốn tín dụng', 3200], ['Vốn huy động', 273]];
function funding(unit: string, wrongTotal = 0): { book: WorkbookSnapshot; cell: string } {
  const total = ITEMS.reduce((t, [, v]) => t + v, 0);
  const rows: CellValue[][] = [['NGUỒN VỐN THỰC HIỆN NĂM 2027'], [], ['TT', 'Nguồn vốn', 'Kinh phí'], [null, 'Tổng cộng', `${(total + wrongTotal).toLocaleString('de-DE')} ${unit}`]];
  ITEMS.forEach(([name, v], i) => rows.push([i + 1, name, `${v.toLocaleString('de-DE')} ${unit}`]));
  return { book: { name: 'von.xlsx', sheets: [sheet('Von', rows)] }, cell: 'Von!C4' };
}

test('a number with its unit reads as the number; a band of criteria does not', () => {
  expect(parseVietnameseNumber('96 xã')?.value).toBe(96);
  expect(parseVietnameseNumber('1.250 triệu đồng')?.value).toBe(1250);
  expect(parseVietnameseNumber('643 tỷ'.normalize('NFD'))?.value).toBe(643);
  expect(parseVietnameseNumber('12 thon')?.value).toBe(12);
  expect(parseVietnameseNumber('10 tiêu chí')).toBeNull();
  expect(parseVietnameseNumber('3 xã, 2 thôn')).toBeNull();
});

describe.each(['xã', 'xa'])('counts typed "40 %s"', (unit) => {
  test('clean: nothing to say', () => expect(findingsOf(targets(unit).book)).toEqual([]));
  test('one share wrong: one error, at it', () => {
    const { book, cell } = targets(unit, 4);
    expect(findingsOf(book)).toEqual([`${cell} percent-mismatch error`]);
  });
});

describe.each(['tỷ', 'tỷ đồng', 'triệu đồng'])('amounts typed "643 %s"', (unit) => {
  test('clean: nothing to say', () => expect(findingsOf(funding(unit).book)).toEqual([]));
  test('the total off by 10: one error, at it', () => {
    const { book, cell } = funding(unit, -10);
    expect(findingsOf(book)).toEqual([`${cell} total-mismatch error`]);
  });
  test.each(['no diacritics', 'NFD'])('typed %s: the same findings', (variant) => {
    for (const b of [funding(unit).book, funding(unit, 20).book, targets('xã', 2).book]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
