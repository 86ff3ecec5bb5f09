/**
 * A table of counts by commune and criterion ("Số chỉ tiêu đạt" of each criterion, criteria named or
 * numbered across the header) is not an assignment of marks: its numbers are no invalid marks. Before,
 * every number from 2 up was an error. A marks table with one "2" typed among its marks still has it
 * said as an invalid mark. The same in every variant.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { variantOf, VARIANTS } from '../helpers/variants';

const NAMED = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Kinh tế', 'Nguồn nhân lực', 'Văn hóa', 'Y tế', 'Môi trường', 'Chuyển đổi số', 'An ninh, trật tự', 'Hệ thống chính trị'];
const NUMBERED = NAMED.map((_, i) => i + 1);
const COMMUNES = ['Xã Tân Lập', 'Xã Yên Bình', 'Xã Hòa An', 'Xã Kim Quan'];
/** Indicators met by commune i of criterion k: 2 to 6. */
const met = (i: number, k: number) => 2 + ((i * 3 + k * 5) % 5);

function counts(headers: CellValue[]): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['SỐ CHỈ TIÊU ĐẠT THEO TỪNG TIÊU CHÍ CỦA CÁC XÃ NĂM 2027'],
    ['TT', 'Tên xã', ...headers],
    ...COMMUNES.map((name, i) => [i + 1, name, ...headers.map((_, k) => met(i, k))]),
  ];
  return { name: 'so-chi-tieu.xlsx', sheets: [sheet('Chi tieu dat', rows)] };
}

function marks(typo: boolean): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['GIAO CHỈ TIÊU XÃ NÔNG THÔN MỚI NĂM 2027'],
    ['TT', 'Tên xã', ...NUMBERED],
    ...COMMUNES.map((name, i) => [i + 1, name, ...NUMBERED.map((_, k) => (typo && i === 1 && k === 3 ? 2 : (i + k) % 3 === 0 ? 'KH' : 'x'))]),
  ];
  return { name: 'giao.xlsx', sheets: [sheet('Giao', rows)] };
}

const inVariant = (book: WorkbookSnapshot, variant: string) => (variant === 'original' ? book : variantOf(book, variant));
const codesOf = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.map((i) => `${i.severity} ${i.code} ${i.cell ?? ''}`);

describe.each(['original', ...Object.keys(VARIANTS)])('counts by commune and criterion (%s)', (variant) => {
  test.each([['named', NAMED], ['numbered', NUMBERED]])('criteria %s across: no invalid status, no error', (_, headers) => {
    const found = codesOf(inVariant(counts(headers as CellValue[]), variant));
    expect(found.filter((f) => f.includes('invalid-status'))).toEqual([]);
    expect(found.filter((f) => f.startsWith('error'))).toEqual([]);
  });

  test('a marks table with one "2" among its marks: that cell is an invalid mark', () => {
    expect(codesOf(inVariant(marks(false), variant)).filter((f) => f.startsWith('error'))).toEqual([]);
    expect(codesOf(inVariant(marks(true), variant)).filter((f) => f.startsWith('error'))).toEqual(['error invalid-status F4']);
  });
});
