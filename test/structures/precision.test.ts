/**
 * A typed number is as precise as its column shows it: among shares typed with one decimal ("13,5",
 * "12,7"), a "14" stands for 14,0 (±0,05), not for anything from 13,5 to 14,5. A number with a format
 * of its own keeps it; a column of whole numbers keeps the half-unit of a whole number.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

/** Households and poor households of six communes; their shares in percent with one decimal. */
const COMMUNES: [string, number, number][] = [
  ['Xã Tân Hòa', 1200, 162], ['Xã Phú Lộc', 950, 131], ['Xã Bình An', 1400, 189],
  ['Xã Đông Sơn', 800, 112], ['Xã Mỹ Thạnh', 1000, 127], ['Xã Long Hưng', 700, 86],
];
const shareOf = (poor: number, households: number, digits: number) => Math.round((poor / households) * 100 * 10 ** digits) / 10 ** digits;

function workbook(options: { digits: number; typed?: { row: number; value: CellValue }; formats?: Record<string, string>; asText?: boolean }) {
  const rows: CellValue[][] = [
    ['TỶ LỆ HỘ NGHÈO ĐA CHIỀU CÁC XÃ NĂM 2026'],
    ['TT', 'Tên xã', 'Tổng số hộ', 'Số hộ nghèo', 'Tỷ lệ hộ nghèo (%)'],
    ['(1)', '(2)', '(3)', '(4)', '(5)=(4)/(3)*100'],
    ...COMMUNES.map(([name, households, poor], i): CellValue[] => {
      const share = shareOf(poor, households, options.digits);
      const value = options.typed?.row === i ? options.typed.value : share;
      return [i + 1, name, households, poor, options.asText && typeof value === 'number' ? String(value).replace('.', ',') : value];
    }),
  ];
  return { name: 'ho-ngheo.xlsx', sheets: [sheet('Hộ nghèo', rows, { formats: options.formats })] };
}

const errorsOf = (options: Parameters<typeof workbook>[0]) =>
  checkWorkbook(workbook(options), {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.cell}`);

describe('precision from the column', () => {
  test('shares typed with one decimal, all right: nothing to say', () => {
    expect(COMMUNES.map(([, h, p]) => shareOf(p, h, 1))).toEqual([13.5, 13.8, 13.5, 14, 12.7, 12.3]);
    expect(errorsOf({ digits: 1 })).toEqual([]);
  });

  test('"14" for 13,5 among one-decimal shares: an error at its cell', () => {
    // Bình An: 189 / 1400 = 13,5 %; "14" would pass at a whole number's precision (13,5–14,5) but not at one decimal.
    expect(errorsOf({ digits: 1, typed: { row: 2, value: 14 } })).toEqual(['percent-mismatch@E6']);
    expect(errorsOf({ digits: 1, typed: { row: 2, value: '14' }, asText: true })).toEqual(['percent-mismatch@E6']);
  });

  test('the same in texts typed the Vietnamese way ("13,5")', () => {
    expect(errorsOf({ digits: 1, asText: true })).toEqual([]);
    expect(errorsOf({ digits: 1, asText: true, typed: { row: 2, value: 14 } })).toEqual(['percent-mismatch@E6']);
  });

  test('a column of whole percents keeps the half-unit of a whole number', () => {
    expect(COMMUNES.map(([, h, p]) => shareOf(p, h, 0))).toEqual([14, 14, 14, 14, 13, 12]);
    expect(errorsOf({ digits: 0 })).toEqual([]);
  });

  test('a cell with a whole-number format of its own shows 14: its own precision holds', () => {
    expect(errorsOf({ digits: 1, typed: { row: 2, value: 13.5 }, formats: { E6: '0' } })).toEqual([]);
    expect(errorsOf({ digits: 1, typed: { row: 2, value: 14 }, formats: { E6: '0' } })).toEqual([]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings, on the clean table and on the faulty one', () => {
    const books = [workbook({ digits: 1 }).sheets[0], workbook({ digits: 1, typed: { row: 2, value: 14 } }).sheets[0]].map((snapshot) => ({ name: 'bieu.xlsx', sheets: [snapshot] }));
    expect(findingsOf(books[books.length - 1]).some((f) => / error$/.test(f))).toBe(true);
    for (const book of books) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
