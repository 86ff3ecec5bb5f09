/**
 * A roadmap by commune with the year each commune is to be recognised marked under the years ("Lộ trình
 * đạt chuẩn" over 2026 | … | 2030, an "x" in one of them), and a totals row counting the communes of each
 * year. The totals row counts the marks; a sum of "x" is nothing. Before, it was taken for a sum of blanks
 * that held, and a wrong count was said clean (probe 26q s05). Clean says nothing; a wrong count is one error,
 * at it; blank counts are filled; every layout and spelling gives the same findings.
 */
import { cellWrites } from '../../src/domain/fill/cells';
import { planFill } from '../../src/domain/fill/plan';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const COMMUNES = ['Xã Hòa An', 'Xã Nam Tuấn', 'Xã Bạch Đằng', 'Xã Quang Trung', 'Xã Hồng Việt', 'Xã Đức Long', 'Xã Lê Lai', 'Xã Kim Đồng'];
const YEARS = [2026, 2027, 2028, 2029, 2030];
const TARGET = [2026, 2027, 2027, 2028, 2026, 2030, 2028, 2029];
const MET = [10, 8, 7, 6, 9, 4, 6, 5];

type Layout = { name: string; year: (y: number) => CellValue; mark: string; total: string };
const LAYOUTS: Layout[] = [
  { name: 'bare years, "x"', year: (y) => y, mark: 'x', total: 'Tổng số xã' },
  { name: '"Năm 2026", "X"', year: (y) => `Năm ${y}`, mark: 'X', total: 'Cộng' },
  { name: 'years as text, "Đ"', year: (y) => String(y), mark: 'Đ', total: 'Tổng cộng' },
];

function book(layout: Layout, o: { wrong?: number; blank?: boolean } = {}): { book: WorkbookSnapshot; cell: (y: number) => string } {
  const rows: CellValue[][] = [['LỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030'], [], ['TT', 'Tên xã', 'Số tiêu chí đạt đến 31/12/2025', 'Lộ trình đạt chuẩn (năm)', null, null, null, null], [null, null, null, ...YEARS.map(layout.year)]];
  COMMUNES.forEach((name, i) => rows.push([i + 1, name, MET[i], ...YEARS.map((y) => (TARGET[i] === y ? layout.mark : null))]));
  rows.push([null, layout.total, null, ...YEARS.map((y, k) => (o.blank ? null : TARGET.filter((t) => t === y).length + (o.wrong === k ? 1 : 0)))]);
  const totalRow = rows.length - 1;
  return { book: { name: 'lo-trinh.xlsx', sheets: [sheet('Lo trinh', rows, { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:H3'] })] }, cell: (k) => a1(totalRow, 3 + k) };
}

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(findingsOf(book(layout).book)).toEqual([]);
  });
  test('2028\'s count one too many: one error, at it', () => {
    const { book: b, cell } = book(layout, { wrong: 2 });
    expect(findingsOf(b)).toEqual([`Lo trinh!${cell(2)} relation-mismatch error`]);
  });
  test('blank counts are filled with the marks counted', () => {
    const { book: b, cell } = book(layout, { blank: true });
    const writes = new Map(cellWrites(planFill(b, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    YEARS.forEach((y, k) => expect(writes.get(cell(k))?.value).toBe(TARGET.filter((t) => t === y).length));
  });
  test.each(Object.keys(VARIANTS))('typed %s: the same findings', (variant) => {
    for (const b of [book(layout).book, book(layout, { wrong: 4 }).book]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
