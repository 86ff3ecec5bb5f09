/**
 * Criteria met by commune group, each group's size stated only in its header, as the 2026–2030 tables
 * by group (Quyết định 51/2025/QĐ-TTg: xã nhóm 1, 2, 3) are laid out: "Toàn tỉnh (74 xã) | Xã nhóm 1 (12 xã)
 * | Xã nhóm 2 (40 xã) | Xã nhóm 3 (22 xã)", each over "Số xã đạt | Tỷ lệ (%)". Each share divides by the
 * communes its header states — there is no one number of communes for the sheet, and a missing-value
 * warning is not what such a table gets. Clean says nothing; one changed share is an error at its cell;
 * blank shares are filled over their own group; every wording and spelling gives the same findings. A
 * header stating how many communes REACHED something ("Xã đạt chuẩn (45 xã)") is no whole.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const SIZES = [74, 12, 40, 22];
const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const MET = [[11, 30, 12], [8, 20, 5], [12, 33, 9], [7, 18, 4], [10, 25, 11], [9, 31, 14], [6, 15, 3], [12, 36, 17], [11, 38, 20], [12, 40, 21]];
const counts = (k: number) => [MET[k][0] + MET[k][1] + MET[k][2], ...MET[k]];
const pct = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

const WORDINGS: string[][] = [
  ['Toàn tỉnh (74 xã)', 'Xã nhóm 1 (12 xã)', 'Xã nhóm 2 (40 xã)', 'Xã nhóm 3 (22 xã)'],
  ['Toàn tỉnh - 74 xã', 'Nhóm 1 - 12 xã', 'Nhóm 2 - 40 xã', 'Nhóm 3 - 22 xã'],
  ['Toàn tỉnh (74 xã)', 'Xã nhóm I (12 xã)', 'Xã nhóm II (40 xã)', 'Xã nhóm III (22 xã)'],
];

type Options = {
  change?: { k: number; group: number; by: number };
  blank?: boolean;
  /** A count typed wrong, its share either left as it was or (`follows`) computed from the wrong count. */
  count?: { k: number; group: number; by: number; follows?: boolean };
  /** The whole's counts left blank, for the fill. */
  blankWhole?: boolean;
  /** The groups first, the whole last. */
  wholeLast?: boolean;
};

function byGroup(heads: string[], o: Options = {}): { book: WorkbookSnapshot; cell: (k: number, group: number) => string; countCell: (k: number, group: number) => string } {
  const merges = ['A1:J1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:H3', 'I3:J3'];
  const order = o.wholeLast ? [1, 2, 3, 0] : [0, 1, 2, 3];
  const rows: CellValue[][] = [
    ['TỶ LỆ XÃ ĐẠT TỪNG TIÊU CHÍ THEO NHÓM XÃ ĐẾN 31/12/2026'],
    [],
    ['TT', 'Tiêu chí', ...order.flatMap((g) => [heads[g], null])],
    [null, null, 'Số xã đạt', 'Tỷ lệ (%)', 'Số xã đạt', 'Tỷ lệ (%)', 'Số xã đạt', 'Tỷ lệ (%)', 'Số xã đạt', 'Tỷ lệ (%)'],
    ...NAMES.map((name, k): CellValue[] => [k + 1, name, ...order.flatMap((g) => {
      const n = counts(k)[g];
      const typed = o.count?.k === k && o.count.group === g ? n + o.count.by : n;
      const share = o.blank ? null : pct(o.count?.follows ? typed : n, SIZES[g]) + (o.change?.k === k && o.change.group === g ? o.change.by : 0);
      return [o.blankWhole && g === 0 ? null : typed, share];
    })]),
  ];
  const at = (group: number) => 2 + 2 * order.indexOf(group);
  return { book: { name: 'nhom.xlsx', sheets: [sheet('Ty le theo nhom', rows, { merges })] }, cell: (k, group) => a1(4 + k, at(group) + 1), countCell: (k, group) => a1(4 + k, at(group)) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(WORDINGS.map((w) => [w[2], w]))('"%s" and its neighbours', (_head, heads) => {
  test('clean: each share over its own group, nothing to say', () => {
    expect(notInfo(byGroup(heads).book)).toEqual([]);
  });
  test('group 2\'s share of criterion 3 changed: one error, at its cell', () => {
    const { book, cell } = byGroup(heads, { change: { k: 2, group: 2, by: 7.5 } });
    expect(notInfo(book)).toEqual([`${cell(2, 2)} percent-mismatch error`]);
  });
  test('blank shares are filled over their own group', () => {
    const { book, cell } = byGroup(heads, { blank: true });
    const writes = new Map(cellWrites(planFill(book, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    NAMES.forEach((_, k) => counts(k).forEach((n, g) => {
      const value = writes.get(cell(k, g))?.value;
      expect(typeof value).toBe('number');
      expect(Math.abs((value as number) - (n / SIZES[g]) * 100)).toBeLessThan(0.051);
    }));
  });
});

test('every wording gives the same findings', () => {
  for (const change of [undefined, { k: 4, group: 1, by: -5 }]) {
    const found = WORDINGS.map((heads) => findingsOf(byGroup(heads, { change }).book));
    for (const f of found) expect(f).toEqual(found[0]);
  }
});

test('a header counting the communes that reached something is no whole: the shares divide by the table\'s communes', () => {
  const rows: CellValue[][] = [
    ['CHỈ TIÊU NĂM 2027'], ['Tổng số xã: 96 xã'], [],
    ['TT', 'Tiêu chí', 'Xã đạt chuẩn đến 31/12/2026 (45 xã)', null],
    [null, null, 'Số xã', 'Tỷ lệ (%)'],
    ...NAMES.map((name, k): CellValue[] => [k + 1, name, 40 + k, pct(40 + k, 96)]),
  ];
  expect(notInfo({ name: 'x.xlsx', sheets: [sheet('CT', rows, { merges: ['C4:D4'] })] })).toEqual([]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [byGroup(WORDINGS[0]), byGroup(WORDINGS[0], { change: { k: 0, group: 3, by: 3 } })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});

/**
 * The whole beside its groups ("Toàn tỉnh (74 xã)" = 12 + 40 + 22): on each row its count is the
 * groups' counts added up. A wrong count is said once, at itself — the whole's (its share right or
 * wrong with it), or a group's whose own share holds only with the count the sum leaves it; the fill
 * writes the whole's blank counts as the sum.
 */
describe.each(WORDINGS.flatMap((w) => [[`${w[2]}, the whole first`, w, false], [`${w[2]}, the whole last`, w, true]] as const))('%s', (_name, heads, wholeLast) => {
  test('the whole\'s count off by one, its share right for the groups: one error, at the count', () => {
    const { book, countCell } = byGroup(heads, { wholeLast, count: { k: 0, group: 0, by: 1 } });
    expect(notInfo(book)).toEqual([`${countCell(0, 0)} total-mismatch error`]);
  });
  test('the whole\'s count off by one, its share computed from it: one error, at the count', () => {
    const { book, countCell } = byGroup(heads, { wholeLast, count: { k: 5, group: 0, by: -1, follows: true } });
    expect(notInfo(book)).toEqual([`${countCell(5, 0)} total-mismatch error`]);
  });
  test('a group\'s count off by one, its share right: one error, at that count', () => {
    const { book, countCell } = byGroup(heads, { wholeLast, count: { k: 3, group: 2, by: 1 } });
    expect(notInfo(book)).toEqual([`${countCell(3, 2)} total-mismatch error`]);
  });
  test('blank counts of the whole are filled as the groups\' sum', () => {
    const { book, countCell } = byGroup(heads, { wholeLast, blankWhole: true });
    const writes = new Map(cellWrites(planFill(book, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    NAMES.forEach((_, k) => {
      const write = writes.get(countCell(k, 0));
      expect(write?.value).toBe(counts(k)[0]);
      expect(write?.formula).toMatch(/^=SUM\(/);
    });
  });
});

test('groups that do not add up to the whole they stand beside are no split of it: nothing is summed', () => {
  const heads = ['Toàn tỉnh (74 xã)', 'Xã nhóm 1 (12 xã)', 'Xã nhóm 2 (40 xã)', 'Trong đó: xã biên giới (22 xã)'];
  const { book } = byGroup(['Toàn tỉnh (80 xã)', ...heads.slice(1)], { count: { k: 0, group: 0, by: 1, follows: true } });
  expect(notInfo(book).filter((f) => f.includes('total-mismatch'))).toEqual([]);
});

describe.each(Object.keys(VARIANTS))('the whole and its groups typed %s', (variant) => {
  test('the same findings', () => {
    for (const count of [{ k: 0, group: 0, by: 1 }, { k: 3, group: 2, by: -2 }]) {
      const { book } = byGroup(WORDINGS[0], { count });
      expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
    }
  });
});
