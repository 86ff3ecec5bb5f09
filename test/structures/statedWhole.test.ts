/**
 * The number of communes as plans state it in words above a table, in two more forms: a paragraph
 * that gives it as a ratio ("… nâng tổng số xã đạt chuẩn lên 41/98 xã, đạt 41,8% …"), and the title
 * of a table for one group of communes ("Biểu 2. Chỉ tiêu … của 34 xã nhóm 3", under a roll-up of the
 * province by group). Before, neither was read: a missing-value warning on the clean sheet, every share
 * unchecked, a wrong one passed with exit 0. Parts stay parts ("thêm 9 xã", "34 xã nhóm 3 chưa đạt").
 * Clean says nothing; one share typed wrong is an error at its cell; the same without diacritics, in
 * NFD and with numbers as text.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { statementsOf } from '../../src/domain/analysis/statements';
import { Grid } from '../../src/domain/sheet/grid';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;

/** Targets for `n` communes under `above` (lines over the table); `change` adds to criterion k's share. */
function targets(n: number, above: CellValue[][], change?: { k: number; by: number }): { rows: CellValue[][]; formats: Record<string, string>; share: (k: number) => string } {
  const formats: Record<string, string> = {};
  const top = above.length;
  const rows: CellValue[][] = [...above, ['TT', 'Tiêu chí', 'Số xã đạt đến 31/12/2026', 'Số xã đạt thêm năm 2027', 'Lũy kế đến 31/12/2027', 'Tỷ lệ (%)']];
  NAMES.forEach((name, i) => {
    const base = Math.round(n * (0.3 + 0.05 * i)); const add = (i * 3) % 5; const end = base + add;
    formats[a1(top + 1 + i, 5)] = '0.0';
    rows.push([i + 1, name, base, add, end, pct(end, n) + (change?.k === i + 1 ? change.by : 0)]);
  });
  return { rows, formats, share: (k) => a1(top + k, 5) };
}

const PARAGRAPH = 'Năm 2026, toàn tỉnh có thêm 9 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 41/98 xã, đạt 41,8%; bình quân đạt 7,6 tiêu chí/xã. Năm 2027 phấn đấu có thêm 12 xã đạt chuẩn.';
function paragraph(change?: { k: number; by: number }): { book: WorkbookSnapshot; share: (k: number) => string } {
  const t = targets(98, [['KẾ HOẠCH THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2027'], [PARAGRAPH], []], change);
  return { book: { name: 'chi-tieu.xlsx', sheets: [sheet('Chi tieu', t.rows, { formats: t.formats, merges: ['A1:F1', 'A2:F2'] })] }, share: t.share };
}

const GROUPS: [string, number, number][] = [['Xã nhóm 1', 18, 11], ['Xã nhóm 2', 57, 29], ['Xã nhóm 3', 34, 6]];
function group(change?: { k: number; by: number }): { book: WorkbookSnapshot; share: (k: number) => string } {
  const rollup: CellValue[][] = [
    ['Biểu 1. TỔNG HỢP XÃ ĐẠT CHUẨN THEO NHÓM XÃ'],
    ['TT', 'Nhóm xã', 'Tổng số xã', 'Số xã đạt chuẩn đến 31/12/2026', 'Tỷ lệ (%)'],
    ...GROUPS.map(([name, n, met], i): CellValue[] => [i + 1, name, n, met, pct(met, n)]),
    [null, 'Toàn tỉnh', 109, 46, pct(46, 109)],
    [],
    [],
    ['Biểu 2. CHỈ TIÊU CÁC TIÊU CHÍ NĂM 2027 CỦA 34 XÃ NHÓM 3'],
  ];
  const t = targets(34, rollup, change);
  const formats = { ...t.formats, ...Object.fromEntries([2, 3, 4, 5].map((r) => [a1(r, 4), '0.0'])) };
  return { book: { name: 'nhom-3.xlsx', sheets: [sheet('Nhom 3', t.rows, { formats, merges: ['A1:F1', `A${rollup.length}:F${rollup.length}`] })] }, share: t.share };
}

// Since 7/2025 a province counts its commune-level units with wards and special zones, and the communes among them.
const UNITS = 'Toàn tỉnh có 124 xã, phường, đặc khu; trong đó 96 xã thực hiện Bộ tiêu chí xã nông thôn mới';
function units(change?: { k: number; by: number }): { book: WorkbookSnapshot; share: (k: number) => string } {
  const t = targets(96, [['CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027'], [`(${UNITS})`], []], change);
  return { book: { name: 'don-vi.xlsx', sheets: [sheet('Chi tieu 2027', t.rows, { formats: t.formats, merges: ['A1:F1', 'A2:F2'] })] }, share: t.share };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);
const stated = (rows: CellValue[][]) => statementsOf(new Grid(sheet('S', rows))).communes.map((c) => c.value);

test('a ratio "41/98 xã" states the 98 communes; "thêm 9 xã", "thêm 12 xã" are parts', () => {
  expect(stated([[PARAGRAPH]])).toEqual([98]);
});
test('"của 34 xã nhóm 3" states the group\'s 34; "34 xã nhóm 3 chưa đạt" and "thêm 5 xã nhóm 3" do not', () => {
  expect(stated([['CHỈ TIÊU NĂM 2027 CỦA 34 XÃ NHÓM 3']])).toEqual([34]);
  expect(stated([['Còn 34 xã nhóm 3 chưa đạt chuẩn']])).toEqual([]);
  expect(stated([['Phấn đấu có thêm 5 xã nhóm 3 đạt chuẩn']])).toEqual([]);
});

test('"124 xã, phường, đặc khu; trong đó 96 xã" states the 96 communes; without "trong đó" the 124 stay', () => {
  expect(stated([[UNITS]])).toEqual([96]);
  expect(stated([['Toàn tỉnh có 124 xã, phường, đặc khu']])).toEqual([124]);
  expect(stated([['Toàn tỉnh có 124 xã, phường; trong đó 30 xã đạt chuẩn']])).toEqual([124]);
});

const SPLIT = ['Toàn tỉnh có 86 xã (nhóm 1: 12 xã; nhóm 2: 40 xã; nhóm 3: 34 xã)', 'Toàn tỉnh có 86 xã, gồm: 12 xã nhóm 1, 40 xã nhóm 2 và 34 xã nhóm 3', 'Tổng số: 86 xã (12 xã thuộc nhóm 1, 40 xã nhóm 2, 34 xã nhóm 3)'];
test('"86 xã (nhóm 1: 12 xã; …)" states the 86 communes its groups split; a part split by groups stays a part', () => {
  for (const line of SPLIT) expect(stated([[line]])).toEqual([86]);
  expect(stated([['Phấn đấu có thêm 12 xã (nhóm 1: 5 xã; nhóm 2: 7 xã) đạt chuẩn']])).toEqual([]);
});
function split(change?: { k: number; by: number }): { book: WorkbookSnapshot; share: (k: number) => string } {
  const t = targets(86, [['CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027'], [`(${SPLIT[0]})`], []], change);
  return { book: { name: 'nhom.xlsx', sheets: [sheet('Chi tieu 2027', t.rows, { formats: t.formats, merges: ['A1:F1', 'A2:F2'] })] }, share: t.share };
}

describe.each([['the groups splitting the communes in brackets', split], ['a paragraph with "41/98 xã"', paragraph], ['a group\'s table "của 34 xã nhóm 3"', group], ['communes among wards and special zones', units]] as const)('%s', (_, make) => {
  test('clean: nothing to say, not even a warning', () => {
    expect(notInfo(make().book)).toEqual([]);
  });
  test('criterion 5 share typed 4 points low: one error, at it', () => {
    const { book, share } = make({ k: 5, by: -4 });
    expect(notInfo(book)).toEqual([`${share(5)} percent-mismatch error`]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [split(), split({ k: 4, by: 3 }), paragraph(), paragraph({ k: 3, by: 2 }), group(), group({ k: 8, by: -3 }), units(), units({ k: 2, by: 3 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
