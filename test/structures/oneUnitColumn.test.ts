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
