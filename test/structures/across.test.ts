/**
 * Criteria across the top: what is counted runs down the rows (met by the end of last year, added
 * this year, the year end, its share) or the years do (Hiện trạng, Năm 2026 … Năm 2030, what the
 * period adds, the share in 2030). The per-criterion rules hold between rows as between columns:
 * clean tables say nothing; one changed figure is an error at its cell; blanks are filled.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const COMMUNES = 96;
const BASELINE = [83, 41, 35, 71, 44, 39, 70, 27, 46, 27];
const ADDED = [2, 8, 9, 3, 2, 7, 6, 0, 2, 11];
const NAMES = ['Quy hoạch', 'Hạ tầng KT-XH', 'Phát triển kinh tế', 'Đào tạo nguồn nhân lực', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo, an sinh', 'KHCN và chuyển đổi số', 'Môi trường, cảnh quan', 'Hệ thống chính trị, HCC', 'Pháp luật, ANQP'];
const end = (k: number) => BASELINE[k] + ADDED[k];
const share = (k: number) => Math.round((end(k) / COMMUNES) * 1000) / 10;

type Layout = { heads: 'two rows' | 'TC n' | 'group' | 'names'; blank?: 'end' | 'share' };
/** The criteria's full names as the 2026-2030 set gives them, for a header of names only. */
const FULL = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
function targetsAcross(layout: Layout, change?: { row: 'end' | 'share'; k: number; by: number }) {
  const heads: CellValue[][] = layout.heads === 'two rows'
    ? [['TT', 'Nội dung', ...NAMES.map((_, k) => `Tiêu chí ${k + 1}`)], [null, null, ...NAMES]]
    : layout.heads === 'names' ? [['TT', 'Nội dung', ...FULL]]
    : layout.heads === 'group' ? [['TT', 'Nội dung', 'Tiêu chí', ...NAMES.slice(1).map(() => null)], [null, null, ...NAMES.map((_, k) => k + 1)]]
    : [['TT', 'Nội dung', ...NAMES.map((_, k) => `TC ${k + 1}`)]];
  const figures = (what: 'end' | 'share', f: (k: number) => number): CellValue[] => NAMES.map((_, k) => (layout.blank === what ? null : f(k) + (change?.row === what && change.k === k ? change.by : 0)));
  const rows: CellValue[][] = [
    ['CHỈ TIÊU SỐ XÃ ĐẠT TỪNG TIÊU CHÍ NÔNG THÔN MỚI NĂM 2027'],
    [`Tổng số xã: ${COMMUNES}`],
    ...heads,
    ['1', 'Số xã đạt đến 31/12/2026', ...BASELINE],
    ['2', 'Số xã phấn đấu đạt thêm năm 2027', ...ADDED],
    ['3', 'Lũy kế số xã đạt đến 31/12/2027', ...figures('end', end)],
    ['4', 'Tỷ lệ xã đạt đến 31/12/2027 (%)', ...figures('share', share)],
  ];
  const first = 2 + heads.length;
  const merges = layout.heads === 'group' ? ['A3:A4', 'B3:B4', `C3:${a1(2, 1 + NAMES.length)}`] : [];
  return { snapshot: sheet('Chỉ tiêu theo TC', rows, { merges }), cell: (what: 'end' | 'share', k: number) => a1(first + (what === 'end' ? 2 : 3), 2 + k) };
}

const YEARS = [2026, 2027, 2028, 2029, 2030];
const START = [114, 94, 54, 50, 57, 44, 73, 70, 69, 34];
const reached = (k: number, y: number) => START[k] + Math.min(124 - START[k], (k % 4 + 1) * (y + 1));
function roadmap(change?: { k: number; by: number }) {
  const rows: CellValue[][] = [
    ['LỘ TRÌNH SỐ XÃ ĐẠT CÁC TIÊU CHÍ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030'],
    ['(Tổng số xã: 124 xã)'],
    ['TT', 'Năm', ...NAMES.map((_, k) => `TC ${k + 1}`)],
    [null, 'Hiện trạng (31/12/2025)', ...START],
    ...YEARS.map((year, y): CellValue[] => [y + 1, `Năm ${year}`, ...START.map((_, k) => reached(k, y))]),
    [null, 'Tăng thêm giai đoạn 2026-2030', ...START.map((s, k) => reached(k, 4) - s + (change?.k === k ? change.by : 0))],
  ];
  return { snapshot: sheet('Lộ trình', rows), cell: (k: number) => a1(9, 2 + k) };
}

const errorsOf = (snapshot: ReturnType<typeof sheet>) => checkWorkbook({ name: 'bieu.xlsx', sheets: [snapshot] }, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code}`);

describe.each([['two header rows (Tiêu chí n over its name)', 'two rows'], ['one header row (TC n)', 'TC n'], ['"Tiêu chí" merged over the numbers 1 … 10', 'group'], ['the criteria\'s names only', 'names']] as const)('targets with %s', (_name, heads) => {
  test('clean: nothing to say', () => {
    expect(errorsOf(targetsAcross({ heads }).snapshot)).toEqual([]);
  });
  test('criterion 7\'s share typed 81,3 (76/96 = 79,2): an error at its cell', () => {
    const { snapshot, cell } = targetsAcross({ heads }, { row: 'share', k: 6, by: 2.1 });
    expect(errorsOf(snapshot)).toEqual([`${cell('share', 6)} percent-mismatch`]);
  });
  test('criterion 3\'s year end one too many: an error at it (its share follows the typed figure)', () => {
    const { snapshot, cell } = targetsAcross({ heads }, { row: 'end', k: 2, by: 1 });
    expect(errorsOf(snapshot)).toContain(`${cell('end', 2)} relation-mismatch`);
  });
  test.each(['end', 'share'] as const)('a blank %s row is filled with formulas, one per criterion, to the plan\'s numbers', (blank) => {
    const { snapshot, cell } = targetsAcross({ heads, blank });
    const writes = new Map(cellWrites(planFill({ name: 'bieu.xlsx', sheets: [snapshot] }, {}).plan).map((w) => [w.cell, w]));
    NAMES.forEach((_, k) => {
      const write = writes.get(`Chỉ tiêu theo TC!${cell(blank, k)}`) ?? writes.get(cell(blank, k));
      expect(write?.formula).toMatch(/^=/);
      expect(write?.value).toBeCloseTo(blank === 'end' ? end(k) : (end(k) / COMMUNES) * 100, 6);
    });
  });
});

test('years down, criteria across: what the period adds is its last year less the start', () => {
  expect(errorsOf(roadmap().snapshot)).toEqual([]);
  const { snapshot, cell } = roadmap({ k: 2, by: 3 });
  expect(errorsOf(snapshot)).toEqual([`${cell(2)} relation-mismatch`]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings, on the clean table and on the faulty one', () => {
    const books = [targetsAcross({ heads: 'two rows' }).snapshot, roadmap().snapshot, targetsAcross({ heads: 'TC n' }, { row: 'end', k: 2, by: 1 }).snapshot, roadmap({ k: 2, by: 3 }).snapshot, targetsAcross({ heads: 'two rows' }, { row: 'share', k: 6, by: 2.1 }).snapshot, targetsAcross({ heads: 'group' }, { row: 'share', k: 6, by: 2.1 }).snapshot, targetsAcross({ heads: 'names' }, { row: 'end', k: 4, by: 2 }).snapshot].map((snapshot) => ({ name: 'bieu.xlsx', sheets: [snapshot] }));
    expect(findingsOf(books[books.length - 1]).some((f) => / error$/.test(f))).toBe(true);
    for (const book of books) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
