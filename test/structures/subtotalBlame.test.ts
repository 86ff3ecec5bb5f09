/**
 * A subtotal typed wrong is blamed once, at the subtotal: the totals over it equal the sum of the leaves,
 * so they are right (26i's i19 and i36, where the grand total and the row's "Tổng cộng" were reported
 * too). A wrong leaf is blamed at the sum it breaks, or at itself when it breaks two totals alike (a
 * row's and a column's; in a roll-up its group's sum and its own row's year end), and two faults are
 * both said.
 *
 * Layouts: projects × nested source groups ("Vốn ngân sách nhà nước: Tổng, NSTW, NSĐP | Vốn ngoài ngân
 * sách: Tổng, …"), totals on top or at the bottom; a funding list in sections I, II with "Trong đó"
 * lines; communes by group ("Xã nhóm 1 …" rows over their communes, "Toàn tỉnh" over the groups); and
 * each in its typed variants.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const errorsOf = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.code}`);
const loud = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

// ---------------------------------------------------------------------------------------------------- nested groups
const PROJECTS: [string, number[]][] = [
  ['Đường giao thông liên thôn', [2666, 772, 312, 1211, 190]],
  ['Nhà văn hóa thôn', [2670, 1236, 517, 1542, 379]],
  ['Trường mầm non', [2295, 1338, 417, 1076, 236]],
  ['Kênh mương nội đồng', [3524, 617, 400, 1490, 340]],
];
type Typo = { project: number; col: number; by: number };
/** Columns C.. : Tổng cộng, NSNN Tổng, NSTW, NSĐP, Ngoài NS Tổng, Lồng ghép, Tín dụng, Huy động. */
function nested(o: { total: 'top' | 'bottom'; typos?: Typo[] }): WorkbookSnapshot {
  const line = (v: number[]) => { const ns = v[0] + v[1]; const out = v[2] + v[3] + v[4]; return [ns + out, ns, v[0], v[1], out, v[2], v[3], v[4]]; };
  const totals = [0, 1, 2, 3, 4].map((j) => PROJECTS.reduce((t, [, v]) => t + v[j], 0));
  const rows: CellValue[][] = [
    ['DANH MỤC CÔNG TRÌNH, DỰ ÁN ĐẦU TƯ NĂM 2027'],
    [null, null, null, null, null, null, null, null, null, 'ĐVT: triệu đồng'],
    ['TT', 'Danh mục công trình, dự án', 'Tổng cộng', 'Vốn ngân sách nhà nước', null, null, 'Vốn ngoài ngân sách', null, null, null],
    [null, null, null, 'Tổng', 'Ngân sách trung ương', 'Ngân sách địa phương', 'Tổng', 'Vốn lồng ghép', 'Vốn tín dụng', 'Huy động cộng đồng'],
  ];
  if (o.total === 'top') rows.push([null, 'Tổng cộng', ...line(totals)]);
  PROJECTS.forEach(([name, v], i) => rows.push([i + 1, name, ...line(v).map((x, j) => x + (o.typos ?? []).filter((t) => t.project === i && t.col === j).reduce((a, t) => a + t.by, 0))]));
  if (o.total === 'bottom') rows.push([null, 'Tổng cộng', ...line(totals)]);
  return { name: 'danh-muc.xlsx', sheets: [sheet('Danh muc', rows, { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:J3'] })] };
}
/** The cell of project i's column j (0 = Tổng cộng, C). */
const at = (total: 'top' | 'bottom', i: number, j: number) => a1(4 + (total === 'top' ? 1 : 0) + i, 2 + j);

describe.each(['top', 'bottom'] as const)('projects × nested source groups, total at the %s', (total) => {
  test('clean: nothing to say', () => {
    expect(loud(nested({ total }))).toEqual([]);
  });
  test('a project\'s "Tổng" of the money outside the budget typed 500 over its parts: one error, at it (26i\'s i36)', () => {
    expect(errorsOf(nested({ total, typos: [{ project: 1, col: 4, by: 500 }] }))).toEqual([`${at(total, 1, 4)} total-mismatch`]);
  });
  test('a project\'s state-budget "Tổng" typed off: one error, at it', () => {
    expect(errorsOf(nested({ total, typos: [{ project: 2, col: 1, by: -300 }] }))).toEqual([`${at(total, 2, 1)} total-mismatch`]);
  });
  test('a leaf (one source of one project) typed off: at the leaf, as its row\'s and its column\'s totals agree', () => {
    expect(errorsOf(nested({ total, typos: [{ project: 0, col: 6, by: 90 }] }))).toEqual([`${at(total, 0, 6)} shared-part`]);
  });
  test('a subtotal and, elsewhere, a leaf typed off: both said', () => {
    const errors = errorsOf(nested({ total, typos: [{ project: 1, col: 4, by: 500 }, { project: 3, col: 2, by: 70 }] }));
    expect(errors).toEqual(expect.arrayContaining([`${at(total, 1, 4)} total-mismatch`, `${at(total, 3, 2)} shared-part`]));
    expect(errors).toHaveLength(2);
  });
  test('a subtotal typed off and the grand total over it typed off too: both said', () => {
    const book = nested({ total, typos: [{ project: 1, col: 4, by: 500 }] });
    const sheet0 = book.sheets[0];
    const totalRow = total === 'top' ? 4 : 4 + PROJECTS.length;
    const values = sheet0.values.map((row) => [...row]);
    values[totalRow][6] = (values[totalRow][6] as number) + 1000;
    const errors = errorsOf({ ...book, sheets: [{ ...sheet0, values }] });
    expect(errors).toContain(`${at(total, 1, 4)} total-mismatch`);
    expect(errors).toContain(`${a1(totalRow, 6)} total-mismatch`);
  });
});

// ---------------------------------------------------------------------------------------------------- sections I, II with "Trong đó"
/** Sections I (1 NSTW with "Trong đó: vốn sự nghiệp", 2 NSĐP), II (1, 2, 3); `wrong` adds to one row's amount by its label. */
function sections(o: { total: 'top' | 'bottom'; wrong?: Record<string, number> }): { book: WorkbookSnapshot; cell: (label: string) => string } {
  const items: [string, string, number, boolean?][] = [
    ['I', 'Vốn ngân sách nhà nước', 0], ['1', 'Ngân sách trung ương', 66077], ['', 'Trong đó: vốn sự nghiệp', 17862, true], ['2', 'Ngân sách địa phương', 40377],
    ['II', 'Vốn ngoài ngân sách', 0], ['1', 'Vốn lồng ghép', 22410], ['2', 'Vốn tín dụng', 61000], ['3', 'Nhân dân đóng góp', 5120],
  ];
  items[0][2] = items[1][2] + items[3][2];
  items[4][2] = items[5][2] + items[6][2] + items[7][2];
  const grand = items[0][2] + items[4][2];
  const rows: CellValue[][] = [['KẾ HOẠCH VỐN NĂM 2027'], [null, null, 'ĐVT: triệu đồng'], ['TT', 'Nguồn vốn', 'Kế hoạch năm 2027']];
  const where = new Map<string, string>();
  const put = (tt: string, label: string, amount: number) => { where.set(label, a1(rows.length, 2)); rows.push([tt, label, amount + (o.wrong?.[label] ?? 0)]); };
  if (o.total === 'top') put('', 'Tổng cộng', grand);
  for (const [tt, label, amount] of items) put(tt, label, amount);
  if (o.total === 'bottom') put('', 'Tổng cộng', grand);
  return { book: { name: 'von.xlsx', sheets: [sheet('Nguon von', rows)] }, cell: (label) => where.get(label)! };
}

describe.each(['top', 'bottom'] as const)('sections I, II with "Trong đó", total at the %s', (total) => {
  test('clean: nothing to say', () => {
    expect(loud(sections({ total }).book)).toEqual([]);
  });
  test.each(['Vốn ngân sách nhà nước', 'Vốn ngoài ngân sách'])('section "%s" typed off: one error, at it', (label) => {
    const { book, cell } = sections({ total, wrong: { [label]: 1000 } });
    expect(errorsOf(book)).toEqual([`${cell(label)} total-mismatch`]);
  });
  test('a leaf typed off: blamed on the section it breaks, as before', () => {
    const { book, cell } = sections({ total, wrong: { 'Vốn tín dụng': 400 } });
    expect(errorsOf(book)).toEqual([`${cell('Vốn ngoài ngân sách')} total-mismatch`]);
  });
  test('a section and the total typed off: both said', () => {
    const { book, cell } = sections({ total, wrong: { 'Vốn ngân sách nhà nước': 1000, 'Tổng cộng': 250 } });
    expect(errorsOf(book).sort()).toEqual([`${cell('Vốn ngân sách nhà nước')} total-mismatch`, `${cell('Tổng cộng')} total-mismatch`].sort());
  });
  test('both sections typed off: both said, the total over them right by its leaves', () => {
    const { book, cell } = sections({ total, wrong: { 'Vốn ngân sách nhà nước': 1000, 'Vốn ngoài ngân sách': -200 } });
    expect(errorsOf(book).sort()).toEqual([`${cell('Vốn ngân sách nhà nước')} total-mismatch`, `${cell('Vốn ngoài ngân sách')} total-mismatch`].sort());
  });
});

// ---------------------------------------------------------------------------------------------------- communes by group
const GROUPS: [string, [string, number, number, number][]][] = [
  ['Xã nhóm 1', [['Xã Yên Hòa', 1, 9, 1], ['Xã Tân Dân', 1, 8, 2]]],
  ['Xã nhóm 2', [['Xã Trung Sơn', 1, 7, 1], ['Xã Phúc Thịnh', 1, 6, 2], ['Xã An Lạc', 1, 5, 1]]],
  ['Xã nhóm 3', [['Xã Lam Hồng', 1, 4, 1], ['Xã Nam Cường', 1, 3, 2]]],
];
/** Communes under their group's row (I, II, III), the province's row over the groups: Số xã | TC đạt 2026 | đạt thêm 2027 | lũy kế. */
function byGroup(o: { total: 'top' | 'bottom'; wrong?: { label: string; col: number; by: number }[] }): { book: WorkbookSnapshot; cell: (label: string, col: number) => string } {
  const rows: CellValue[][] = [['SỐ TIÊU CHÍ ĐẠT CỦA CÁC XÃ THEO NHÓM NĂM 2027'], ['TT', 'Đơn vị', 'Số xã', 'Số tiêu chí đạt đến hết năm 2026', 'Số tiêu chí đạt thêm năm 2027', 'Số tiêu chí đạt đến cuối năm 2027']];
  const where = new Map<string, number>();
  const sumOf = (list: [string, number, number, number][], k: number) => list.reduce((t, c) => t + (c[k] as number), 0);
  const put = (tt: string, label: string, v: number[]) => {
    where.set(label, rows.length);
    const typed = v.map((x, j) => x + (o.wrong ?? []).filter((w) => w.label === label && w.col === 2 + j).reduce((a, w) => a + w.by, 0));
    rows.push([tt, label, typed[0], typed[1], typed[2], v[1] + v[2] + (o.wrong ?? []).filter((w) => w.label === label && w.col === 5).reduce((a, w) => a + w.by, 0)]);
  };
  const all = GROUPS.flatMap(([, list]) => list);
  if (o.total === 'top') put('', 'Toàn tỉnh', [1, 2, 3].map((k) => sumOf(all, k)));
  GROUPS.forEach(([group, list], g) => {
    put(['I', 'II', 'III'][g], group, [1, 2, 3].map((k) => sumOf(list, k)));
    list.forEach(([name, ...v], i) => put(String(i + 1), name, v));
  });
  if (o.total === 'bottom') put('', 'Toàn tỉnh', [1, 2, 3].map((k) => sumOf(all, k)));
  return { book: { name: 'nhom.xlsx', sheets: [sheet('Theo nhom', rows)] }, cell: (label, col) => a1(where.get(label)!, col) };
}

describe.each(['top', 'bottom'] as const)('communes under their groups, the province at the %s', (total) => {
  test('clean: nothing to say', () => {
    expect(loud(byGroup({ total }).book)).toEqual([]);
  });
  test('a group\'s criteria met typed off: one error, at the group', () => {
    const { book, cell } = byGroup({ total, wrong: [{ label: 'Xã nhóm 2', col: 3, by: 5 }] });
    expect(errorsOf(book).map((e) => e.split(' ')[0])).toEqual([cell('Xã nhóm 2', 3)]);
  });
  test('a group\'s number of communes typed off: one error, at the group', () => {
    const { book, cell } = byGroup({ total, wrong: [{ label: 'Xã nhóm 1', col: 2, by: 3 }] });
    expect(errorsOf(book).map((e) => e.split(' ')[0])).toEqual([cell('Xã nhóm 1', 2)]);
  });
  test('a commune\'s criteria met typed off (a leaf): one error, at the leaf — its group\'s sum and its own year end are both off by it', () => {
    const { book, cell } = byGroup({ total, wrong: [{ label: 'Xã An Lạc', col: 3, by: 2 }] });
    expect(errorsOf(book)).toEqual([`${cell('Xã An Lạc', 3)} shared-part`]);
  });
  test('a group\'s criteria met and a commune\'s in another group typed off: both said', () => {
    const { book, cell } = byGroup({ total, wrong: [{ label: 'Xã nhóm 2', col: 3, by: 5 }, { label: 'Xã Lam Hồng', col: 4, by: 1 }] });
    const errors = errorsOf(book).map((e) => e.split(' ')[0]);
    expect(errors).toContain(cell('Xã nhóm 2', 3));
    expect(errors).toContain(cell('Xã Lam Hồng', 4));
    expect(errors).toHaveLength(2);
    expect(errors).not.toContain(cell('Toàn tỉnh', 3));
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    const books = [
      nested({ total: 'top', typos: [{ project: 1, col: 4, by: 500 }] }), nested({ total: 'bottom', typos: [{ project: 0, col: 1, by: 40 }] }),
      sections({ total: 'top', wrong: { 'Vốn ngân sách nhà nước': 1000 } }).book, sections({ total: 'bottom', wrong: { 'Vốn ngoài ngân sách': 300 } }).book,
      byGroup({ total: 'top', wrong: [{ label: 'Xã nhóm 2', col: 3, by: 5 }] }).book,
    ];
    for (const book of books) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
