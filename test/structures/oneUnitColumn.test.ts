/**
 * A ĐVT column giving every row the same unit ("Triệu đồng" beside each commune of an allocation) names
 * no indicator: the rows are still communes, summed into the totals row. Before, any ĐVT column made the
 * rows indicators, whose totals row is not their sum: a source's total typed wrong was blamed on the
 * commune total beside it, or not found at all. Rows in several units ("xã", "%") stay indicators.
 */
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { allocation } from '../helpers/forms';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

/** The allocation with a ĐVT column after the communes' names (column C), or without it. */
function book(rows: CellValue[][], unit: boolean): WorkbookSnapshot {
  const header = rows.findIndex((r) => r[0] === 'TT');
  const withUnit = rows.map((r, i): CellValue[] => (i < header || r.length < 3 ? r : [...r.slice(0, 2), i === header ? 'ĐVT' : 'Triệu đồng', ...r.slice(2)]));
  return { name: 'phan-bo.xlsx', sheets: [sheet('Phan bo', unit ? withUnit : rows)] };
}

/** A finding of the book without the column, where its cell stands with it. */
const shifted = (line: string) => line.replace(/!([A-Z]+)(\d+) /, (_m, col: string, row: string) => (col <= 'B' ? `!${col}${row} ` : `!${a1(Number(row) - 1, col.charCodeAt(0) - 64)} `));

/** The allocation with the central budget's total (totals row, column D) typed 100 too high. */
function wrongSourceTotal(): CellValue[][] {
  const rows = allocation();
  const totals = rows[rows.length - 1];
  totals[3] = (totals[3] as number) + 100;
  return rows;
}

test.each([
  ['clean', allocation()],
  ['a commune total typed too high', allocation(2)],
  ['a source total typed too high', wrongSourceTotal()],
] as const)('%s: the findings of the table without its ĐVT column, at the same cells', (_name, rows) => {
  const expected = findingsOf(book(rows as CellValue[][], false)).map(shifted);
  expect(findingsOf(book(rows as CellValue[][], true))).toEqual(expected);
});

test.each(Object.keys(VARIANTS))('typed %s: the same findings', (variant) => {
  const b = book(wrongSourceTotal(), true);
  expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
});

/** A list of sources with their sub-items, "Triệu đồng" on every row; `wrong` types the central budget 3 too high. */
function sources(unit: boolean, wrong = false): WorkbookSnapshot {
  const lines: [string, string, number][] = [['', 'Tổng cộng', 311.6], ['1', 'Vốn ngân sách nhà nước', 208.25], ['-', 'Ngân sách trung ương', wrong ? 158.75 : 155.75], ['+', 'Vốn đầu tư phát triển', 120.5], ['+', 'Vốn sự nghiệp', 35.25], ['-', 'Ngân sách địa phương', 52.5], ['+', 'Ngân sách tỉnh', 40.1], ['+', 'Ngân sách xã', 12.4], ['2', 'Vốn tín dụng', 80.75], ['3', 'Vốn huy động khác', 22.6]];
  const rows: CellValue[][] = [
    ['CƠ CẤU NGUỒN VỐN NĂM 2027'],
    unit ? ['STT', 'Nội dung', 'ĐVT', 'Số vốn'] : ['STT', 'Nội dung', 'Số vốn'],
    ...lines.map(([tt, label, amount]): CellValue[] => (unit ? [tt, label, 'Triệu đồng', amount] : [tt, label, amount])),
  ];
  return { name: 'nguon-von.xlsx', sheets: [sheet('Co cau von', rows)] };
}

test.each([['clean', false], ['the central budget typed 3 too high', true]] as const)('a list of sources with "Triệu đồng" on every row, %s: read as without the column', (_name, wrong) => {
  expect(findingsOf(sources(true, wrong))).toEqual(findingsOf(sources(false, wrong)).map(shifted));
  if (wrong) expect(findingsOf(sources(true, wrong))).toEqual(['Co cau von!D5 total-mismatch error']);
});

/** OCOP products by star with their unnumbered total, "Sản phẩm" on every row; the header typed again after two rows or not. */
function products(repeat: boolean, total = 163): WorkbookSnapshot {
  const header: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Số lượng'];
  const lines: CellValue[][] = [['1', 'Sản phẩm đạt 3 sao', 'Sản phẩm', 118], ['2', 'Sản phẩm đạt 4 sao', 'Sản phẩm', 43], ['3', 'Sản phẩm đạt 5 sao', 'Sản phẩm', 2]];
  const rows: CellValue[][] = [['KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2025'], header, ...lines.slice(0, 2), ...(repeat ? [header] : []), lines[2], ['', 'Tổng số sản phẩm OCOP', 'Sản phẩm', total]];
  return { name: 'ocop.xlsx', sheets: [sheet('OCOP', rows)] };
}

test('one unit down a list whose header is typed again: the repeat\'s "ĐVT" is no second unit, the kinds still add up to their total', () => {
  expect(findingsOf(products(true))).toEqual([]);
  expect(findingsOf(products(false, 164))).toEqual(['OCOP!D6 total-mismatch error']);
  expect(findingsOf(products(true, 164))).toEqual(['OCOP!D7 total-mismatch error']);
});
