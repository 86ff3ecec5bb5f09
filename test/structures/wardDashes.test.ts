/**
 * Criteria met by every commune-level unit since the 7/2025 reorganisation, wards among them: a ward is
 * not assessed under the commune criteria, so its row holds "-" in every figure ("Phường - không đánh
 * giá"), "Cộng (xã)" adds the communes and "Bình quân (tiêu chí/xã)" averages them — over the 10
 * communes, not the 13 rows (as Excel's AVERAGE, which skips a "-", and as the fill's formula does). Clean
 * says nothing; one changed count or average is an error at its cell; the fill's average is the communes'.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const COMMUNES: [string, number, number][] = [
  ['Xã Thái Bình', 5, 2], ['Xã Nhữ Khê', 6, 1], ['Xã Tân Long', 8, 2], ['Xã Xuân Vân', 4, 3], ['Xã Trung Sơn', 3, 1],
  ['Xã Kim Quan', 2, 2], ['Xã Hùng Lợi', 3, 0], ['Xã Phù Lưu', 7, 1], ['Xã Thái Sơn', 5, 3], ['Xã Bình Xa', 6, 2],
];
const WARDS: Record<number, string> = { 3: 'Phường Minh Xuân', 7: 'Phường An Tường', 11: 'Phường Nông Tiến' };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const r1 = (x: number) => Math.round(x * 10) / 10;

function units(o: { change?: { cell: string; by: number }; blankAverage?: boolean } = {}): { book: WorkbookSnapshot; sumRow: number; averageRow: number } {
  const rows: CellValue[][] = [
    ['SỐ TIÊU CHÍ XÃ NÔNG THÔN MỚI ĐẠT ĐƯỢC THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ'], [],
    ['TT', 'Tên đơn vị', 'Số tiêu chí đạt đến 31/12/2026', 'Số tiêu chí phấn đấu đạt thêm năm 2027', 'Số tiêu chí đạt đến 31/12/2027', 'Ghi chú'],
  ];
  let c = 0;
  for (let i = 0; i < 13; i++) {
    if (WARDS[i]) { rows.push([i + 1, WARDS[i], '-', '-', '-', 'Phường - không đánh giá']); continue; }
    const [name, base, add] = COMMUNES[c++];
    rows.push([i + 1, name, base, add, base + add, null]);
  }
  const S = [sum(COMMUNES.map((x) => x[1])), sum(COMMUNES.map((x) => x[2])), sum(COMMUNES.map((x) => x[1] + x[2]))];
  rows.push([null, 'Cộng (xã)', ...(o.blankAverage ? [null, null, null] : S)]);
  rows.push([null, 'Bình quân (tiêu chí/xã)', ...(o.blankAverage ? [null, null, null] : S.map((x) => r1(x / COMMUNES.length)))]);
  const sumRow = rows.length - 2; const averageRow = rows.length - 1;
  if (o.change) {
    const at = /^([A-Z])(\d+)$/.exec(o.change.cell)!;
    const row = Number(at[2]) - 1; const col = at[1].charCodeAt(0) - 65;
    rows[row][col] = (rows[row][col] as number) + o.change.by;
  }
  return { book: { name: 'don-vi.xlsx', sheets: [sheet('Theo don vi', rows, { merges: ['A1:F1'] })] }, sumRow, averageRow };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

test('clean: the wards\' dashes are no zeros, nothing to say', () => {
  expect(notInfo(units().book)).toEqual([]);
});

test('an average changed: one error, at its cell', () => {
  const { averageRow } = units();
  const cell = a1(averageRow, 4);
  expect(notInfo(units({ change: { cell, by: 0.8 } }).book)).toEqual([`${cell} relation-mismatch error`]);
});

test('a commune\'s year-end count changed: an error at its cell', () => {
  const errors = checkWorkbook(units({ change: { cell: 'E5', by: 1 } }).book, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => i.cell);
  expect(errors).toContain('E5');
});

test('a blank sum and average are filled over the communes (SUM and AVERAGE skip the "-")', () => {
  const { book, sumRow, averageRow } = units({ blankAverage: true });
  const writes = new Map(cellWrites(planFill(book, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
  const S = sum(COMMUNES.map((x) => x[1]));
  expect(writes.get(a1(sumRow, 2))?.value).toBe(S);
  expect(writes.get(a1(sumRow, 2))?.formula).toMatch(/^=SUM\(/);
  expect(Math.abs((writes.get(a1(averageRow, 2))?.value as number) - S / COMMUNES.length)).toBeLessThan(0.051);
});

describe.each(Object.keys(VARIANTS).filter((v) => v !== 'numbers as text'))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [units(), units({ change: { cell: 'C17', by: 1 } })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
