/**
 * A column of codes beside the names ("Mã xã", "Mã ĐVHC", "Mã số" — the administrative unit's number, often
 * hidden): a code names its row, it is never a figure. Before, a funding grid by commune added the codes
 * into each commune's total (an error on every row) and the column's total (probe 26q f09). Clean says
 * nothing; one wrong figure breaking its row's and its column's totals is said once, at itself.
 */
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const COMMUNES = ['Xã Hòa An', 'Xã Nam Tuấn', 'Xã Bạch Đằng', 'Xã Quang Trung', 'Xã Hồng Việt', 'Xã Đức Long'];
const DATA = COMMUNES.map((_, i) => [3000 + i * 250, 1200 + i * 100, 300 + i * 20]);
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);

function book(code: string, wrong?: { i: number; j: number }): { book: WorkbookSnapshot; cell: string } {
  const rows: CellValue[][] = [['KẾ HOẠCH VỐN NĂM 2027 PHÂN BỔ CHO CÁC XÃ'], [null, null, null, null, null, null, 'ĐVT: triệu đồng'], ['TT', 'Tên xã', code, 'Tổng cộng', 'Ngân sách trung ương', 'Ngân sách địa phương', 'Vốn lồng ghép']];
  DATA.forEach((d, i) => rows.push([i + 1, COMMUNES[i], 1870 + i * 3, sum(d), ...d.map((v, j) => v + (wrong?.i === i && wrong.j === j ? 200 : 0))]));
  rows.push([null, 'Tổng cộng', null, sum(DATA.map(sum)), ...[0, 1, 2].map((j) => sum(DATA.map((d) => d[j])))]);
  return { book: { name: 'von.xlsx', sheets: [sheet('Von xa', rows)] }, cell: wrong ? `Von xa!${a1(3 + wrong.i, 4 + wrong.j)}` : '' };
}

describe.each(['Mã xã', 'Mã ĐVHC', 'Mã số'])('a "%s" column', (code) => {
  test('clean: nothing to say', () => {
    expect(findingsOf(book(code).book)).toEqual([]);
  });
  test('one figure wrong: said once, at it', () => {
    const { book: b, cell } = book(code, { i: 2, j: 1 });
    expect(findingsOf(b)).toEqual([`${cell} shared-part error`]);
  });
  test.each(Object.keys(VARIANTS))('typed %s: the same findings', (variant) => {
    for (const b of [book(code).book, book(code, { i: 4, j: 0 }).book]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
