/**
 * An assignment laying each commune on two lines, its name (and TT) merged down over them: "Hiện trạng"
 * then "Kế hoạch 2027", or "Đã đạt" then "Phấn đấu năm 2027". The merged name is one cell, one commune:
 * before, its second line was said to repeat it (`duplicate-commune` on every commune, probe 26q s06). A
 * commune typed twice in cells of its own is still a duplicate; a wrong count on a line is one error, at it.
 */
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const COMMUNES = ['Xã Hòa An', 'Xã Nam Tuấn', 'Xã Bạch Đằng', 'Xã Quang Trung', 'Xã Hồng Việt'];
const NOW = COMMUNES.map((_, i) => Array.from({ length: 10 }, (__, k) => (i + k) % 3 !== 0));
const THEN = NOW.map((row, i) => row.map((m, k) => m || k === i + 1));
const n = (marks: boolean[]) => marks.filter(Boolean).length;

type Layout = { name: string; lines: [string, string] };
const LAYOUTS: Layout[] = [
  { name: 'Hiện trạng / Kế hoạch 2027', lines: ['Hiện trạng', 'Kế hoạch 2027'] },
  { name: 'Đã đạt / Phấn đấu năm 2027', lines: ['Đã đạt', 'Phấn đấu năm 2027'] },
];

function book(layout: Layout, o: { wrong?: number; twice?: boolean } = {}): { book: WorkbookSnapshot; countCell: (i: number, line: number) => string; nameCell: (i: number) => string } {
  const rows: CellValue[][] = [['BIỂU THEO DÕI TIÊU CHÍ CÁC XÃ NĂM 2027'], ['Ký hiệu: x - đạt'], ['TT', 'Tên xã', 'Nội dung', ...NOW[0].map((_, k) => k + 1), 'Tổng số tiêu chí đạt']];
  const merges: string[] = [];
  const names = o.twice ? [...COMMUNES, COMMUNES[1]] : COMMUNES;
  names.forEach((name, i) => {
    const c = i % COMMUNES.length;
    const top = rows.length;
    rows.push([i + 1, name, layout.lines[0], ...NOW[c].map((m) => (m ? 'x' : null)), n(NOW[c]) + (o.wrong === i ? 1 : 0)]);
    rows.push([null, null, layout.lines[1], ...THEN[c].map((m) => (m ? 'x' : null)), n(THEN[c])]);
    merges.push(`A${top + 1}:A${top + 2}`, `B${top + 1}:B${top + 2}`);
  });
  return {
    book: { name: 'theo-doi.xlsx', sheets: [sheet('Theo doi', rows, { merges })] },
    countCell: (i, line) => `Theo doi!${a1(3 + 2 * i + line, 13)}`,
    nameCell: (i) => `Theo doi!${a1(3 + 2 * i, 1)}`,
  };
}

describe.each(LAYOUTS.map((l) => [l.name, l]))('each commune on two lines, %s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(findingsOf(book(layout).book)).toEqual([]);
  });
  test('a commune typed again on lines of its own: a duplicate, at its second name', () => {
    const { book: b, nameCell } = book(layout, { twice: true });
    expect(findingsOf(b)).toEqual([`${nameCell(COMMUNES.length)} duplicate-commune error`]);
  });
  test('a wrong count on a line: one error, at it', () => {
    const { book: b, countCell } = book(layout, { wrong: 2 });
    expect(findingsOf(b)).toEqual([`${countCell(2, 0)} total-mismatch error`]);
  });
  test.each(Object.keys(VARIANTS))('typed %s: the same findings', (variant) => {
    for (const b of [book(layout).book, book(layout, { wrong: 3 }).book]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
