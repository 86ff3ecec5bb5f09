/**
 * A roll-up by area with the communes split by group side by side: "Toàn tỉnh | Xã nhóm 1 | Xã nhóm 2 |
 * Xã nhóm 3", each a block over "Số xã | Số xã đạt chuẩn | Tỷ lệ (%)", one row per area and a totals row.
 * Each block's share is over its own block's communes (before, every share was divided by the whole's
 * "Số xã": a clean table gave twelve false errors), and on every row the whole's counts are the sum of
 * the groups' (before, a whole count typed wrong with its share computed from it passed). Groups typed
 * without their own "Số xã" keep their counts in the sum; their shares, of communes the table does not
 * give, are not checked (before, each was divided by the whole's: a false error on every row). One changed
 * number is one error, at that number; the fill writes a blank whole as the sum of its groups; every
 * layout and spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

/** Communes and those meeting the standard, by area and group. */
const AREAS: [string, [number, number][]][] = [
  ['Khu vực đồng bằng', [[10, 8], [20, 12], [5, 1]]],
  ['Khu vực trung du', [[6, 5], [15, 9], [8, 2]]],
  ['Khu vực miền núi', [[2, 2], [10, 4], [12, 3]]],
];
const pct = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

type Layout = { name: string; whole: string; groups: string[]; wholeLast: boolean; totalsOnTop: boolean; groupsWithoutCommunes?: boolean };
const LAYOUTS: Layout[] = [
  { name: 'Toàn tỉnh first, totals on top', whole: 'Toàn tỉnh', groups: ['Xã nhóm 1', 'Xã nhóm 2', 'Xã nhóm 3'], wholeLast: false, totalsOnTop: true },
  { name: 'Tổng số last, totals at the bottom', whole: 'Tổng số', groups: ['Nhóm 1', 'Nhóm 2', 'Nhóm 3'], wholeLast: true, totalsOnTop: false },
  { name: 'Chung first, groups in Roman numerals', whole: 'Chung', groups: ['Xã nhóm I', 'Xã nhóm II', 'Xã nhóm III'], wholeLast: false, totalsOnTop: false },
  { name: 'the groups without their Số xã', whole: 'Toàn tỉnh', groups: ['Xã nhóm 1', 'Xã nhóm 2', 'Xã nhóm 3'], wholeLast: false, totalsOnTop: false, groupsWithoutCommunes: true },
];

/** A number typed wrong: in block `block` (0 the whole, 1–3 the groups), on area row `area`, its share computed from it. */
type Options = { wrong?: { area: number; block: number; by: number }; blankWhole?: boolean };

function rollup(layout: Layout, o: Options = {}): { book: WorkbookSnapshot; met: (area: number, block: number) => string } {
  const order = layout.wholeLast ? [1, 2, 3, 0] : [0, 1, 2, 3];
  const heads = [layout.whole, ...layout.groups];
  const blocks = (groups: [number, number][], area: number | null): CellValue[] => {
    const all: [number, number][] = [[groups.reduce((t, g) => t + g[0], 0), groups.reduce((t, g) => t + g[1], 0)], ...groups];
    return order.flatMap((b) => {
      const [n, met] = all[b];
      const typed = o.wrong && o.wrong.area === area && o.wrong.block === b ? met + o.wrong.by : met;
      const cells = o.blankWhole && b === 0 ? [null, null, null] : [n, typed, pct(typed, n)];
      return b > 0 && layout.groupsWithoutCommunes ? cells.slice(1) : cells;
    });
  };
  const total = AREAS[0][1].map((_, g) => [AREAS.reduce((t, a) => t + a[1][g][0], 0), AREAS.reduce((t, a) => t + a[1][g][1], 0)] as [number, number]);
  const lines = AREAS.map(([name, groups], i): CellValue[] => [i + 1, name, ...blocks(groups, i)]);
  const totals: CellValue[] = [null, 'Toàn tỉnh', ...blocks(total, null)];
  const body = layout.totalsOnTop ? [totals, ...lines] : [...lines, totals];
  const width = (b: number) => (b > 0 && layout.groupsWithoutCommunes ? 2 : 3);
  const startOf = (b: number) => 2 + order.slice(0, order.indexOf(b)).reduce((t, x) => t + width(x), 0);
  const rows: CellValue[][] = [
    ['TỔNG HỢP SỐ XÃ ĐẠT CHUẨN NÔNG THÔN MỚI ĐẾN HẾT NĂM 2026 THEO NHÓM XÃ'],
    ['TT', 'Khu vực', ...order.flatMap((b) => [heads[b], ...Array<null>(width(b) - 1).fill(null)])],
    [null, null, ...order.flatMap((b) => ['Số xã', 'Số xã đạt chuẩn', 'Tỷ lệ (%)'].slice(3 - width(b)))],
    ...body,
  ];
  const merges = ['A2:A3', 'B2:B3', ...order.map((b) => `${a1(1, startOf(b))}:${a1(1, startOf(b) + width(b) - 1)}`)];
  const firstLine = layout.totalsOnTop ? 4 : 3;
  // A block's count of communes meeting the standard: its second column, or its first where it has no Số xã.
  return { book: { name: 'theo-nhom.xlsx', sheets: [sheet('Theo khu vuc', rows, { merges })] }, met: (area, block) => a1(firstLine + area, startOf(block) + width(block) - 2) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: each share over its own block, nothing to say', () => {
    expect(notInfo(rollup(layout).book)).toEqual([]);
  });

  test('the whole\'s count on one area typed wrong, its share following it: one error, at that count', () => {
    const { book, met } = rollup(layout, { wrong: { area: 1, block: 0, by: 2 } });
    expect(notInfo(book)).toEqual([`${met(1, 0)} total-mismatch error`]);
  });

  test('a group\'s count typed wrong, its share following it: one error, at that count (it breaks its row\'s whole and its column\'s total)', () => {
    const { book, met } = rollup(layout, { wrong: { area: 2, block: 2, by: 3 } });
    expect(notInfo(book)).toEqual([`${met(2, 2)} shared-part error`]);
  });

  test('a blank whole is filled as the sum of its groups, its share over its own communes', () => {
    const { book, met } = rollup(layout, { blankWhole: true });
    const writes = new Map(cellWrites(planFill(book, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    AREAS.forEach(([, groups], area) => {
      const expected = groups.reduce((t, g) => t + g[1], 0);
      const written = writes.get(met(area, 0));
      expect(written?.formula).toMatch(/^=SUM\(/);
      expect(written?.value).toBe(expected);
    });
  });
});

test('groups without their Số xã: the shares not checked are named in the line saying how the table was read', () => {
  const layout = LAYOUTS[3];
  const read = checkWorkbook(rollup(layout).book, {}, 'vi').issues.filter((i) => i.code === 'table-read');
  expect(read).toHaveLength(1);
  expect(read[0].message).toContain('chưa đối chiếu cột tỷ lệ G, I, K');
  for (const other of LAYOUTS.slice(0, 3)) {
    expect(checkWorkbook(rollup(other).book, {}, 'vi').issues.find((i) => i.code === 'table-read')?.message).not.toContain('chưa đối chiếu');
  }
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { wrong: { area: 0, block: 0, by: 1 } }, { wrong: { area: 1, block: 3, by: -1 } }]) {
        const { book } = rollup(layout, o);
        expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
      }
    }
  });
});
