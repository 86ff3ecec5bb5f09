/**
 * Communes by criteria met with their count alone, no share column ("Số xã hoàn thành 19 tiêu chí | 89",
 * "Số xã đạt từ 17 - 18 tiêu chí | 23", "Tổng cộng | 145"; Hưng Yên, 2/2018): a distribution, its bands
 * adding up to its total. Before, a single count column was too little for the targets reader and no
 * other reader took the table: it was reported unread and its total went unchecked.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { READ_CODES } from '../../src/domain/findings/codes';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const LAYOUTS: [string, string, [string, number][]][] = [
  ['19 criteria, "Số xã hoàn thành …"', 'MỨC ĐỘ ĐẠT TIÊU CHÍ NÔNG THÔN MỚI CỦA CÁC XÃ (ĐẾN THÁNG 02/2018)', [['Số xã hoàn thành 19 tiêu chí', 89], ['Số xã đạt từ 17 - 18 tiêu chí', 23], ['Số xã đạt từ 14 - 16 tiêu chí', 33]]],
  ['10 criteria, "Xã đạt …"', 'PHÂN LOẠI XÃ THEO SỐ TIÊU CHÍ ĐẠT CHUẨN NĂM 2026 (BỘ TIÊU CHÍ 2026 - 2030)', [['Xã đạt 10 tiêu chí', 14], ['Xã đạt từ 8 - 9 tiêu chí', 22], ['Xã đạt từ 5 - 7 tiêu chí', 19], ['Xã đạt dưới 5 tiêu chí', 7]]],
];

function bands(title: string, lines: [string, number][], totalBy = 0): WorkbookSnapshot {
  const total = lines.reduce((t, [, n]) => t + n, 0) + totalBy;
  const rows: CellValue[][] = [[title], [], ['TT', 'Nội dung', 'Số xã', 'Ghi chú'], ...lines.map(([label, n], i): CellValue[] => [String(i + 1), label, n]), ['', 'Tổng cộng', total]];
  return { name: 'muc-do.xlsx', sheets: [sheet('Muc do', rows)] };
}

describe.each(LAYOUTS)('%s', (_name, title, lines) => {
  test('clean: read, nothing to say', () => {
    const issues = checkWorkbook(bands(title, lines), {}, 'vi').issues;
    expect(issues.filter((i) => READ_CODES.includes(i.code)).map((i) => i.cell)).toEqual(['A3']);
    expect(findingsOf(bands(title, lines))).toEqual([]);
  });
  test('the total typed one more: one error, at the total', () => {
    expect(findingsOf(bands(title, lines, 1))).toEqual([`Muc do!C${4 + lines.length} total-mismatch error`]);
  });
  test.each(Object.keys(VARIANTS))('typed %s: the same findings', (variant) => {
    expect(findingsOf(variantOf(bands(title, lines, 1), variant))).toEqual(findingsOf(bands(title, lines, 1)));
  });
});
