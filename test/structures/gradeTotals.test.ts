/**
 * Counts of one thing by grade, the same words but for a number ("3 sao | 4 sao | 5 sao", "Sản phẩm 3
 * sao …", "Hạng 3 sao …") with a total beside them and no group header ("Tổng số sản phẩm", "Tổng",
 * "Cộng"; before or after them): the total is their sum on every row, and the totals row adds the
 * communes. Before, OCOP products per commune typed this way were an unread table (probe 26p q14).
 * Columns of different things before a "Tổng số …" ("Số hộ nghèo | Số hộ cận nghèo | Tổng số hộ") are
 * no grades and make no sum: nothing said there.
 */
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const OC: [string, number, number, number][] = [['Xã Hòa An', 3, 1, 0], ['Xã Nam Tuấn', 2, 0, 0], ['Xã Bạch Đằng', 5, 2, 1], ['Xã Quang Trung', 1, 1, 0], ['Xã Lê Lai', 4, 0, 1]];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const T = [1, 2, 3].map((j) => sum(OC.map((d) => d[j] as number)));

type Fault = { row?: number };
type Layout = { name: string; build: (f: Fault) => { rows: CellValue[][]; cell: (i: number) => string } };
const LAYOUTS: Layout[] = [
  {
    name: '"3 sao | 4 sao | 5 sao | Tổng số sản phẩm", total row at the bottom',
    build: ({ row }) => {
      const rows: CellValue[][] = [['SẢN PHẨM OCOP THEO XÃ NĂM 2026'], ['TT', 'Tên xã', '3 sao', '4 sao', '5 sao', 'Tổng số sản phẩm']];
      OC.forEach(([n, ...s], i) => rows.push([i + 1, n, ...s, sum(s) + (i === row ? 1 : 0)]));
      rows.push([null, 'Cộng', ...T, sum(T)]);
      return { rows, cell: (i) => `F${3 + i}` };
    },
  },
  {
    name: '"Tổng | Sản phẩm 3 sao | …" total first, "Tổng cộng" row on top',
    build: ({ row }) => {
      const rows: CellValue[][] = [['SỐ SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN'], [], ['STT', 'Xã', 'Tổng', 'Sản phẩm 3 sao', 'Sản phẩm 4 sao', 'Sản phẩm 5 sao'], [null, 'Tổng cộng', sum(T), ...T]];
      OC.forEach(([n, ...s], i) => rows.push([i + 1, n, sum(s) + (i === row ? 1 : 0), ...s.map((v) => v || '-')]));
      return { rows, cell: (i) => `C${5 + i}` };
    },
  },
  {
    name: '"Hạng 3 sao | Hạng 4 sao | Hạng 5 sao | Cộng", notes and signature under',
    build: ({ row }) => {
      const rows: CellValue[][] = [['KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP'], ['TT', 'Đơn vị', 'Hạng 3 sao', 'Hạng 4 sao', 'Hạng 5 sao', 'Cộng']];
      OC.forEach(([n, ...s], i) => rows.push([i + 1, n, ...s, sum(s) + (i === row ? 1 : 0)]));
      rows.push([null, 'Tổng', ...T, sum(T)], [], ['Ghi chú: số liệu đến 30/11/2026.'], [null, null, null, 'NGƯỜI LẬP BIỂU']);
      return { rows, cell: (i) => `F${3 + i}` };
    },
  },
];

const book = (rows: CellValue[][]): WorkbookSnapshot => ({ name: 'ocop.xlsx', sheets: [sheet('OCOP', rows)] });
const problems = (b: WorkbookSnapshot) => findingsOf(b).filter((f) => !/ info$/.test(f));

describe.each(LAYOUTS.map((l) => [l.name, l] as const))('%s', (_n, layout) => {
  test.each([['as typed'], ...Object.keys(VARIANTS).map((v) => [v])])('%s: clean says nothing; a commune\'s total off by one is an error at it', (variant) => {
    const as = (b: WorkbookSnapshot) => (variant === 'as typed' ? b : variantOf(b, variant));
    expect(problems(as(book(layout.build({}).rows)))).toEqual([]);
    const faulty = layout.build({ row: 3 });
    expect(problems(as(book(faulty.rows)))).toEqual([`OCOP!${faulty.cell(3)} total-mismatch error`]);
  });
});

test('different things before a "Tổng số …" are no grades: no sum, nothing said', () => {
  const rows: CellValue[][] = [['HỘ NGHÈO, CẬN NGHÈO THEO XÃ'], ['TT', 'Tên xã', 'Số hộ nghèo', 'Số hộ cận nghèo', 'Tổng số hộ'], [1, 'Xã Hòa An', 42, 61, 1250], [2, 'Xã Nam Tuấn', 18, 30, 980]];
  expect(problems(book(rows)).filter((f) => / error$/.test(f))).toEqual([]);
});
