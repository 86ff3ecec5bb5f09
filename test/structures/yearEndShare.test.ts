/**
 * Targets per criterion: a year end typed wrong ("Lũy kế" not what is met plus what the year adds) beside
 * a share typed from the right count. The fault is the year end's, said once there: its share, holding with
 * the count the row's baseline and additions give, is not blamed too. Before, targets tables gave two errors
 * for one slip (probe 26q t03, t05), while tables read by their relations already gave one. A wrong share is
 * still one error, at it; every layout and spelling gives the same findings.
 */
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const BASE = [86, 40, 52, 61, 47, 39, 30, 44, 70, 75];
const ADD = [0, 6, 5, 4, 7, 8, 10, 6, 5, 3];
const r1 = (x: number) => Math.round(x * 10) / 10;

type Layout = { name: string; head: CellValue[][]; merges: string[] };
const LAYOUTS: Layout[] = [
  { name: 'one header row', head: [['TT', 'Tiêu chí', 'Số xã đạt đến hết năm 2026', 'Số xã đạt thêm năm 2027', 'Lũy kế đến hết năm 2027', 'Tỷ lệ (%)']], merges: [] },
  { name: 'under "Kế hoạch năm 2027"', head: [['TT', 'Tên tiêu chí', 'Số xã đạt đến 31/12/2026', 'Kế hoạch năm 2027', null, null], [null, null, null, 'Số xã đạt thêm', 'Lũy kế số xã đạt', 'Tỷ lệ (%)']], merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'] },
];

function book(layout: Layout, o: { end?: number; share?: number } = {}): { book: WorkbookSnapshot; cell: (k: number, col: number) => string } {
  const rows: CellValue[][] = [['CHỈ TIÊU NĂM 2027 THEO TIÊU CHÍ'], ['Toàn tỉnh có 86 xã'], ...layout.head];
  const top = rows.length;
  CRITERIA.forEach((name, k) => { const c = BASE[k] + ADD[k]; rows.push([k + 1, name, BASE[k], ADD[k], c + (o.end === k ? 2 : 0), r1((c / 86) * 100) + (o.share === k ? 1.5 : 0)]); });
  return { book: { name: 'chi-tieu.xlsx', sheets: [sheet('Chi tieu', rows, { merges: layout.merges })] }, cell: (k, col) => `Chi tieu!${a1(top + k, col)}` };
}

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => expect(findingsOf(book(layout).book)).toEqual([]));
  test('a year end two too many, its share from the right count: one error, at the year end', () => {
    const { book: b, cell } = book(layout, { end: 6 });
    expect(findingsOf(b)).toEqual([`${cell(6, 4)} total-mismatch error`]);
  });
  test('a share wrong: one error, at it', () => {
    const { book: b, cell } = book(layout, { share: 3 });
    expect(findingsOf(b)).toEqual([`${cell(3, 5)} percent-mismatch error`]);
  });
  test.each(Object.keys(VARIANTS))('typed %s: the same findings', (variant) => {
    for (const b of [book(layout).book, book(layout, { end: 2 }).book, book(layout, { share: 8 }).book]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
