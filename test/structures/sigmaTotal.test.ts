/**
 * A roll-up whose total row is labelled only "Σ" (or "∑"), and a funding table whose total column is
 * headed only "Σ", as some offices type them: the row (the column) is the table's total, read as
 * "Tổng cộng" is. Clean says nothing; a Σ typed wrong is an error at it; the same findings as with
 * "Tổng cộng", and in every variant.
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

const SOURCES: [string, number[]][] = [['Ngân sách trung ương', [106.5, 58.1, 61.7]], ['Ngân sách địa phương', [11.6, 57.5, 26.2]], ['Vốn lồng ghép', [113.1, 131, 79.6]], ['Vốn tín dụng', [117, 56, 80.7]]];
const r1 = (x: number) => Math.round(x * 10) / 10;

function funding(totalHead: string, wrong?: number): WorkbookSnapshot {
  const rows: CellValue[][] = [['NHU CẦU VỐN XÂY DỰNG NÔNG THÔN MỚI 2026 - 2028'], ['ĐVT: tỷ đồng'], [], ['TT', 'Nguồn vốn', 'Năm 2026', 'Năm 2027', 'Năm 2028', totalHead]];
  const years = [0, 0, 0];
  SOURCES.forEach(([name, v], i) => {
    v.forEach((x, j) => { years[j] = r1(years[j] + x); });
    rows.push([i + 1, name, ...v, r1(v[0] + v[1] + v[2] + (wrong === i ? 10 : 0))]);
  });
  rows.push([null, 'Tổng cộng', ...years, r1(years[0] + years[1] + years[2])]);
  const formats = Object.fromEntries(['C', 'D', 'E', 'F'].flatMap((c) => [5, 6, 7, 8, 9].map((r) => [`${c}${r}`, '#,##0.0'])));
  return { name: 'von.xlsx', sheets: [sheet('Von', rows, { formats })] };
}

test('a total column headed "Σ": clean says nothing; a source\'s Σ typed 10 more is an error at it, as under "Tổng số"', () => {
  expect(issuesOf(funding('Σ'))).toEqual([]);
  expect(issuesOf(funding('Σ', 2)).filter((i) => i.severity === 'error').map((i) => i.cell)).toContain('F7');
  expect(findingsOf(funding('Σ', 2))).toEqual(findingsOf(funding('Tổng số', 2)));
});
