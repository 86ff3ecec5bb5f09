/**
 * A column split into the columns after it, as statistical tables print it: "Tổng số | Chia ra: Xã
 * nhóm 1 | Xã nhóm 2 | Xã nhóm 3" (indicators down, with a ĐVT column), "Toàn tỉnh | Chia ra: …"
 * (communes by the number of criteria met, "Tổng số xã" on top), "Tổng cộng | Bao gồm: …". The column
 * before the split is the sum of the columns under it; "Xã nhóm 1" and "Toàn tỉnh" count communes,
 * they are no source of money ("xã", "tỉnh" budgets). Before: the indicators table was an unread table
 * (a warning on a clean table, and its sums unchecked), the distribution was read as a funding list of
 * one column, a wrong group count silent with exit 0; the fill wrote nothing.
 * Clean says nothing; one part typed wrong is an error at it (or at the total it breaks); the fill
 * writes the blank totals as sums; the same without diacritics, in NFD and with numbers as text.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
const GROUPS = ['Xã nhóm 1', 'Xã nhóm 2', 'Xã nhóm 3'];

const INDICATORS: [string, string, number[]][] = [
  ['Tổng số xã', 'xã', [18, 57, 34]],
  ['Số xã đạt chuẩn nông thôn mới đến 31/12/2026', 'xã', [11, 29, 6]],
  ['Số xã phấn đấu đạt chuẩn năm 2027', 'xã', [3, 6, 4]],
  ['Số thôn, bản', 'thôn', [164, 622, 398]],
  ['Số thôn đạt chuẩn nông thôn mới', 'thôn', [120, 389, 131]],
];
type Change = { i: number; j: number; by: number };

/** Indicators down: TT | Chỉ tiêu | ĐVT | Tổng số | Chia ra: groups | Ghi chú. */
function indicators(o: { split?: string; total?: string; change?: Change; blank?: boolean } = {}): { book: WorkbookSnapshot; part: (c: Change) => string; total: (i: number) => string } {
  const rows: CellValue[][] = [
    ['MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2027 CHIA THEO NHÓM XÃ'],
    [],
    ['TT', 'Chỉ tiêu', 'ĐVT', o.total ?? 'Tổng số', o.split ?? 'Chia ra', null, null, 'Ghi chú'],
    [null, null, null, null, ...GROUPS, null],
    ...INDICATORS.map(([label, unit, parts], i): CellValue[] => [i + 1, label, unit, o.blank ? null : sum(parts), ...parts.map((p, j) => p + (o.change?.i === i && o.change.j === j ? o.change.by : 0)), i === 3 ? 'Sau sắp xếp' : null]),
  ];
  const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4'];
  return { book: { name: 'chi-tieu.xlsx', sheets: [sheet('Chia theo nhom', rows, { merges })] }, part: (c) => a1(4 + c.i, 4 + c.j), total: (i) => a1(4 + i, 3) };
}

const BANDS: [string, number[]][] = [['Đạt 10 tiêu chí', [11, 29, 6]], ['Đạt từ 8 - 9 tiêu chí', [4, 15, 8]], ['Đạt từ 5 - 7 tiêu chí', [3, 10, 14]], ['Đạt từ 3 - 4 tiêu chí', [0, 3, 5]], ['Dưới 3 tiêu chí', [0, 0, 1]]];

/** Communes by criteria met: "Tổng số xã" on top, Toàn tỉnh | Chia ra: groups. */
function distribution(change?: Change): { book: WorkbookSnapshot; part: (c: Change) => string } {
  const N = [0, 1, 2].map((j) => sum(BANDS.map(([, p]) => p[j])));
  const rows: CellValue[][] = [
    ['PHÂN LOẠI XÃ THEO SỐ TIÊU CHÍ ĐẠT ĐẾN 31/12/2026'],
    [],
    ['TT', 'Nội dung', 'Toàn tỉnh', 'Chia ra', null, null],
    [null, null, null, ...GROUPS],
    [null, 'Tổng số xã', sum(N), ...N],
    ...BANDS.map(([label, parts], i): CellValue[] => [i + 1, label, sum(parts), ...parts.map((p, j) => p + (change?.i === i && change.j === j ? change.by : 0))]),
  ];
  const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'];
  return { book: { name: 'phan-loai.xlsx', sheets: [sheet('Phan loai', rows, { merges })] }, part: (c) => a1(5 + c.i, 3 + c.j) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);
const errors = (book: WorkbookSnapshot) => notInfo(book).filter((f) => f.endsWith(' error')).map((f) => f.split(' ')[0]);

describe.each([{ split: 'Chia ra', total: 'Tổng số' }, { split: 'Bao gồm', total: 'Tổng cộng' }, { split: 'Chia theo nhóm xã', total: 'Toàn tỉnh' }])('indicators: "$total | $split: …"', (words) => {
  test('clean: nothing to say, not even a warning (the table is read and its sums hold)', () => {
    const { book } = indicators(words);
    expect(notInfo(book)).toEqual([]);
    const read = checkWorkbook(book, {}, 'vi').issues.find((i) => i.code === 'table-read');
    expect(read?.params?.relations).toBe(INDICATORS.length);
  });
  test('villages met in group 2 typed 20 high: an error at it or at the total it breaks, nothing else', () => {
    const change = { i: 4, j: 1, by: 20 };
    const { book, part, total } = indicators({ ...words, change });
    const cells = errors(book);
    expect(cells.length).toBe(1);
    expect([part(change), total(4)]).toContain(cells[0]);
  });
  test('blank totals: the fill writes each as the sum of its parts', () => {
    const { book, total } = indicators({ ...words, blank: true });
    const writes = new Map(cellWrites(planFill(book, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    INDICATORS.forEach(([, , parts], i) => {
      const at = writes.get(total(i));
      expect(at?.value).toBe(sum(parts));
      expect(at?.formula).toMatch(/^=SUM\(/);
    });
  });
});

describe('communes by criteria met, split by group', () => {
  test('clean: nothing to say, not even a warning', () => {
    expect(notInfo(distribution().book)).toEqual([]);
  });
  test('group 3 at 5-7 criteria typed 3 high: one error, at it', () => {
    const change = { i: 2, j: 2, by: 3 };
    const { book, part } = distribution(change);
    expect(errors(book)).toEqual([part(change)]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const book of [indicators().book, indicators({ change: { i: 1, j: 0, by: 2 } }).book, distribution().book, distribution({ i: 0, j: 1, by: -4 }).book]) {
      expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
    }
  });
});
