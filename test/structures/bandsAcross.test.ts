/**
 * Communes by the number of criteria they meet, the bands across the columns, one row per area: "Khu vực |
 * Tổng số xã | Số xã đạt: 10 tiêu chí | Từ 8 - 9 | Từ 5 - 7 | Từ 3 - 4 | Dưới 3 tiêu chí" (or the 19-criterion
 * bands before 2026), a "Toàn tỉnh" row. Each number of criteria falls in one band, so on each row the bands
 * add up to the area's communes. Before, that sum was not related: an area's wrong number of communes was
 * missed and the "Toàn tỉnh" total blamed for it. Clean says nothing; one wrong figure is one error, at its
 * cell; every layout and spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const AREAS = ['Khu vực Hòa An', 'Khu vực Hà Quảng', 'Khu vực Bảo Lạc', 'Khu vực Trùng Khánh'];
const COUNTS = [[4, 6, 3, 1, 0], [2, 7, 5, 3, 1], [1, 5, 6, 3, 2], [3, 4, 4, 2, 0]];

type Layout = { name: string; title: string; bands: string[]; grouped: boolean; totalFirst: boolean };
const LAYOUTS: Layout[] = [
  { name: '10 criteria, under "Số xã đạt"', title: 'PHÂN LOẠI XÃ THEO SỐ TIÊU CHÍ ĐẠT ĐẾN 31/12/2026', bands: ['10 tiêu chí', 'Từ 8 - 9 tiêu chí', 'Từ 5 - 7 tiêu chí', 'Từ 3 - 4 tiêu chí', 'Dưới 3 tiêu chí'], grouped: true, totalFirst: false },
  { name: '10 criteria, flat headers, total first', title: 'PHÂN LOẠI XÃ THEO SỐ TIÊU CHÍ NĂM 2026', bands: ['Xã đạt 10 tiêu chí', 'Xã đạt 8 - 9 tiêu chí', 'Xã đạt 5 - 7 tiêu chí', 'Xã đạt 3 - 4 tiêu chí', 'Xã đạt dưới 3 tiêu chí'], grouped: false, totalFirst: true },
  { name: '19 criteria (2025)', title: 'PHÂN LOẠI XÃ THEO SỐ TIÊU CHÍ ĐẠT ĐẾN 31/12/2025', bands: ['19 tiêu chí', '15 - 18 tiêu chí', '10 - 14 tiêu chí', '5 - 9 tiêu chí', 'Dưới 5 tiêu chí'], grouped: true, totalFirst: false },
];

type Options = { communes?: { area: number; by: number }; band?: { area: number; band: number; by: number } };

function book(layout: Layout, o: Options = {}): { book: WorkbookSnapshot; communesCell: (i: number) => string; bandCell: (i: number, b: number) => string } {
  const head: CellValue[][] = layout.grouped
    ? [['TT', 'Khu vực', 'Tổng số xã', 'Số xã đạt', null, null, null, null], [null, null, null, ...layout.bands]]
    : [['TT', 'Khu vực', 'Tổng số xã', ...layout.bands]];
  const merges = layout.grouped ? ['A3:A4', 'B3:B4', 'C3:C4', 'D3:H3'] : [];
  const line = (i: number): CellValue[] => {
    const bands = COUNTS[i].map((n, b) => n + (o.band?.area === i && o.band.band === b ? o.band.by : 0));
    return [i + 1, AREAS[i], COUNTS[i].reduce((a, b) => a + b, 0) + (o.communes?.area === i ? o.communes.by : 0), ...bands];
  };
  const sums = COUNTS[0].map((_, b) => COUNTS.reduce((t, r) => t + r[b], 0));
  const total: CellValue[] = ['', 'Toàn tỉnh', sums.reduce((a, b) => a + b, 0), ...sums];
  const items = AREAS.map((_, i) => line(i));
  const rows: CellValue[][] = [[layout.title], [], ...head, ...(layout.totalFirst ? [total, ...items] : [...items, total])];
  const first = 2 + head.length + (layout.totalFirst ? 1 : 0);
  return { book: { name: 'pl.xlsx', sheets: [sheet('Phan loai', rows, { merges })] }, communesCell: (i) => a1(first + i, 2), bandCell: (i, b) => a1(first + i, 3 + b) };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(notInfo(book(layout).book)).toEqual([]);
  });
  test('an area\'s number of communes off by one: one error, at it', () => {
    const { book: b, communesCell } = book(layout, { communes: { area: 1, by: 1 } });
    expect(notInfo(b)).toEqual([`${communesCell(1)} total-mismatch error`]);
  });
  test('one band\'s count off by two: one error, at it', () => {
    const { book: b, bandCell } = book(layout, { band: { area: 2, band: 1, by: 2 } });
    expect(notInfo(b).filter((f) => f.endsWith('error'))).toEqual([expect.stringMatching(new RegExp(`^${bandCell(2, 1)} `))]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { communes: { area: 0, by: -1 } }]) {
        const { book: b } = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
