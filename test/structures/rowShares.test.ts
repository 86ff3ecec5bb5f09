/**
 * A list of main indicators whose rows relate: "Tỷ lệ xã đạt chuẩn" is "Số xã đạt chuẩn" over "Tổng
 * số xã", in every column of figures, whether the share is typed in percent units beside "%" or as a
 * fraction under a percentage format, with a ĐVT column or without.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const FIGURES = { communes: [96, 96], met: [38, 45], villages: [1204, 1204], villagesMet: [412, 468] };
const share = (part: number, whole: number, fraction: boolean) => Math.round((part / whole) * (fraction ? 10000 : 1000)) / (fraction ? 10000 : 10);

function table(options: { unit: boolean; fraction: boolean; wrong?: boolean }) {
  const unit = (u: string): CellValue[] => (options.unit ? [u] : []);
  const shares = (part: number[], whole: number[], wrong = false): CellValue[] => part.map((p, i) => share(p, whole[i], options.fraction) + (wrong && i === 1 ? (options.fraction ? 0.01 : 1) : 0));
  const rows: CellValue[][] = [
    ['MỘT SỐ CHỈ TIÊU CHỦ YẾU VỀ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    ['TT', 'Chỉ tiêu', ...unit('ĐVT'), 'Thực hiện năm 2026', 'Kế hoạch năm 2027'],
    ['1', 'Tổng số xã', ...unit('xã'), ...FIGURES.communes],
    ['2', 'Số xã đạt chuẩn nông thôn mới', ...unit('xã'), ...FIGURES.met],
    ['3', options.unit ? 'Tỷ lệ xã đạt chuẩn nông thôn mới' : 'Tỷ lệ xã đạt chuẩn nông thôn mới (%)', ...unit('%'), ...shares(FIGURES.met, FIGURES.communes, options.wrong)],
    ['4', 'Tổng số thôn', ...unit('thôn'), ...FIGURES.villages],
    ['5', 'Số thôn đạt chuẩn nông thôn mới', ...unit('thôn'), ...FIGURES.villagesMet],
    ['6', 'Tỷ lệ thôn đạt chuẩn nông thôn mới', ...unit('%'), ...shares(FIGURES.villagesMet, FIGURES.villages)],
  ];
  const first = options.unit ? 'D' : 'C';
  const second = options.unit ? 'E' : 'D';
  const formats = options.fraction ? Object.fromEntries([5, 8].flatMap((r) => [[`${first}${r}`, '0.0%'], [`${second}${r}`, '0.0%']])) : undefined;
  return { snapshot: sheet('Chỉ tiêu chủ yếu', rows, { formats }), wrongCell: `${second}5` };
}

const errorsOf = (options: Parameters<typeof table>[0]) => {
  const { snapshot } = table(options);
  return checkWorkbook({ name: 'chi-tieu.xlsx', sheets: [snapshot] }, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => i.cell);
};

describe.each([
  ['a ĐVT column, percent units', { unit: true, fraction: false }],
  ['no ĐVT column, "(%)" in the label', { unit: false, fraction: false }],
  ['fractions under a percentage format', { unit: true, fraction: true }],
])('%s', (_name, options) => {
  test('clean: nothing to say', () => {
    expect(errorsOf(options)).toEqual([]);
  });
  test('the 2027 share of communes typed wrong: an error at its cell', () => {
    expect(errorsOf({ ...options, wrong: true })).toEqual([table(options).wrongCell]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings, on the clean table and on the faulty one', () => {
    const books = [table({ unit: true, fraction: false }).snapshot, table({ unit: false, fraction: true }).snapshot, table({ unit: true, fraction: false, wrong: true }).snapshot].map((snapshot) => ({ name: 'bieu.xlsx', sheets: [snapshot] }));
    expect(findingsOf(books[books.length - 1]).some((f) => / error$/.test(f))).toBe(true);
    for (const book of books) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
