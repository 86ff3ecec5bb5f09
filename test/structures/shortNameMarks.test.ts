/**
 * A per-commune assignment whose criteria columns carry short names only ("Quy hoạch", "Hạ tầng", "Kinh
 * tế", "Nguồn nhân lực" … no numbers) and whose marks are "Đ" (met), "CĐ" (not met) and "KH27" (planned
 * for 2027), with a count of "Đ" and a count of "KH27" per commune. Every short name is its criterion
 * (no criterion said missing), "KH27" is the plan year's mark: clean says nothing; a count typed wrong is
 * an error at it; the same findings whatever the columns' order, and in every variant.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const SHORT = ['Quy hoạch', 'Hạ tầng', 'Kinh tế', 'Nguồn nhân lực', 'Văn hóa - Giáo dục - Y tế', 'Giảm nghèo', 'Chuyển đổi số', 'Môi trường', 'Hệ thống chính trị', 'An ninh, quốc phòng'];
const MARKS: string[][] = [
  'Đ Đ KH27 Đ CĐ Đ Đ KH27 Đ Đ', 'Đ KH27 Đ Đ Đ CĐ Đ Đ KH27 Đ', 'Đ Đ Đ CĐ KH27 Đ Đ Đ Đ KH27',
  'KH27 Đ Đ Đ Đ Đ CĐ Đ Đ Đ', 'Đ CĐ CĐ KH27 Đ Đ Đ Đ Đ Đ', 'Đ Đ Đ Đ Đ KH27 Đ CĐ Đ Đ',
].map((s) => s.split(' '));
const NAMES = ['Xã Thái Bình', 'Xã Nhữ Khê', 'Xã Tân Long', 'Xã Xuân Vân', 'Xã Trung Sơn', 'Xã Kim Quan'];

/** order: the criteria columns' order (indices into SHORT) */
function book(order: number[], wrong?: number): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['MỨC ĐỘ ĐẠT TIÊU CHÍ XÃ NÔNG THÔN MỚI ĐẾN 31/12/2026 VÀ KẾ HOẠCH NĂM 2027'],
    ['Ký hiệu: Đ - Đạt; CĐ - Chưa đạt; KH27 - Phấn đấu đạt năm 2027'],
    [],
    ['TT', 'Tên xã', ...order.map((k) => SHORT[k]), 'Số tiêu chí đạt', 'Số tiêu chí phấn đấu đạt năm 2027'],
  ];
  MARKS.forEach((m, i) => {
    const met = m.filter((x) => x === 'Đ').length;
    rows.push([i + 1, NAMES[i], ...order.map((k) => m[k]), met + (wrong === i ? 1 : 0), m.filter((x) => x === 'KH27').length]);
  });
  return { name: 'muc-do-dat.xlsx', sheets: [sheet('Muc do dat', rows)] };
}

const ORDER = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const SWAPPED = [0, 2, 1, 3, 4, 5, 6, 7, 8, 9]; // "Kinh tế" before "Hạ tầng"
const issuesOf = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info');

test.each([['in order', ORDER], ['"Kinh tế" before "Hạ tầng"', SWAPPED]])('criteria %s: clean says nothing (no criterion missing, KH27 a mark)', (_, order) => {
  expect(issuesOf(book(order as number[]))).toEqual([]);
});

test('a commune\'s count of "Đ" typed one more is an error at it', () => {
  const errors = issuesOf(book(ORDER, 4)).filter((i) => i.severity === 'error').map((i) => i.cell);
  expect(errors).toEqual(['M9']);
});

test('the same findings whatever the columns\' order', () => {
  expect(findingsOf(book(SWAPPED, 4))).toEqual(findingsOf(book(ORDER, 4)));
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const b of [book(ORDER), book(ORDER, 4)]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
