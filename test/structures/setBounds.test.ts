/**
 * Counts bounded by the criteria set: a commune cannot be credited with more criteria (met, basically
 * met, not met, added) than its set has, nor with a negative number, and a "bình quân tiêu chí/xã"
 * cannot exceed the set's size — whether the count column stands alone or beside the other states.
 * Each planted fault is an error at its cell naming the set; clean tables say nothing; the same table
 * decomposed, without diacritics or with its numbers typed as text says the same.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { VARIANTS as TYPED } from '../helpers/variants';

/** As typed, and as texts and numbers really arrive (no diacritics, NFD, numbers as text). */
const VARIANTS = ['as typed', ...Object.keys(TYPED)];
type Variant = string;
const typedAs = (snapshot: SheetSnapshot, variant: Variant) => (variant === 'as typed' ? snapshot : TYPED[variant](snapshot));

const COMMUNES = ['Xã Minh Khai', 'Xã Đức Long', 'Xã Lê Lai', 'Xã Quang Trung', 'Xã Hồng Việt'];

type Found = { cell: string; code: string; severity: string; message: string };
function found(rows: CellValue[][], variant: Variant = 'as typed', merges: string[] = []): Found[] {
  const report = checkWorkbook({ name: 'kh.xlsx', sheets: [typedAs(sheet('Tổng hợp', rows, { merges }), variant)] }, {}, 'vi');
  return report.issues.filter((i) => i.severity !== 'info').map(({ cell, code, severity, message }) => ({ cell, code, severity, message }));
}
const cells = (findings: Found[]) => findings.map((f) => `${f.cell} ${f.code}`).sort();

/** A 2025 roll-up by commune (19-criterion set): met so far, added, year end — each a lone count, no states beside. */
function rollUp2025(change: { row: number; col: number; value: number } | null = null): CellValue[][] {
  const met = [15, 17, 12, 9, 19];
  const added = [2, 1, 3, 1, 0];
  const rows: CellValue[][] = [
    ['KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI CỦA CÁC XÃ NĂM 2025'],
    ['TT', 'Tên xã', 'Số tiêu chí đạt đến 31/12/2024', 'Số tiêu chí phấn đấu đạt thêm năm 2025', 'Ghi chú'],
    ...COMMUNES.map((name, i): CellValue[] => [i + 1, name, met[i], added[i], null]),
  ];
  if (change) rows[change.row][change.col] = change.value;
  return rows;
}

const STATES_MERGES = ['C2:E2', 'A2:A3', 'B2:B3'];

/** A 2027 table of a commune's criteria by state (10-criterion set), with the average over the province. */
function states2027(change: { row: number; col: number; value: number } | null = null): CellValue[][] {
  const met = [8, 6, 10, 7, 5];
  const basic = [1, 2, 0, 1, 3];
  const rows: CellValue[][] = [
    ['ĐÁNH GIÁ MỨC ĐỘ ĐẠT TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027'],
    ['TT', 'Tên xã', 'Số tiêu chí', null, null],
    [null, null, 'Đạt', 'Cơ bản đạt', 'Chưa đạt'],
    ...COMMUNES.map((name, i): CellValue[] => [i + 1, name, met[i], basic[i], 10 - met[i] - basic[i]]),
  ];
  if (change) rows[change.row][change.col] = change.value;
  return rows;
}

/** A 2027 table with one count column only: "Số tiêu chí cơ bản đạt". */
function basicOnly2027(change: { row: number; value: number } | null = null): CellValue[][] {
  const rows: CellValue[][] = [
    ['DANH SÁCH XÃ CÓ TIÊU CHÍ CƠ BẢN ĐẠT NĂM 2027'],
    ['TT', 'Tên xã', 'Số tiêu chí cơ bản đạt', 'Ghi chú'],
    ...COMMUNES.map((name, i): CellValue[] => [i + 1, name, [1, 2, 0, 3, 1][i], null]),
  ];
  if (change) rows[change.row][2] = change.value;
  return rows;
}

/** Communes by former district (2025, 19 criteria): number of communes and their average criteria per commune. */
function averages2025(change: { row: number; value: number } | null = null): CellValue[][] {
  const rows: CellValue[][] = [
    ['BÌNH QUÂN TIÊU CHÍ ĐẠT THEO HUYỆN NĂM 2025'],
    ['TT', 'Huyện', 'Số xã', 'Bình quân tiêu chí/xã'],
    [1, 'Huyện Thạch An', 14, 15.5],
    [2, 'Huyện Hà Quảng', 18, 14.2],
    [3, 'Huyện Bảo Lạc', 16, 13.1],
  ];
  if (change) rows[change.row][3] = change.value;
  return rows;
}

describe.each(VARIANTS)('counts bounded by the set (%s)', (variant) => {
  test('clean tables: no error, no warning', () => {
    expect(found(rollUp2025(), variant)).toEqual([]);
    expect(found(states2027(), variant, STATES_MERGES)).toEqual([]);
    expect(found(basicOnly2027(), variant)).toEqual([]);
    expect(found(averages2025(), variant)).toEqual([]);
    // A district's total of its communes' criteria is no commune's count: 215 is no fault.
    expect(found([
      ['TỔNG HỢP SỐ TIÊU CHÍ ĐẠT THEO HUYỆN NĂM 2025'],
      ['TT', 'Huyện', 'Số xã', 'Tổng số tiêu chí đạt của các xã', 'Bình quân tiêu chí/xã'],
      [1, 'Huyện Thạch An', 14, 217, 15.5],
      [2, 'Huyện Hà Quảng', 18, 256, 14.2],
    ], variant)).toEqual([]);
  });

  test('a lone count above the 19-criterion set: an error at its cell naming the set', () => {
    const findings = found(rollUp2025({ row: 3, col: 2, value: 20 }), variant);
    expect(cells(findings)).toEqual(['C4 outside-set']);
    expect(findings[0].message).toContain('Bộ tiêu chí xã NTM 2021–2025');
    expect(findings[0].message).toContain('19');
  });

  test('a negative count: an error at its cell', () => {
    expect(cells(found(rollUp2025({ row: 4, col: 3, value: -1 }), variant))).toEqual(['D5 outside-set']);
  });

  test('11 criteria met in the 10-criterion set, the other states made to add up: one error, at the count', () => {
    // Đạt 11, Cơ bản đạt 0, Chưa đạt −1 add up to 10: the sum holds, the count cannot.
    const rows = states2027();
    rows[5][2] = 11; rows[5][3] = 0; rows[5][4] = -1;
    expect(cells(found(rows, variant, STATES_MERGES))).toEqual(['C6 outside-set', 'E6 outside-set']);
    // Đạt 11 with the others as typed: the fault is the count, not the sum it breaks.
    const findings = found(states2027({ row: 5, col: 2, value: 11 }), variant, STATES_MERGES);
    expect(cells(findings)).toEqual(['C6 outside-set']);
    expect(findings[0].message).toContain('Bộ tiêu chí xã NTM 2026–2030');
  });

  test('a lone "Số tiêu chí cơ bản đạt" of 11 in the 10-criterion set: an error at its cell', () => {
    expect(cells(found(basicOnly2027({ row: 4, value: 11 }), variant))).toEqual(['C5 outside-set']);
  });

  test('"bình quân tiêu chí/xã" above the set: an error at its cell', () => {
    const findings = found(averages2025({ row: 3, value: 19.5 }), variant);
    expect(cells(findings)).toEqual(['D4 outside-set']);
    expect(findings[0].message).toMatch(/bình quân 19,5 tiêu chí\/xã/);
  });
});

test('a bound is checked, never filled: "Chưa đạt" left blank gets the three states\' formula, a lone count none', () => {
  const rows = states2027();
  for (let r = 3; r < rows.length; r++) rows[r][4] = null;
  const { plan } = planFill({ name: 'kh.xlsx', sheets: [sheet('Tổng hợp', rows, { merges: STATES_MERGES })] }, {});
  expect(plan.writes.map((w) => `${w.col}:${w.formula}`)).toEqual(COMMUNES.map((_, i) => `4:=10-C${4 + i}-D${4 + i}`));
  const lone = basicOnly2027();
  lone[3][2] = null;
  expect(planFill({ name: 'kh.xlsx', sheets: [sheet('Tổng hợp', lone)] }, {}).plan.writes).toEqual([]);
});
