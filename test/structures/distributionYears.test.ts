/**
 * A distribution of communes by criteria met ("Dưới 5 TC" | "Từ 5 - 9 TC" | "Từ 10 TC trở lên") counted
 * for two years side by side ("Năm 2026" and "Năm 2027 (KH)", each "Số xã | Tỷ lệ (%)"), the number of
 * communes on a "Tổng số xã" row on top. Each year's groups add up to the communes and each share is its
 * own year's count over them. A group's count typed wrong while its share is right is an error at the
 * count (the total and the share agree on it), in either year; the same findings in every variant.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const N = 96;
const Y26 = [9, 37, 50];
const Y27 = [7, 33, 56];
const LABELS = ['Dưới 5 TC', 'Từ 5 - 9 TC', 'Từ 10 TC trở lên'];
const pct = (n: number) => Math.round((n / N) * 1000) / 10;

/** fault: [year index 0|1, group index, delta]; the share stays right */
function book(fault?: [number, number, number]): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['PHÂN LOẠI XÃ THEO SỐ TIÊU CHÍ NÔNG THÔN MỚI ĐẠT ĐƯỢC'],
    [],
    ['TT', 'Nhóm xã theo số tiêu chí đạt', 'Năm 2026', null, 'Năm 2027 (KH)', null],
    [null, null, 'Số xã', 'Tỷ lệ (%)', 'Số xã', 'Tỷ lệ (%)'],
    [null, 'Tổng số xã', N, 100, N, 100],
  ];
  LABELS.forEach((label, i) => {
    const typed = [Y26[i], Y27[i]].map((v, y) => (fault && fault[0] === y && fault[1] === i ? v + fault[2] : v));
    rows.push([i + 1, label, typed[0], pct(Y26[i]), typed[1], pct(Y27[i])]);
  });
  return { name: 'phan-loai.xlsx', sheets: [sheet('Phan loai xa', rows, { merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3'] })] };
}

const issuesOf = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info');
const errorsOf = (b: WorkbookSnapshot) => issuesOf(b).filter((i) => i.severity === 'error').map((i) => i.cell);

test('clean says nothing', () => {
  expect(issuesOf(book())).toEqual([]);
});

test.each([
  [[1, 1, 3], 'E7'], [[0, 0, -2], 'C6'], [[1, 2, 1], 'E8'],
] as [[number, number, number], string][])('fault %j: one error, at the count %s', (fault, cell) => {
  expect(errorsOf(book(fault))).toEqual([cell]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const b of [book(), book([1, 1, 3])]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
