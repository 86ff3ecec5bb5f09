/**
 * Criteria per commune by area: "Địa bàn | Số xã | Tổng số tiêu chí đạt | Bình quân tiêu chí/xã", as a
 * province reports its former districts or commune groups. On each row (the "Toàn tỉnh" row too) the
 * average is that row's criteria over its communes. Before, only the totals row was related (a weighted
 * average of the rows' own averages), so a wrong average on a row was missed and the totals row was
 * blamed for it. Clean says nothing; one wrong average is one error, at its cell; blank averages are
 * filled as the row's criteria over its communes; every layout and spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const AREAS: [string, number, number][] = [['Huyện Hòa An (cũ)', 14, 112], ['Huyện Hà Quảng (cũ)', 17, 121], ['Huyện Bảo Lạc (cũ)', 15, 87], ['Huyện Nguyên Bình (cũ)', 13, 84]];
const r1 = (x: number) => Math.round(x * 10) / 10;

type Layout = { name: string; heads: [string, string, string, string]; totalFirst: boolean; title: string };
const LAYOUTS: Layout[] = [
  { name: 'by former district, total last', heads: ['Địa bàn', 'Số xã', 'Tổng số tiêu chí đạt', 'Bình quân tiêu chí/xã'], totalFirst: false, title: 'BÌNH QUÂN SỐ TIÊU CHÍ ĐẠT/XÃ THEO ĐỊA BÀN' },
  { name: 'by former district, total first', heads: ['Khu vực', 'Tổng số xã', 'Tổng số tiêu chí đã đạt', 'Số tiêu chí bình quân/xã'], totalFirst: true, title: 'KẾT QUẢ THỰC HIỆN TIÊU CHÍ ĐẾN 31/12/2026' },
  { name: 'with columns between', heads: ['Đơn vị', 'Số xã', 'Tổng số tiêu chí đạt được', 'Bình quân (tiêu chí/xã)'], totalFirst: false, title: 'SỐ TIÊU CHÍ ĐẠT THEO ĐƠN VỊ' },
];

type Options = { wrong?: { row: number; by: number }; blank?: boolean; totalCriteria?: number | null };

function book(layout: Layout, o: Options = {}): { book: WorkbookSnapshot; cell: (i: number) => string; criteriaCell: string } {
  const average = (i: number, criteria: number, communes: number): CellValue => (o.blank ? null : r1(criteria / communes) + (o.wrong?.row === i ? o.wrong.by : 0));
  const totalCommunes = AREAS.reduce((a, r) => a + r[1], 0);
  const totalCriteria = AREAS.reduce((a, r) => a + r[2], 0);
  const between = layout.name === 'with columns between';
  const line = (tt: CellValue, label: string, communes: number, criteria: number, avg: CellValue): CellValue[] => (between ? [tt, label, communes, 'xã', criteria, avg] : [tt, label, communes, criteria, avg]);
  const head = between ? ['TT', layout.heads[0], layout.heads[1], 'ĐVT', layout.heads[2], layout.heads[3]] : ['TT', ...layout.heads];
  const typedCriteria = o.totalCriteria === null ? null : totalCriteria + (o.totalCriteria ?? 0);
  const total = line('', 'Toàn tỉnh', totalCommunes, typedCriteria as number, average(-1, totalCriteria, totalCommunes));
  const items = AREAS.map(([label, communes, criteria], i) => line(i + 1, label, communes, criteria, average(i, criteria, communes)));
  const rows: CellValue[][] = [[layout.title], [], head, ...(layout.totalFirst ? [total, ...items] : [...items, total])];
  const avgCol = between ? 5 : 4;
  const first = layout.totalFirst ? 4 : 3;
  const totalRow = layout.totalFirst ? 3 : 3 + AREAS.length;
  return { book: { name: 'bq.xlsx', sheets: [sheet('Binh quan', rows)] }, cell: (i) => a1(i < 0 ? totalRow : first + i, avgCol), criteriaCell: a1(totalRow, avgCol - 1) };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(notInfo(book(layout).book)).toEqual([]);
  });
  test('one area\'s average wrong: one error, at its cell', () => {
    const { book: b, cell } = book(layout, { wrong: { row: 1, by: 0.3 } });
    expect(notInfo(b).filter((f) => f.includes('error'))).toEqual([expect.stringMatching(new RegExp(`^${cell(1)} `))]);
  });
  test('the province\'s average wrong: one error, at its cell', () => {
    const { book: b, cell } = book(layout, { wrong: { row: -1, by: -0.5 } });
    expect(notInfo(b).filter((f) => f.includes('error'))).toEqual([expect.stringMatching(new RegExp(`^${cell(-1)} `))]);
  });
  test('the province\'s criteria total wrong: one error at it, not a guess (the average names what the column counts)', () => {
    const { book: b, criteriaCell } = book(layout, { totalCriteria: 5 });
    expect(notInfo(b)).toEqual([`${criteriaCell} total-mismatch error`]);
  });
  test('a blank criteria total is filled as the sum of the areas\'', () => {
    const { book: b, criteriaCell } = book(layout, { totalCriteria: null });
    expect(cellWrites(planFill(b, {}).plan).find((w) => w.cell.replace(/^.*!/, "") === criteriaCell)?.value).toBe(AREAS.reduce((a, r) => a + r[2], 0));
  });
  test('blank averages are filled as the row\'s criteria over its communes', () => {
    const { book: b, cell } = book(layout, { blank: true });
    const writes = new Map(cellWrites(planFill(b, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    for (const [i, [, communes, criteria]] of AREAS.entries()) expect(writes.get(cell(i))?.value).toBeCloseTo(criteria / communes, 6);
    const all = AREAS.reduce((a, r) => a + r[2], 0) / AREAS.reduce((a, r) => a + r[1], 0);
    expect(writes.get(cell(-1))?.value).toBeCloseTo(all, 6);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { wrong: { row: 2, by: 0.4 } }]) {
        const { book: b } = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
