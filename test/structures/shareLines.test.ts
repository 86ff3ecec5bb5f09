/**
 * Each criterion on two lines, as published "chỉ tiêu chủ yếu" tables type them: the count ("Số xã đạt
 * tiêu chí số 1 về quy hoạch | xã | 52 | 60"), then its share on the next line ("Tỷ lệ | % | 70,3 | 81,1"),
 * in each year's column the count over the communes stated above the table. A bare "Tỷ lệ" line is that
 * count's share — not an item of the list, not the parent of the next criterion — so the table is read
 * (no unread-table warning), clean says nothing, one changed share is an error at its cell, and every
 * layout (the share's wording, a ĐVT column or none, shares as fractions under a % format) and every
 * spelling give the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const COMMUNES = 74;
const COUNTS: [string, number, number][] = [
  ['Số xã đạt chuẩn nông thôn mới', 21, 27], ['Số xã đạt tiêu chí số 1 về quy hoạch', 52, 60],
  ['Số xã đạt tiêu chí số 2 về hạ tầng kinh tế - xã hội', 30, 35], ['Số xã đạt tiêu chí số 3 về phát triển kinh tế nông thôn', 41, 41],
  ['Số xã đạt tiêu chí số 4 về đào tạo nguồn nhân lực nông thôn', 25, 33], ['Số xã đạt tiêu chí số 5 về văn hóa, giáo dục, y tế', 58, 64],
  ['Số xã đạt tiêu chí số 6 về giảm nghèo và an sinh xã hội', 19, 23],
];
const share = (n: number) => Math.round((n / COMMUNES) * 1000) / 10;

type Layout = { word: string; unit: boolean; fraction: boolean };
const LAYOUTS: Layout[] = [
  { word: 'Tỷ lệ', unit: true, fraction: false },
  { word: 'Tỷ lệ (%)', unit: false, fraction: false },
  { word: 'Tỷ lệ đạt', unit: true, fraction: true },
];

/** The sheet, and the cell of a criterion's share in a year column (0: done 2026, 1: plan 2027). */
function lines(layout: Layout, change?: { k: number; year: number; by: number }, blank = false): { book: WorkbookSnapshot; cell: (k: number, year: number) => string } {
  const unit = (u: string): CellValue[] => (layout.unit ? [u] : []);
  const first = layout.unit ? 3 : 2;
  const rows: CellValue[][] = [
    ['MỘT SỐ CHỈ TIÊU CHỦ YẾU VỀ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    [`(Tổng số xã trên địa bàn tỉnh sau sắp xếp: ${COMMUNES} xã)`],
    [],
    ['TT', 'Chỉ tiêu', ...unit('ĐVT'), 'Thực hiện năm 2026', 'Kế hoạch năm 2027', 'Ghi chú'],
  ];
  const formats: Record<string, string> = {};
  COUNTS.forEach(([name, done, plan], k) => {
    rows.push([k + 1, name, ...unit('xã'), done, plan]);
    const values = [done, plan].map((n, year) => {
      const pct = share(n) + (change?.k === k && change.year === year ? change.by : 0);
      return layout.fraction ? Math.round(pct * 10) / 1000 : pct;
    });
    rows.push([null, layout.word, ...unit('%'), ...(blank ? [null, null] : values)]);
    if (layout.fraction) for (let year = 0; year < 2; year++) formats[a1(rows.length - 1, first + year)] = '0.0%';
  });
  const book = { name: 'chi-tieu.xlsx', sheets: [sheet('Chi tieu chu yeu', rows, { merges: ['A1:F1', 'A2:F2'], formats })] };
  return { book, cell: (k, year) => a1(5 + 2 * k, first + year) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.word, l]))('"%s" under each count', (_word, layout) => {
  test('clean: the table is read and nothing is said', () => {
    expect(notInfo(lines(layout).book)).toEqual([]);
  });
  test('one share changed: one error, at its cell', () => {
    const { book, cell } = lines(layout, { k: 6, year: 1, by: 4.4 });
    expect(notInfo(book)).toEqual([`${cell(6, 1)} percent-mismatch error`]);
  });
});

test('every layout gives the same findings, at the corresponding cells', () => {
  for (const change of [undefined, { k: 2, year: 0, by: -3 }]) {
    const found = LAYOUTS.map((layout) => notInfo(lines(layout, change).book).map((f) => f.replace(/^[A-Z]+/, '')));
    for (const f of found) expect(f).toEqual(found[0]);
  }
});

test('blank shares: each is filled with its count over the communes', () => {
  for (const layout of LAYOUTS.filter((l) => !l.fraction)) {
    const { book, cell } = lines(layout, undefined, true);
    const writes = new Map(cellWrites(planFill(book, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    COUNTS.forEach(([, done, plan], k) => [done, plan].forEach((n, year) => {
      const value = writes.get(cell(k, year))?.value;
      expect(typeof value).toBe('number');
      expect(Math.abs((value as number) - (n / COMMUNES) * 100)).toBeLessThan(0.051);
    }));
  }
});

test('a share line that names its count ("Tỷ lệ xã đạt năm 2030") is not the share of the line above it', () => {
  const years = [[114, 94, 54, 50, 57, 44, 73, 70, 69, 34], [121, 97, 56, 53, 63, 44, 78, 73, 72, 40], [124, 117, 67, 63, 78, 61, 104, 87, 93, 50]];
  const rows: CellValue[][] = [
    ['LỘ TRÌNH SỐ XÃ ĐẠT CÁC TIÊU CHÍ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030'], ['(Tổng số xã: 124 xã)'], [],
    ['TT', 'Năm', ...Array.from({ length: 10 }, (_, k) => `TC ${k + 1}`)],
    [null, 'Hiện trạng (31/12/2025)', ...years[0]],
    [1, 'Năm 2026', ...years[1]],
    [2, 'Năm 2030', ...years[2]],
    [null, 'Tăng thêm giai đoạn 2026-2030', ...years[2].map((n, k) => n - years[0][k])],
    [null, 'Tỷ lệ xã đạt năm 2030 (%)', ...years[2].map((n) => Math.round((n / 124) * 1000) / 10)],
  ];
  const errors = checkWorkbook({ name: 'lo-trinh.xlsx', sheets: [sheet('Lo trinh', rows)] }, {}, 'vi').issues.filter((i) => i.severity === 'error');
  expect(errors.map((i) => i.cell)).toEqual([]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [lines(LAYOUTS[0]), lines(LAYOUTS[0], { k: 4, year: 0, by: 2.2 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
