/**
 * A bare "Số xã" under what the communes reached, as roll-ups by area print their tiers: "Tổng số xã |
 * Xã đạt chuẩn nông thôn mới (Số xã | Tỷ lệ) | Trong đó: xã nông thôn mới hiện đại (Số xã | Tỷ lệ) |
 * Ghi chú". Each "Số xã" counts the communes that reached the tier — not the whole a share divides by —
 * and each share is that count over the row's "Tổng số xã". Before, both "Số xã" were read as the
 * number of communes: the shares were unchecked (a wrong one silent, exit 0) and the fill left them blank.
 * Clean says nothing; one share typed wrong is an error at its cell; the fill writes blank shares;
 * the same without diacritics, in NFD and with numbers as text.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { meaningOf } from '../../src/domain/table/meanings';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const AREAS: [string, number, number, number][] = [['Khu vực Bắc sông', 24, 17, 3], ['Khu vực Nam sông', 31, 19, 2], ['Khu vực ven biển', 19, 15, 4], ['Khu vực miền núi', 28, 9, 0]];
const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;
const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
type Change = { i: number; tier: 'std' | 'top'; by: number };

function rollup(o: { top?: string; change?: Change; blank?: boolean } = {}): { book: WorkbookSnapshot; share: (i: number, tier: 'std' | 'top') => string } {
  const formats: Record<string, string> = {};
  const rows: CellValue[][] = [
    ['KẾT QUẢ XÂY DỰNG XÃ NÔNG THÔN MỚI ĐẾN 31/12/2026'],
    [],
    ['TT', 'Địa bàn', 'Tổng số xã', 'Xã đạt chuẩn nông thôn mới', null, o.top ?? 'Trong đó: xã nông thôn mới hiện đại', null, 'Ghi chú'],
    [null, null, null, 'Số xã', 'Tỷ lệ (%)', 'Số xã', 'Tỷ lệ (%)', null],
  ];
  const by = (i: number, tier: Change['tier']) => (o.change?.i === i && o.change.tier === tier ? o.change.by : 0);
  const line = (tt: CellValue, name: string, n: number, std: number, top: number, i: number) => {
    const r = rows.length;
    formats[a1(r, 4)] = '0.0'; formats[a1(r, 6)] = '0.0';
    rows.push([tt, name, n, std, o.blank ? null : pct(std, n) + by(i, 'std'), top, o.blank ? null : pct(top, n) + by(i, 'top'), top === 0 ? 'Chưa có xã' : null]);
  };
  AREAS.forEach(([name, n, std, top], i) => line(i + 1, name, n, std, top, i));
  line(null, 'Tổng cộng', sum(AREAS.map((a) => a[1])), sum(AREAS.map((a) => a[2])), sum(AREAS.map((a) => a[3])), -1);
  const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3', 'H3:H4'];
  return { book: { name: 'khu-vuc.xlsx', sheets: [sheet('Khu vuc', rows, { merges, formats })] }, share: (i, tier) => a1(4 + i, tier === 'std' ? 4 : 6) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);
const TOPS = ['Trong đó: xã nông thôn mới hiện đại', 'Xã đạt chuẩn nông thôn mới nâng cao', 'Xã nông thôn mới kiểu mẫu'];

test.each([['xa dat chuan nong thon moi so xa', 'so xa'], ['trong do xa nong thon moi hien dai so xa', 'so xa']])('"%s" counts the communes that reached it', (label, leaf) => {
  expect(meaningOf(label, leaf, 2027)).toBe('baseline');
});
test.each([['tong so xa', 'tong so xa'], ['so xa', 'so xa']])('"%s" alone is still the number of communes', (label, leaf) => {
  expect(meaningOf(label, leaf, 2027)).toBe('units');
});

describe.each(TOPS)('"%s"', (top) => {
  test('clean: nothing to say, not even a warning', () => {
    expect(notInfo(rollup({ top }).book)).toEqual([]);
  });
  test.each(['std', 'top'] as const)('the %s share of the third area typed 5 points high: one error, at it', (tier) => {
    const { book, share } = rollup({ top, change: { i: 2, tier, by: 5 } });
    expect(notInfo(book)).toEqual([expect.stringMatching(new RegExp(`^${share(2, tier)} .* error$`))]);
  });
  test('blank shares: the fill writes each as its count over the row\'s communes', () => {
    const { book, share } = rollup({ top, blank: true });
    const writes = new Map(cellWrites(planFill(book, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    AREAS.forEach(([, n, std, topCount], i) => {
      for (const [tier, count] of [['std', std], ['top', topCount]] as const) {
        const value = Number(writes.get(share(i, tier))?.value);
        expect([count / n, (count / n) * 100].some((v) => Math.abs(v - value) < 1e-9)).toBe(true);
      }
    });
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const book of [rollup().book, rollup({ change: { i: 1, tier: 'top', by: 3 } }).book, rollup({ top: TOPS[1], change: { i: 0, tier: 'std', by: -2 } }).book]) {
      expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
    }
  });
});
