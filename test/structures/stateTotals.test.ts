/**
 * Communes with their criteria by state ("Số tiêu chí" over "Đạt | Cơ bản đạt | Chưa đạt", or "Số tiêu
 * chí đạt | Số tiêu chí chưa đạt") and a totals row: the header names what each column counts, so a
 * totals row off by one is an error at its cell — before, it was only a "can't be sure" warning
 * (unsure-relation: "cột này không có tên cột rõ nghĩa"), though the same header already gave each row's
 * "Chưa đạt = 10 − Đạt − Cơ bản đạt" (probe 26p q04).
 */
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const DATA: [string, number, number, number, number][] = [
  ['Xã Hòa An', 1, 10, 0, 0], ['Xã Nam Tuấn', 1, 9, 1, 0], ['Xã Bạch Đằng', 2, 8, 1, 1], ['Xã Quang Trung', 2, 7, 2, 1],
  ['Xã Hồng Việt', 2, 10, 0, 0], ['Xã Đức Long', 3, 6, 2, 2], ['Xã Lê Lai', 3, 5, 3, 2],
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const TITLE = 'TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026 (BỘ TIÊU CHÍ GIAI ĐOẠN 2026 - 2030)';

type Layout = { name: string; build: (wrong?: number) => { rows: CellValue[][]; merges?: string[]; totalCell: (state: number) => string } };
const LAYOUTS: Layout[] = [
  {
    name: '"Số tiêu chí" over the three states, total at the bottom',
    build: (wrong) => {
      const rows: CellValue[][] = [[TITLE], ['TT', 'Tên xã', 'Nhóm xã', 'Số tiêu chí', null, null, 'Ghi chú'], [null, null, null, 'Đạt', 'Cơ bản đạt', 'Chưa đạt', null]];
      DATA.forEach(([n, g, ...s], i) => rows.push([i + 1, n, `Nhóm ${g}`, ...s.map((v) => v || '-'), null]));
      rows.push([null, 'Tổng cộng', null, ...[0, 1, 2].map((j) => sum(DATA.map((d) => d[2 + j] as number)) + (j === wrong ? 1 : 0)), null]);
      return { rows, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:G3'], totalCell: (j) => `${'DEF'[j]}${rows.length}` };
    },
  },
  {
    name: 'one header row per state, "Toàn tỉnh" on top',
    build: (wrong) => {
      const rows: CellValue[][] = [[TITLE], [], ['STT', 'Đơn vị', 'Số tiêu chí đạt', 'Số tiêu chí cơ bản đạt', 'Số tiêu chí chưa đạt'],
        [null, 'Toàn tỉnh', ...[0, 1, 2].map((j) => sum(DATA.map((d) => d[2 + j] as number)) + (j === wrong ? 1 : 0))]];
      DATA.forEach(([n, , ...s], i) => rows.push([i + 1, n, ...s]));
      return { rows, totalCell: (j) => `${'CDE'[j]}4` };
    },
  },
  {
    name: 'met and not met only, "Cộng" at the bottom',
    build: (wrong) => {
      const two = DATA.map(([n, , m, b, c]) => [n, m, b + c] as const);
      const rows: CellValue[][] = [[TITLE], ['TT', 'Tên xã', 'Số TC đạt', 'Số TC chưa đạt']];
      two.forEach(([n, m, c], i) => rows.push([i + 1, n, m, c]));
      rows.push([null, 'Cộng', ...[0, 1].map((j) => sum(two.map((d) => d[1 + j] as number)) + (j === wrong ? 1 : 0))]);
      return { rows, totalCell: (j) => `${'CD'[j]}${rows.length}` };
    },
  },
];

const book = (rows: CellValue[][], merges?: string[]): WorkbookSnapshot => ({ name: 'tinh.xlsx', sheets: [sheet('Danh gia xa', rows, { merges })] });
const problems = (b: WorkbookSnapshot) => findingsOf(b).filter((f) => !/ info$/.test(f));

describe.each(LAYOUTS.map((l) => [l.name, l] as const))('%s', (_n, layout) => {
  test.each([['as typed'], ...Object.keys(VARIANTS).map((v) => [v])])('%s: clean says nothing; a state\'s total off by one is an error at it', (variant) => {
    const as = (b: WorkbookSnapshot) => (variant === 'as typed' ? b : variantOf(b, variant));
    const clean = layout.build();
    expect(problems(as(book(clean.rows, clean.merges)))).toEqual([]);
    const faulty = layout.build(1);
    expect(problems(as(book(faulty.rows, faulty.merges)))).toEqual([`Danh gia xa!${faulty.totalCell(1)} total-mismatch error`]);
  });
});
