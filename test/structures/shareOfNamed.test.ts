/**
 * A share "so với" the column it names, as reports count the advanced communes among those met ("Xã đạt
 * chuẩn NTM nâng cao: Số xã | Tỷ lệ so với số xã đạt chuẩn NTM (%)"): the count beside it over the named
 * column, on every row. Before, the column was read as a comparison with nothing to compare, left
 * unchecked without a word, and the report said "Không có lỗi". Clean says nothing; a wrong share is one
 * error at it; blank shares are filled; every spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

type Layout = { name: string; heads: CellValue[][]; merges?: string[]; units: string; total: string };
const LAYOUTS: Layout[] = [
  { name: 'group headers over "Số xã | Tỷ lệ"', units: 'Đơn vị', total: 'Toàn tỉnh', merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3'],
    heads: [['TT', 'Đơn vị', 'Tổng số xã', 'Xã đạt chuẩn NTM', null, 'Xã đạt chuẩn NTM nâng cao', null], [null, null, null, 'Số xã', 'Tỷ lệ (%)', 'Số xã', 'Tỷ lệ so với số xã đạt chuẩn NTM (%)']] },
  { name: 'one header row', units: 'Tên huyện', total: 'Tổng cộng',
    heads: [['TT', 'Tên huyện', 'Tổng số xã', 'Số xã đạt chuẩn NTM', 'Tỷ lệ xã đạt chuẩn (%)', 'Số xã đạt chuẩn NTM kiểu mẫu', 'Tỷ lệ (%) so với số xã đạt chuẩn NTM']] },
  { name: 'villages', units: 'Xã', total: 'Cộng',
    heads: [['TT', 'Xã', 'Tổng số thôn', 'Số thôn đạt chuẩn NTM', 'Tỷ lệ (%)', 'Số thôn NTM kiểu mẫu', 'Tỷ lệ so với số thôn đạt chuẩn NTM (%)']] },
];
const DATA: [string, number, number, number][] = [['A', 20, 15, 6], ['B', 18, 12, 3], ['C', 25, 20, 9], ['D', 16, 9, 2]];
const r1 = (x: number) => Math.round(x * 10) / 10;
type Options = { off?: boolean; blank?: boolean };

function book(l: Layout, o: Options = {}): { book: WorkbookSnapshot; top: number } {
  const rows: CellValue[][] = [['KẾT QUẢ ĐẾN 31/12/2024'], [], ...l.heads];
  const top = rows.length;
  DATA.forEach(([u, n, m, a], i) => rows.push([i + 1, `${l.units === 'Xã' ? 'Xã' : 'Huyện'} ${u}`, n, m, r1((m / n) * 100), a, o.blank ? null : r1((a / (o.off && i === 2 ? n : m)) * 100)]));
  const sum = (k: 1 | 2 | 3) => DATA.reduce((t, d) => t + d[k], 0);
  rows.push(['', l.total, sum(1), sum(2), r1((sum(2) / sum(1)) * 100), sum(3), o.blank ? null : r1((sum(3) / sum(2)) * 100)]);
  return { book: { name: 't.xlsx', sheets: [sheet('Theo huyen', rows, { merges: l.merges })] }, top };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(notInfo(book(layout).book)).toEqual([]);
  });
  test('a share taken of the whole instead: one error, at it', () => {
    const { book: b, top } = book(layout, { off: true });
    expect(notInfo(b)).toEqual([`G${top + 3} percent-mismatch error`]);
  });
  test('blank shares are filled as the count over the named column', () => {
    const { book: b, top } = book(layout, { blank: true });
    const writes = new Map(cellWrites(planFill(b, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    DATA.forEach(([, , m, a], i) => expect(writes.get(`G${top + 1 + i}`)?.value).toBeCloseTo((a / m) * 100, 6));
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { off: true }]) {
        const { book: b } = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
