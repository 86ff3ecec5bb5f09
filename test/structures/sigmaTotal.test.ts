/**
 * A roll-up whose total row is labelled only "Σ" (or "∑"), as some offices type it: the row is the
 * table's total, read as "Tổng cộng" is. Clean says nothing; the Σ of one column typed wrong is an error
 * at it; the same findings as with "Tổng cộng", and in every variant.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const UNITS: [string, number, number, number][] = [
  ['Khu vực vùng cao', 31, 12, 3], ['Khu vực trung du', 24, 11, 2], ['Khu vực đồng bằng', 19, 10, 4], ['Khu vực ven đô', 22, 13, 1],
];
const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;

function rollup(totalLabel: string, addDelta = 0): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['TỔNG HỢP KẾ HOẠCH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2027 THEO KHU VỰC'],
    [],
    ['TT', 'Khu vực', 'Tổng số xã', 'Số xã đạt chuẩn đến 31/12/2026', 'Số xã phấn đấu đạt chuẩn năm 2027', 'Lũy kế đến 31/12/2027', 'Tỷ lệ (%)'],
  ];
  UNITS.forEach(([name, n, base, add], i) => rows.push([i + 1, name, n, base, add, base + add, pct(base + add, n)]));
  const sum = (k: number) => UNITS.reduce((s, u) => s + (u[k] as number), 0);
  const [n, base, add] = [sum(1), sum(2), sum(3)];
  rows.push([null, totalLabel, n, base, add + addDelta, base + add, pct(base + add, n)]);
  return { name: 'khu-vuc.xlsx', sheets: [sheet('Khu vuc', rows)] };
}

const issuesOf = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info');

test.each(['Σ', '∑'])('"%s" alone: clean says nothing; its Σ of the communes planned typed 2 more is an error at it', (label) => {
  expect(issuesOf(rollup(label))).toEqual([]);
  const errors = issuesOf(rollup(label, 2)).filter((i) => i.severity === 'error').map((i) => i.cell);
  expect(errors).toContain('E8');
});

test('"Σ" gives the findings "Tổng cộng" gives', () => {
  expect(findingsOf(rollup('Σ', 2))).toEqual(findingsOf(rollup('Tổng cộng', 2)));
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const book of [rollup('Σ'), rollup('Σ', 2)]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
