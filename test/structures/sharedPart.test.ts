/**
 * A grid of figures with totals both ways (sources down, years across, "Tổng cộng" on top and on the
 * left): one figure typed wrong breaks its row's total and its column's by the same amount. The
 * fault is that figure — one finding at it, with the value both totals agree on — not the two totals.
 */
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, VARIANTS, variantOf } from '../helpers/variants';
import { checkWorkbook } from '../../src/domain/engine';

const SOURCES = ['Ngân sách trung ương', 'Ngân sách địa phương', 'Vốn lồng ghép', 'Vốn tín dụng', 'Doanh nghiệp, dân góp'];
const YEARS = [2026, 2027, 2028];
const AMOUNTS = [[120500, 98400, 101200], [80300, 76100, 90050], [45200, 40800, 39900], [30000, 35500, 28700], [12400, 10900, 15600]];
const COLS = 'CDEF';

type Typo = { source: number; year: number; by: number };

/** `typo`: one figure typed off; `total`: the grand total typed off (a fault of its own). */
function book(typos: Typo[] = [], total = 0) {
  const figure = (s: number, y: number) => AMOUNTS[s][y] + typos.filter((t) => t.source === s && t.year === y).reduce((a, t) => a + t.by, 0);
  const rowTotal = (s: number) => AMOUNTS[s].reduce((a, b) => a + b, 0);
  const yearTotal = (y: number) => AMOUNTS.reduce((a, row) => a + row[y], 0);
  const rows: CellValue[][] = [
    ['KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2026 - 2028'],
    [null, null, null, null, null, 'ĐVT: triệu đồng'],
    ['TT', 'Nguồn vốn', 'Tổng cộng', ...YEARS.map((y) => `Năm ${y}`)],
    [null, 'Tổng cộng', YEARS.reduce((a, _, y) => a + yearTotal(y), 0) + total, ...YEARS.map((_, y) => yearTotal(y))],
    ...SOURCES.map((name, s): CellValue[] => [s + 1, name, rowTotal(s), ...YEARS.map((_, y) => figure(s, y))]),
  ];
  return { name: 'von.xlsx', sheets: [sheet('Nguon von', rows)] };
}
const cell = (s: number, y: number) => `${COLS[y + 1]}${5 + s}`;
const errors = (typos: Typo[], total = 0) => findingsOf(book(typos, total)).filter((f) => f.endsWith(' error'));

test('clean: no error', () => {
  expect(errors([])).toEqual([]);
});

test.each([[0, 0, 2000], [3, 2, -500], [4, 1, 90]])('source %i, year %i typed %i off: one error, at that figure, with the value both totals give', (source, year, by) => {
  expect(errors([{ source, year, by }])).toEqual([`Nguon von!${cell(source, year)} shared-part error`]);
  const issue = checkWorkbook(book([{ source, year, by }])).issues.find((i) => i.code === 'shared-part')!;
  expect(issue.expected).toBe(AMOUNTS[source][year]);
  expect(issue.actual).toBe(AMOUNTS[source][year] + by);
});

test('the grand total alone typed off: the error stays at the total', () => {
  expect(errors([], 1000)).toEqual(['Nguon von!C4 total-mismatch error']);
});

test('two figures off by different amounts in different rows and columns: each is found at its own cell', () => {
  expect(errors([{ source: 0, year: 0, by: 2000 }, { source: 2, year: 1, by: 300 }])).toEqual([`Nguon von!${cell(0, 0)} shared-part error`, `Nguon von!${cell(2, 1)} shared-part error`]);
});

test('two figures off by the same amount in the same row: no one cell explains it, so the three totals they break are said', () => {
  // Row 2's total is off by 1 400 (both typos), each year's by 700: no two of them share exactly one figure with the same gap.
  expect(errors([{ source: 1, year: 0, by: 700 }, { source: 1, year: 2, by: 700 }])).toEqual(['Nguon von!D4 total-mismatch error', 'Nguon von!F4 total-mismatch error', 'Nguon von!C6 total-mismatch error']);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const typos of [[], [{ source: 1, year: 2, by: 1500 }]]) expect(findingsOf(variantOf(book(typos), variant))).toEqual(findingsOf(book(typos)));
  });
});
