/**
 * Counts under "Trong đó" across the columns of a targets table: "Lũy kế | Trong đó: Xã nhóm 1 | Xã nhóm 2 |
 * Xã nhóm 3 | Tỷ lệ (%)" (the three commune groups: every commune once, they add up to the count before
 * them), and "Số xã đạt | Trong đó: xã đạt NTM hiện đại" (one part: never more than its whole), the "Trong
 * đó" typed over the parts or in the part's own header. The share after the block is the whole's. Before,
 * the parts were read as money ("bảng nguồn vốn"), the table as no targets, and a part above its whole or
 * groups not adding up were said nothing of (probe 26q t11, t13).
 */
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const N = 86;
const BASE = [86, 40, 52, 61, 47, 39, 30, 44, 70, 75];
const ADD = [0, 6, 5, 4, 7, 8, 10, 6, 5, 3];
const r1 = (x: number) => Math.round(x * 10) / 10;
const groupsOf = (c: number) => { const g1 = Math.min(12, Math.round(c * 0.16)); const g3 = Math.min(34, Math.round(c * 0.3)); return [g1, c - g1 - g3, g3]; };

type Layout = { name: string; head: CellValue[][]; merges: string[]; parts: (c: number, k: number) => number[] };
const TITLE: CellValue[][] = [['CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI NĂM 2027 THEO TIÊU CHÍ'], [`Toàn tỉnh có ${N} xã`]];
const LAYOUTS: Layout[] = [
  {
    name: '"Trong đó" over the three commune groups',
    head: [['TT', 'Tiêu chí', 'Số xã đạt đến hết năm 2026', 'Số xã đạt thêm năm 2027', 'Lũy kế đến hết năm 2027', 'Trong đó', null, null, 'Tỷ lệ (%)'], [null, null, null, null, null, 'Xã nhóm 1', 'Xã nhóm 2', 'Xã nhóm 3', null]],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:H3', 'I3:I4'],
    parts: (c) => groupsOf(c),
  },
  {
    name: 'one part, "Trong đó:" in its own header',
    head: [['TT', 'Tiêu chí', 'Số xã đạt đến hết năm 2026', 'Số xã đạt thêm năm 2027', 'Số xã đạt đến hết năm 2027', 'Trong đó: xã đạt NTM hiện đại', 'Tỷ lệ (%)']],
    merges: [],
    parts: (c) => [Math.round(c / 10)],
  },
  {
    name: 'one part under a "Trong đó" over two header rows',
    head: [['TT', 'Tiêu chí', 'Số xã đạt đến hết năm 2026', 'Số xã đạt thêm năm 2027', 'Lũy kế đến hết năm 2027', 'Trong đó', 'Tỷ lệ (%)'], [null, null, null, null, null, 'Xã đạt NTM hiện đại', null]],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'G3:G4'],
    parts: (c) => [Math.round(c / 10)],
  },
];

function book(layout: Layout, fault?: { k: number; part: number; by: number }): { book: WorkbookSnapshot; cell: (k: number, col: number) => string } {
  const rows: CellValue[][] = [...TITLE, ...layout.head];
  const top = rows.length;
  CRITERIA.forEach((name, k) => {
    const c = BASE[k] + ADD[k];
    const parts = layout.parts(c, k).map((v, i) => v + (fault?.k === k && fault.part === i ? fault.by : 0));
    rows.push([k + 1, name, BASE[k], ADD[k], c, ...parts, r1((c / N) * 100)]);
  });
  return { book: { name: 'chi-tieu.xlsx', sheets: [sheet('Chi tieu', rows, { merges: layout.merges })] }, cell: (k, col) => `Chi tieu!${a1(top + k, col)}` };
}

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(findingsOf(book(layout).book)).toEqual([]);
  });
  test('a part above its whole: one error', () => {
    const { book: b, cell } = book(layout, { k: 1, part: 0, by: 60 });
    const groups = layout.parts(0, 0).length === 3;
    // The groups then add up to more than the whole: said at the whole, which they are of; a lone part at itself.
    expect(findingsOf(b)).toEqual([groups ? `${cell(1, 4)} total-mismatch error` : `${cell(1, 5)} part-exceeds-whole error`]);
  });
  test.each(Object.keys(VARIANTS))('typed %s: the same findings', (variant) => {
    for (const b of [book(layout).book, book(layout, { k: 3, part: 0, by: 80 }).book]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});

test('the three groups not adding up to the count before them: an error on that row', () => {
  const { book: b, cell } = book(LAYOUTS[0], { k: 5, part: 1, by: 2 });
  expect(findingsOf(b)).toEqual([`${cell(5, 4)} total-mismatch error`]);
});
