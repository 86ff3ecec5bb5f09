/**
 * Money of a period by year, as the 2026–2030 plans lay it out.
 *
 * Years across ("Nguồn vốn | Tổng giai đoạn 2026 - 2030 | Năm 2026 | … | Năm 2030") with a structure row
 * "Tỷ lệ cơ cấu (%)" under the totals: each year's total over the period's (100 under the period), the period being the column the totals row
 adds the years into ("Tổng giai đoạn 2026 - 2030", or a plain "Tổng cộng").
 * Before, that row was related to nothing: a wrong share passed and a blank one was not filled.
 *
 * Years down ("Năm | Tổng cộng | NSTW | NSĐP | Vốn lồng ghép | Tỷ lệ (%)"): the rows are years (the
 * table-read line says "theo năm", not "theo dự án"), and the share after the sources is the year's total
 * over the period's, not the last source's over its column's (which gave a false error on every year).
 *
 * Clean says nothing; one wrong figure is one error, at its cell; blank shares are filled; every layout and
 * spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const SOURCES: [string, number[]][] = [['Ngân sách trung ương', [52000, 55000, 58000, 60000, 61000]], ['Ngân sách địa phương', [21000, 22000, 23500, 24000, 25000]], ['Vốn lồng ghép', [15000, 15500, 16000, 16500, 17000]], ['Vốn huy động', [8000, 8500, 9000, 9500, 10000]]];
const YEARS = [2026, 2027, 2028, 2029, 2030];
const yearTotal = (y: number) => SOURCES.reduce((t, [, v]) => t + v[y], 0);
const PERIOD = YEARS.reduce((t, _, y) => t + yearTotal(y), 0);
const r1 = (x: number) => Math.round(x * 10) / 10;

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);
const writesOf = (b: WorkbookSnapshot) => new Map(cellWrites(planFill(b, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));

type Across = { name: string; label: string; period: string; year: (y: number) => string; totalFirst: boolean; structure: string };
const ACROSS: Across[] = [
  { name: 'period first, totals on top', label: 'Nguồn vốn', period: 'Tổng giai đoạn 2026 - 2030', year: (y) => `Năm ${y}`, totalFirst: true, structure: 'Tỷ lệ cơ cấu (%)' },
  { name: 'totals at the bottom', label: 'Nguồn vốn', period: 'Tổng giai đoạn 2026 - 2030', year: (y) => `Năm ${y}`, totalFirst: false, structure: 'Cơ cấu (%)' },
  { name: 'bare years', label: 'Nguồn vốn', period: 'Cả giai đoạn 2026 - 2030', year: (y) => String(y), totalFirst: true, structure: 'Tỷ trọng (%)' },
  { name: 'a plain total column', label: 'Nguồn vốn', period: 'Tổng cộng', year: (y) => `Năm ${y}`, totalFirst: false, structure: 'Tỷ lệ cơ cấu (%)' },
];

function across(layout: Across, o: { wrong?: number; blank?: boolean; blankTotals?: boolean } = {}): { book: WorkbookSnapshot; cell: (y: number) => string } {
  const total: CellValue[] = ['', 'Tổng cộng', o.blankTotals ? null : PERIOD, ...YEARS.map((_, y) => (o.blankTotals ? null : yearTotal(y)))];
  const sources = SOURCES.map(([name, v], i): CellValue[] => [i + 1, name, v.reduce((a, b) => a + b, 0), ...v]);
  const structure: CellValue[] = ['', layout.structure, o.blank ? null : 100, ...YEARS.map((_, y) => (o.blank ? null : r1((yearTotal(y) / PERIOD) * 100) + (o.wrong === y ? 1.5 : 0)))];
  const rows: CellValue[][] = [['DỰ KIẾN NGUỒN VỐN THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2026 - 2030'], [null, null, null, null, null, null, 'ĐVT: triệu đồng'],
    ['TT', layout.label, layout.period, ...YEARS.map(layout.year)], ...(layout.totalFirst ? [total, ...sources] : [...sources, total]), structure];
  const structureRow = 3 + 1 + SOURCES.length;
  return { book: { name: 'von.xlsx', sheets: [sheet('Von 2026-2030', rows)] }, cell: (y) => a1(structureRow, y < 0 ? 2 : 3 + y) };
}

describe.each(ACROSS.map((l) => [l.name, l]))('years across, %s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(notInfo(across(layout).book)).toEqual([]);
  });
  test('2028\'s share of the period wrong: one error, at its cell', () => {
    const { book, cell } = across(layout, { wrong: 2 });
    expect(notInfo(book)).toEqual([`${cell(2)} percent-mismatch error`]);
  });
  test('a blank structure row is filled: each year over the period', () => {
    const { book, cell } = across(layout, { blank: true });
    const writes = writesOf(book);
    YEARS.forEach((_, y) => expect(writes.get(cell(y))?.value).toBeCloseTo((yearTotal(y) / PERIOD) * 100, 6));
    expect(writes.get(cell(-1))?.value).toBeCloseTo(100, 6);
  });
  // Bare years over blank totals: the header's own row holds words and the years (26q: read as a header, not as data).
  test('blank totals and a blank structure row are filled together', () => {
    const { book, cell } = across(layout, { blank: true, blankTotals: true });
    const writes = writesOf(book);
    YEARS.forEach((_, y) => expect(writes.get(cell(y))?.value).toBeCloseTo((yearTotal(y) / PERIOD) * 100, 6));
  });
});

type Down = { name: string; label: string; year: (y: number) => string; total: string };
const DOWN: Down[] = [
  { name: '"Năm", years named', label: 'Năm', year: (y) => `Năm ${y}`, total: 'Tổng giai đoạn 2026 - 2030' },
  { name: '"Năm kế hoạch", bare years', label: 'Năm kế hoạch', year: (y) => String(y), total: 'Tổng cộng' },
];

function down(layout: Down, o: { wrongTotal?: number; wrongShare?: number; blank?: boolean } = {}): { book: WorkbookSnapshot; totalCell: (y: number) => string; shareCell: (y: number) => string } {
  const rows: CellValue[][] = [['KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2026 - 2030 THEO NĂM'], [null, null, null, null, null, null, null, 'ĐVT: triệu đồng'],
    ['TT', layout.label, 'Tổng cộng', ...SOURCES.map(([name]) => name), 'Tỷ lệ (%)']];
  YEARS.forEach((year, y) => rows.push([y + 1, layout.year(year), yearTotal(y) + (o.wrongTotal === y ? 1000 : 0), ...SOURCES.map(([, v]) => v[y]), o.blank ? null : r1((yearTotal(y) / PERIOD) * 100) + (o.wrongShare === y ? 2 : 0)]));
  rows.push(['', layout.total, PERIOD, ...SOURCES.map(([, v]) => v.reduce((a, b) => a + b, 0)), o.blank ? null : 100]);
  const shareCol = 3 + SOURCES.length;
  return { book: { name: 'von.xlsx', sheets: [sheet('Von theo nam', rows)] }, totalCell: (y) => a1(3 + y, 2), shareCell: (y) => a1(3 + y, shareCol) };
}

describe.each(DOWN.map((l) => [l.name, l]))('years down, %s', (_name, layout) => {
  test('clean: nothing to say, read by year', () => {
    const report = checkWorkbook(down(layout).book, {}, 'vi');
    expect(notInfo(down(layout).book)).toEqual([]);
    expect(report.issues.filter((i) => i.code === 'table-read').map((i) => i.params?.axis)).toEqual(['year']);
    expect(report.issues.find((i) => i.code === 'table-read')?.message).toMatch(/theo năm/);
  });
  test('2029\'s total wrong: one error, at it (its share holds with the total its sources give)', () => {
    const { book, totalCell } = down(layout, { wrongTotal: 3 });
    expect(notInfo(book)).toEqual([`${totalCell(3)} total-mismatch error`]);
  });
  test('2027\'s share wrong: one error, at it', () => {
    const { book, shareCell } = down(layout, { wrongShare: 1 });
    expect(notInfo(book)).toEqual([`${shareCell(1)} percent-mismatch error`]);
  });
  test('blank shares are filled: each year\'s total over the period\'s', () => {
    const { book, shareCell } = down(layout, { blank: true });
    const writes = writesOf(book);
    YEARS.forEach((_, y) => expect(writes.get(shareCell(y))?.value).toBeCloseTo((yearTotal(y) / PERIOD) * 100, 6));
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    const books = [...ACROSS.flatMap((l) => [across(l).book, across(l, { wrong: 4 }).book]), ...DOWN.flatMap((l) => [down(l).book, down(l, { wrongTotal: 0 }).book, down(l, { wrongShare: 2 }).book])];
    for (const book of books) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
