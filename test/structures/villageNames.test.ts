/**
 * Villages per commune under their local names — "Tổng số ấp" (the south), "Tổng số bản" (the
 * mountains), "Tổng số xóm", "Tổng số khu dân cư" — are each row's whole, as "Tổng số thôn" is: the
 * share beside the villages met is their count over it. Before, only "thôn" was a whole: "Tổng số ấp"
 * was a plain number, no share was related to it, and a wrong share was "Không có lỗi" (probe 26p q09).
 */
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const DATA: [string, number, number, number][] = [
  ['Xã Hòa An', 9, 4, 1], ['Xã Nam Tuấn', 11, 6, 2], ['Xã Bạch Đằng', 8, 3, 3], ['Xã Quang Trung', 13, 7, 1], ['Xã Lê Lai', 10, 5, 0],
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const r1 = (x: number) => Math.round(x * 10) / 10;
const WORDS = ['ấp', 'bản', 'xóm', 'khu dân cư'];

type Layout = { name: string; build: (word: string, wrong?: number) => { rows: CellValue[][]; merges?: string[]; shareCell: (i: number) => string } };
const LAYOUTS: Layout[] = [
  {
    name: 'flat, total at the bottom',
    build: (word, wrong) => {
      const rows: CellValue[][] = [[`SỐ ${word.toUpperCase()} ĐẠT CHUẨN NÔNG THÔN MỚI KIỂU MẪU NĂM 2027`],
        ['TT', 'Xã', `Tổng số ${word}`, `Số ${word} đã đạt`, `Số ${word} đạt thêm năm 2027`, `Tổng số ${word} đạt đến cuối năm 2027`, 'Tỷ lệ (%)']];
      DATA.forEach(([n, t, b, a], i) => rows.push([i + 1, n, t, b, a, b + a, r1((b + a) / t * 100) + (i === wrong ? 5 : 0)]));
      const T = [1, 2, 3].map((j) => sum(DATA.map((d) => d[j] as number)));
      rows.push([null, 'Tổng', T[0], T[1], T[2], T[1] + T[2], r1((T[1] + T[2]) / T[0] * 100)]);
      return { rows, shareCell: (i) => `G${3 + i}` };
    },
  },
  {
    name: 'merged plan header, total on top',
    build: (word, wrong) => {
      const T = [1, 2, 3].map((j) => sum(DATA.map((d) => d[j] as number)));
      const rows: CellValue[][] = [['KẾ HOẠCH NĂM 2027'], [null, null, null, null, null, null, 'ĐVT: ' + word],
        ['STT', 'Tên xã', `Tổng số ${word}`, `Số ${word} đạt chuẩn đến hết năm 2026`, 'Kế hoạch năm 2027', null, null],
        [null, null, null, null, 'Đạt thêm', 'Lũy kế', 'Tỷ lệ (%)'],
        [null, 'Toàn tỉnh', T[0], T[1], T[2], T[1] + T[2], r1((T[1] + T[2]) / T[0] * 100)]];
      DATA.forEach(([n, t, b, a], i) => rows.push([i + 1, n, t, b, a, b + a, r1((b + a) / t * 100) + (i === wrong ? 5 : 0)]));
      return { rows, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3'], shareCell: (i) => `G${6 + i}` };
    },
  },
  {
    name: 'no plan, met and share only',
    build: (word, wrong) => {
      const rows: CellValue[][] = [['KẾT QUẢ XÂY DỰNG ' + word.toUpperCase() + ' NÔNG THÔN MỚI'], ['TT', 'Tên xã', `Tổng số ${word}`, `Số ${word} đạt chuẩn NTM`, 'Tỷ lệ đạt (%)']];
      DATA.forEach(([n, t, b], i) => rows.push([i + 1, n, t, b, r1(b / t * 100) + (i === wrong ? 5 : 0)]));
      return { rows, shareCell: (i) => `E${3 + i}` };
    },
  },
];

const book = (layout: Layout, word: string, wrong?: number): { book: WorkbookSnapshot; cell: string } => {
  const built = layout.build(word, wrong);
  return { book: { name: 'thon.xlsx', sheets: [sheet('Thon', built.rows, { merges: built.merges })] }, cell: built.shareCell(wrong ?? 0) };
};
const problems = (b: WorkbookSnapshot) => findingsOf(b).filter((f) => !/ info$/.test(f));

describe.each(LAYOUTS.map((l) => [l.name, l] as const))('%s', (_n, layout) => {
  test.each(WORDS)('"Tổng số %s": clean says nothing; a wrong share is an error at its cell, in every spelling', (word) => {
    const clean = book(layout, word).book;
    const faulty = book(layout, word, 2);
    expect(problems(clean)).toEqual([]);
    expect(problems(faulty.book)).toEqual([`Thon!${faulty.cell} percent-mismatch error`]);
    for (const variant of Object.keys(VARIANTS)) {
      expect(problems(variantOf(clean, variant))).toEqual([]);
      expect(problems(variantOf(faulty.book, variant))).toEqual([`Thon!${faulty.cell} percent-mismatch error`]);
    }
  });
});
