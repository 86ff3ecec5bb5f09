/**
 * A targets table whose clerk left a blank column between the criterion names and the figures
 * ("TT | Tiêu chí | (blank) | Số xã đạt đến 31/12/2026 | … | Tỷ lệ (%) | Ghi chú"): one table, not a
 * list of names beside a table of numbers with no labels. Clean says nothing, not even a warning;
 * one changed share is an error at its cell; the same in every variant. Two tables side by side,
 * each with its own labels and figures, stay two.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { readTables } from '../../src/domain/table/read';
import { Grid } from '../../src/domain/sheet/grid';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const COMMUNES = 132;
const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const BASELINE = [120, 61, 58, 77, 70, 66, 49, 71, 88, 90];
const ADDED = [8, 9, 4, 6, 0, 10, 12, 5, 7, 3];
const end = (k: number) => BASELINE[k] + ADDED[k];
const share = (k: number) => Math.round((end(k) / COMMUNES) * 1000) / 10;

function gapped(change?: { k: number; by: number }): { book: WorkbookSnapshot; cell: (k: number) => string } {
  const rows: CellValue[][] = [
    ['CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI THEO TIÊU CHÍ NĂM 2027'],
    [`Tổng số xã: ${COMMUNES} xã`],
    [],
    ['TT', 'Tiêu chí', null, 'Số xã đạt đến 31/12/2026', 'Phấn đấu đạt thêm năm 2027', 'Lũy kế đến 31/12/2027', 'Tỷ lệ (%)', 'Ghi chú'],
    ...NAMES.map((name, k): CellValue[] => [k + 1, name, null, BASELINE[k], ADDED[k], end(k), share(k) + (change?.k === k ? change.by : 0), k === 1 ? 'Ưu tiên xã miền núi' : null]),
  ];
  return { book: { name: 'ct.xlsx', sheets: [sheet('CT 2027', rows, { merges: ['A1:H1'] })] }, cell: (k) => a1(4 + k, 6) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

test('clean: one table read, nothing to say', () => {
  const { book } = gapped();
  expect(readTables(new Grid(book.sheets[0])).tables).toHaveLength(1);
  expect(notInfo(book)).toEqual([]);
});

test('criterion 4\'s share changed: one error, at its cell', () => {
  const { book, cell } = gapped({ k: 3, by: 2.5 });
  expect(notInfo(book)).toEqual([`${cell(3)} percent-mismatch error`]);
});

test('two tables side by side, each with its labels and figures, stay two', () => {
  const rows: CellValue[][] = [
    ['TT', 'Tiêu chí', 'Số xã đạt', null, 'TT', 'Nguồn vốn', 'Số tiền'],
    [1, 'Quy hoạch', 120, null, 1, 'Ngân sách trung ương', 48200],
    [2, 'Hạ tầng kinh tế - xã hội', 61, null, 2, 'Ngân sách địa phương', 26500],
    [3, 'Phát triển kinh tế nông thôn', 58, null, 3, 'Vốn lồng ghép', 13800],
  ];
  expect(readTables(new Grid(sheet('Hai bang', rows))).tables).toHaveLength(2);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [gapped(), gapped({ k: 6, by: -3 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
