/**
 * Communes with the criteria they meet and a list of those they do not ("Số tiêu chí đạt | Tiêu chí chưa
 * đạt: 3, 7", "… | Các tiêu chí còn thiếu"), under a line "Tổng số tiêu chí đạt": the count of criteria
 * met is not the length of the list of those not met (before: an error on every commune, "D4 = LEN(E4)
 * … → 2, ghi 8"); the line named as a column's total ("Tổng số" + the column's title) is that column's
 * totals row, not one more commune bounded by the 10 criteria (before: "51 tiêu chí, nhiều hơn 10") nor a
 * guessed sum (a count of criteria says what it counts): a wrong total is an error at it (probe 26p r03).
 */
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const DATA: [string, string, number, string][] = [
  ['Xã Hòa An', 'Nhóm 1', 10, ''], ['Xã Nam Tuấn', 'Nhóm 2', 8, '3, 7'], ['Xã Bạch Đằng', 'Nhóm 2', 9, '9'],
  ['Xã Quang Trung', 'Nhóm 3', 6, '2, 3, 7, 8'], ['Xã Hồng Việt', 'Nhóm 3', 7, '3, 7, 8'],
];
const TOTAL = DATA.reduce((a, d) => a + d[2], 0);
const TITLE = 'SỐ TIÊU CHÍ ĐẠT CỦA CÁC XÃ NĂM 2026 (BỘ TIÊU CHÍ GIAI ĐOẠN 2026 - 2030)';

type Layout = { name: string; build: (wrong: number) => CellValue[][]; cell: string };
const LAYOUTS: Layout[] = [
  {
    name: '"Tiêu chí chưa đạt", a group column, "-" for none',
    build: (wrong) => [[TITLE], ['TT', 'Tên xã', 'Nhóm xã', 'Số tiêu chí đạt', 'Tiêu chí chưa đạt'],
      ...DATA.map(([n, g, c, l], i): CellValue[] => [i + 1, n, g, c, l || '-']), [null, 'Tổng số tiêu chí đạt', null, TOTAL + wrong, null]],
    cell: 'D8',
  },
  {
    name: '"Số TC đạt | Các tiêu chí còn thiếu"',
    build: (wrong) => [[TITLE], [], ['STT', 'Xã', 'Số TC đạt', 'Các tiêu chí còn thiếu'],
      ...DATA.map(([n, , c, l], i): CellValue[] => [i + 1, n, c, l]), [null, 'Tổng số TC đạt', TOTAL + wrong, null]],
    cell: 'C9',
  },
];

const book = (rows: CellValue[][]): WorkbookSnapshot => ({ name: 'xa.xlsx', sheets: [sheet('Tieu chi', rows)] });
const problems = (b: WorkbookSnapshot) => findingsOf(b).filter((f) => !/ info$/.test(f));

describe.each(LAYOUTS.map((l) => [l.name, l] as const))('%s', (_n, layout) => {
  test.each([['as typed'], ...Object.keys(VARIANTS).map((v) => [v])])('%s: clean says nothing; the total off by one is an error at it', (variant) => {
    const as = (b: WorkbookSnapshot) => (variant === 'as typed' ? b : variantOf(b, variant));
    expect(problems(as(book(layout.build(0))))).toEqual([]);
    expect(problems(as(book(layout.build(1))))).toEqual([`Tieu chi!${layout.cell} total-mismatch error`]);
  });
});
