/**
 * An assignment with each commune group's subtotal among its communes: "I | Xã nhóm 1 | counts" heading
 * them, or "Cộng nhóm 1" under them, and "Tổng cộng" over every commune. A group's row counts the marks of
 * its own communes (and adds their counts of criteria); the grand total counts every commune, never a group's
 * row again. Before, a group's row was read as one more commune: its counts were invalid marks and the grand
 * total was compared with communes and groups together (probe 26q s03: 32 false errors on a clean sheet).
 * The title cites "QĐ 51/2025/QĐ-TTg": a document's number is no year of the plan (before, 2025 was taken for
 * it and the 10 criteria columns were said not to be 2025's set).
 * Clean says nothing; one wrong figure is one error, at it; every layout and spelling gives the same findings.
 */
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const COMMUNES = ['Xã Hòa An', 'Xã Nam Tuấn', 'Xã Bạch Đằng', 'Xã Quang Trung', 'Xã Hồng Việt', 'Xã Đức Long', 'Xã Lê Lai', 'Xã Kim Đồng', 'Xã Minh Khai'];
const GROUP = [1, 1, 1, 2, 2, 2, 2, 3, 3];
const MET = COMMUNES.map((_, i) => Array.from({ length: 10 }, (__, k) => (i * 3 + k) % 4 !== 0));
const count = (rows: number[], k: number) => rows.filter((i) => MET[i][k]).length;
const criteria = (i: number) => MET[i].filter(Boolean).length;

type Layout = { name: string; closing: boolean; group: (g: number) => string; mark: string; title: string };
const LAYOUTS: Layout[] = [
  { name: 'groups heading their communes, total on top', closing: false, group: (g) => `Xã nhóm ${g}`, mark: 'x', title: 'TỔNG HỢP TIÊU CHÍ ĐÃ ĐẠT CỦA CÁC XÃ THEO NHÓM XÃ (QĐ 51/2025/QĐ-TTg)' },
  { name: 'groups heading, roman', closing: false, group: (g) => `Nhóm ${['I', 'II', 'III'][g - 1]}`, mark: 'Đ', title: 'KẾT QUẢ THỰC HIỆN TIÊU CHÍ THEO QUYẾT ĐỊNH SỐ 51/2025/QĐ-TTg NGÀY 29/12/2025' },
  { name: '"Cộng nhóm" under the communes, total at the bottom', closing: true, group: (g) => `Cộng nhóm ${g}`, mark: 'x', title: 'BIỂU GIAO CHỈ TIÊU NĂM 2027 THEO NHÓM XÃ' },
];

type Fault = { group?: { g: number; k: number }; total?: number; commune?: number };

function book(layout: Layout, f: Fault = {}): { book: WorkbookSnapshot; cells: Record<string, string> } {
  const rows: CellValue[][] = [[layout.title], [`Ký hiệu: ${layout.mark} - đã đạt`], ['TT', 'Tên xã', ...MET[0].map((_, k) => `TC${k + 1}`), 'Số tiêu chí đạt']];
  const all = COMMUNES.map((_, i) => i);
  const cells: Record<string, string> = {};
  const totalRow = (label: string, idx: number[], fault: number | undefined): CellValue[] => [null, label, ...MET[0].map((_, k) => count(idx, k) + (fault === k ? 1 : 0)), idx.reduce((t, i) => t + criteria(i), 0) + (fault !== undefined ? 1 : 0)];
  if (!layout.closing) { cells.total = a1(rows.length, 2 + (f.total ?? 0)); rows.push(totalRow('Tổng cộng', all, f.total)); }
  let n = 0;
  for (const g of [1, 2, 3]) {
    const idx = all.filter((i) => GROUP[i] === g);
    const fault = f.group?.g === g ? f.group.k : undefined;
    const sub = totalRow(layout.group(g), idx, fault);
    sub[0] = layout.closing ? null : ['I', 'II', 'III'][g - 1];
    if (!layout.closing) { if (fault !== undefined) cells.group = a1(rows.length, 2 + fault); rows.push(sub); }
    for (const i of idx) {
      if (f.commune === i) cells.commune = a1(rows.length, 12);
      rows.push([++n, COMMUNES[i], ...MET[i].map((m) => (m ? layout.mark : null)), criteria(i) + (f.commune === i ? 1 : 0)]);
    }
    if (layout.closing) { if (fault !== undefined) cells.group = a1(rows.length, 2 + fault); rows.push(sub); }
  }
  if (layout.closing) { cells.total = a1(rows.length, 2 + (f.total ?? 0)); rows.push(totalRow('Tổng cộng', all, f.total)); }
  return { book: { name: 'nhom.xlsx', sheets: [sheet('Nhom xa', rows)] }, cells };
}

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(findingsOf(book(layout).book)).toEqual([]);
  });
  test('group 2\'s count of criterion 5 off by one: one error there (and its row\'s sum of criteria, which follows it)', () => {
    const { book: b, cells } = book(layout, { group: { g: 2, k: 4 } });
    const row = cells.group.replace(/^[A-Z]+/, '');
    expect(findingsOf(b)).toEqual([`Nhom xa!${cells.group} total-mismatch error`, `Nhom xa!M${row} total-mismatch error`]);
  });
  test('the grand total\'s count of criterion 3 off by one: an error there', () => {
    const { book: b, cells } = book(layout, { total: 2 });
    const row = cells.total.replace(/^[A-Z]+/, '');
    expect(findingsOf(b)).toEqual([`Nhom xa!${cells.total} total-mismatch error`, `Nhom xa!M${row} total-mismatch error`]);
  });
  test('a commune\'s count of its criteria off by one: one error, at it', () => {
    const { book: b, cells } = book(layout, { commune: 4 });
    expect(findingsOf(b)).toEqual([`Nhom xa!${cells.commune} total-mismatch error`]);
  });
  test.each(Object.keys(VARIANTS))('typed %s: the same findings', (variant) => {
    for (const b of [book(layout).book, book(layout, { group: { g: 3, k: 1 } }).book, book(layout, { commune: 6 }).book]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
