/**
 * A funding table whose unit is a row under its header ("ĐVT | Nghìn đồng | Nghìn đồng | Nghìn đồng")
 * instead of a column or a line above: the row is the table's unit, not a part of each column's name,
 * so the table reads as it does with "ĐVT: nghìn đồng" above it. Clean says nothing; a row's two-year
 * total typed wrong is an error at it; the same findings in every variant.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const ITEMS: [string, number, number][] = [
  ['Ngân sách trung ương', 25625000, 68430000], ['Ngân sách địa phương', 62536000, 75560000], ['Vốn lồng ghép', 17263000, 19652000],
  ['Vốn tín dụng', 91028000, 86759000], ['Huy động doanh nghiệp, cộng đồng', 15658000, 72371000],
];

/** unit: 'row' (a ĐVT row under the header) or 'line' ("ĐVT: nghìn đồng" above the table) */
function book(unit: 'row' | 'line', wrong?: number): WorkbookSnapshot {
  const a = ITEMS.reduce((s, i) => s + i[1], 0);
  const b = ITEMS.reduce((s, i) => s + i[2], 0);
  const rows: CellValue[][] = [
    ['KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH XÂY DỰNG NÔNG THÔN MỚI NĂM 2026 - 2027'],
    unit === 'line' ? [null, null, null, null, 'ĐVT: nghìn đồng'] : [],
    ['TT', 'Nguồn vốn', 'Năm 2026', 'Năm 2027', 'Tổng 2 năm'],
    ...(unit === 'row' ? [[null, 'ĐVT', 'Nghìn đồng', 'Nghìn đồng', 'Nghìn đồng']] : []),
    [null, 'Tổng cộng', a, b, a + b],
    ...ITEMS.map(([name, x, y], i): CellValue[] => [i + 1, name, x, y, x + y + (wrong === i ? 150000 : 0)]),
  ];
  return { name: 'von.xlsx', sheets: [sheet('Von', rows)] };
}

const issuesOf = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info');
const errorsOf = (b: WorkbookSnapshot) => issuesOf(b).filter((i) => i.severity === 'error').map((i) => i.cell);

test.each(['row', 'line'] as const)('unit as a %s: clean says nothing', (unit) => {
  expect(issuesOf(book(unit))).toEqual([]);
});

test('a ĐVT row: the two-year total of "Vốn lồng ghép" typed wrong is an error at it, as with a unit line above', () => {
  expect(errorsOf(book('row', 2))).toContain('E8');
  expect(errorsOf(book('line', 2))).toContain('E7');
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const b of [book('row'), book('row', 2)]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
