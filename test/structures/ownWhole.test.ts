/**
 * A share of each row's own whole, named by the headers' words: "Tổng số hộ | Số hộ nghèo | Tỷ lệ hộ nghèo
 * (%)", "Tổng số lao động | Số lao động qua đào tạo | Tỷ lệ (%)", per commune with a "Cộng" row. On each
 * row (the "Cộng" row too) the share is the count over its own kind's total. Before, the share was taken
 * of the totals row's count (40 / 553 for a commune's poor households): a false error on every row, and
 * the sums of the two columns were guesses (warnings only). Clean says nothing; one wrong share is one
 * error, at its cell; a wrong total of households is an error at it; blank shares are filled; every layout
 * and spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const COMMUNES = ['Xã Hòa An', 'Xã Nam Tuấn', 'Xã Bạch Đằng', 'Xã Quang Trung', 'Xã Hồng Việt', 'Xã Đức Long', 'Xã Lê Lai'];
const WHOLE = COMMUNES.map((_, i) => 1200 + 150 * i);
const COUNT = COMMUNES.map((_, i) => 40 + 13 * i);
const r1 = (x: number) => Math.round(x * 10) / 10;

type Layout = { name: string; title: string; heads: [string, string, string]; communesCol: boolean };
const LAYOUTS: Layout[] = [
  { name: 'poor households', title: 'TỶ LỆ HỘ NGHÈO ĐA CHIỀU THEO XÃ NĂM 2026', heads: ['Tổng số hộ', 'Số hộ nghèo', 'Tỷ lệ hộ nghèo (%)'], communesCol: false },
  { name: 'trained workers, a bare share', title: 'LAO ĐỘNG QUA ĐÀO TẠO NĂM 2026', heads: ['Tổng số lao động', 'Số lao động qua đào tạo', 'Tỷ lệ (%)'], communesCol: false },
  { name: 'villages counted beside, households shared', title: 'HỘ NGHÈO THEO XÃ', heads: ['Tổng số hộ', 'Số hộ nghèo', 'Tỷ lệ hộ nghèo (%)'], communesCol: true },
];

type Options = { wrong?: { line: number; by: number }; blank?: boolean; total?: number };

function book(layout: Layout, o: Options = {}): { book: WorkbookSnapshot; cell: (i: number) => string; wholeTotal: string } {
  const extra = layout.communesCol ? 1 : 0;
  const rows: CellValue[][] = [[layout.title], [], ['TT', 'Tên xã', ...(layout.communesCol ? ['Tổng số thôn'] : []), ...layout.heads]];
  COMMUNES.forEach((name, i) => rows.push([i + 1, name, ...(layout.communesCol ? [8 + i] : []), WHOLE[i], COUNT[i], o.blank ? null : r1((COUNT[i] / WHOLE[i]) * 100) + (o.wrong?.line === i ? o.wrong.by : 0)]));
  const [w, c] = [WHOLE.reduce((a, b) => a + b, 0), COUNT.reduce((a, b) => a + b, 0)];
  rows.push(['', 'Cộng', ...(layout.communesCol ? [COMMUNES.reduce((t, _, i) => t + 8 + i, 0)] : []), w + (o.total ?? 0), c, o.blank ? null : r1((c / w) * 100)]);
  return { book: { name: 'ho.xlsx', sheets: [sheet('Ho ngheo', rows)] }, cell: (i) => a1(i < 0 ? 3 + COMMUNES.length : 3 + i, 4 + extra), wholeTotal: a1(3 + COMMUNES.length, 2 + extra) };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(notInfo(book(layout).book)).toEqual([]);
  });
  test('one commune\'s share wrong: one error, at its cell', () => {
    const { book: b, cell } = book(layout, { wrong: { line: 2, by: 0.5 } });
    expect(notInfo(b)).toEqual([`${cell(2)} percent-mismatch error`]);
  });
  test('the total of households wrong: one error, at it', () => {
    const { book: b, wholeTotal } = book(layout, { total: 100 });
    expect(notInfo(b)).toEqual([`${wholeTotal} total-mismatch error`]);
  });
  test('blank shares are filled as the row\'s count over its own whole', () => {
    const { book: b, cell } = book(layout, { blank: true });
    const writes = new Map(cellWrites(planFill(b, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    COMMUNES.forEach((_, i) => expect(writes.get(cell(i))?.value).toBeCloseTo((COUNT[i] / WHOLE[i]) * 100, 6));
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { wrong: { line: 0, by: -0.4 } }]) {
        const { book: b } = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
