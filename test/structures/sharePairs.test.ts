/**
 * A table with two counts, each followed by its share ("Số xã đạt chuẩn NTM (lũy kế) | Tỷ lệ (%) |
 * Số xã đạt chuẩn NTM nâng cao (lũy kế) | Tỷ lệ (%)"), years down the rows: each share divides its
 * own count (the nearest to its left), never the first count of the table. Clean says nothing; one
 * changed share is an error at its cell; the same without diacritics, in NFD and with numbers as text.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const COMMUNES = 112;
const YEARS = [2026, 2027, 2028, 2029, 2030];
const STANDARD = [64, 72, 81, 90, 100];
const ADVANCED = [12, 17, 23, 30, 38];
const share = (n: number) => Math.round((n / COMMUNES) * 1000) / 10;

function roadmap(change?: { which: 'standard' | 'advanced'; y: number; by: number }, blank = false): { book: WorkbookSnapshot; cell: (which: 'standard' | 'advanced', y: number) => string } {
  const typed = (which: 'standard' | 'advanced', y: number, n: number) => (blank ? null : share(n) + (change?.which === which && change.y === y ? change.by : 0));
  const rows: CellValue[][] = [
    ['LỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030'],
    [`(trên tổng số ${COMMUNES} xã của tỉnh)`],
    [],
    ['TT', 'Năm', 'Số xã đạt chuẩn NTM (lũy kế)', 'Tỷ lệ (%)', 'Số xã đạt chuẩn NTM nâng cao (lũy kế)', 'Tỷ lệ (%)'],
    ...YEARS.map((year, y): CellValue[] => [y + 1, `Năm ${year}`, STANDARD[y], typed('standard', y, STANDARD[y]), ADVANCED[y], typed('advanced', y, ADVANCED[y])]),
  ];
  const formats: Record<string, string> = {};
  YEARS.forEach((_, y) => { formats[a1(4 + y, 3)] = '0.0'; formats[a1(4 + y, 5)] = '0.0'; });
  return { book: { name: 'lo-trinh.xlsx', sheets: [sheet('Lo trinh', rows, { formats })] }, cell: (which, y) => a1(4 + y, which === 'standard' ? 3 : 5) };
}

const errorsOf = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.code}`);

test('clean: no error (each share is of its own count)', () => {
  expect(errorsOf(roadmap().book)).toEqual([]);
});

test.each([['standard', 2], ['advanced', 1]] as const)('the %s share of year %i changed: one error, at its cell', (which, y) => {
  const { book, cell } = roadmap({ which, y, by: 2 });
  expect(errorsOf(book)).toEqual([`${cell(which, y)} percent-mismatch`]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings as typed with diacritics and numbers', () => {
    for (const { book } of [roadmap(), roadmap({ which: 'advanced', y: 3, by: -1.5 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});

test('both share columns blank: filled with formulas, each over its own count', () => {
  const { book, cell } = roadmap(undefined, true);
  const writes = new Map(cellWrites(planFill(book, {}).plan).map((w) => [w.cell, w]));
  YEARS.forEach((_, y) => {
    for (const [which, counts] of [['standard', STANDARD], ['advanced', ADVANCED]] as const) {
      const write = writes.get(`Lo trinh!${cell(which, y)}`) ?? writes.get(cell(which, y));
      expect(write?.formula).toMatch(/^=/);
      expect(write?.value).toBeCloseTo((counts[y] / COMMUNES) * 100, 6);
    }
  });
});
