/**
 * A year's funding by what it is spent on, as provincial plans lay it out: "TT | Nội dung | Tổng cộng |
 * Trong đó: Ngân sách trung ương | Ngân sách địa phương | Tỷ lệ đối ứng NSĐP/NSTW (%)", "TỔNG CỘNG (A+B)"
 * on top, sections A (đầu tư phát triển) and B (sự nghiệp) with their own sums. The contents add up like
 * projects (their sums are the table's, not a guess: a wrong section sum is an error, and blank sums are
 * filled); the ratio is the two budgets its title names, on each row — not a share of the grand total.
 * Clean says nothing; one changed figure is an error at its cell; the budgets in either order, and every
 * spelling, give the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

type Item = [string, string, number, number];
const SECTIONS: [string, string, Item[]][] = [
  ['A', 'Vốn đầu tư phát triển', [['1', 'Hạ tầng giao thông nông thôn', 48200, 14460], ['2', 'Hạ tầng thủy lợi, cấp nước sinh hoạt', 31500, 9450], ['3', 'Trường học, trạm y tế, nhà văn hóa xã', 27300, 10920]]],
  ['B', 'Vốn sự nghiệp', [['1', 'Phát triển sản xuất, chương trình OCOP', 9600, 2880], ['2', 'Đào tạo nghề, nâng cao năng lực', 4200, 1260], ['3', 'Chuyển đổi số', 3150, 1575]]],
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ratio = (local: number, central: number) => Math.round((local / central) * 1000) / 10;

type Change = { row: number; col: 'total' | 'central' | 'local' | 'ratio'; by: number };
/** Rows in order: the grand total, then each section's sum and its items. */
function lines(): { tt: string | null; name: string; central: number; local: number }[] {
  const out: { tt: string | null; name: string; central: number; local: number }[] = [];
  const all = SECTIONS.flatMap(([, , items]) => items);
  out.push({ tt: null, name: 'TỔNG CỘNG (A+B)', central: sum(all.map((i) => i[2])), local: sum(all.map((i) => i[3])) });
  for (const [tt, name, items] of SECTIONS) {
    out.push({ tt, name, central: sum(items.map((i) => i[2])), local: sum(items.map((i) => i[3])) });
    for (const [itt, iname, central, local] of items) out.push({ tt: itt, name: iname, central, local });
  }
  return out;
}

function funding(o: { swapped?: boolean; change?: Change; blank?: boolean } = {}): { book: WorkbookSnapshot; cell: (row: number, col: Change['col']) => string } {
  const cols = { total: 2, central: o.swapped ? 4 : 3, local: o.swapped ? 3 : 4, ratio: 5 };
  const head: CellValue[] = ['TT', 'Nội dung', 'Tổng cộng', 'Trong đó', null, 'Tỷ lệ đối ứng NSĐP/NSTW (%)', 'Ghi chú'];
  const sub: CellValue[] = [null, null, null, null, null, null, null];
  sub[cols.central] = 'Ngân sách trung ương'; sub[cols.local] = 'Ngân sách địa phương';
  const rows: CellValue[][] = [['KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'], [null, null, null, null, null, 'ĐVT: Triệu đồng'], head, sub];
  lines().forEach((line, i) => {
    const sums = i === 0 || line.tt === 'A' || line.tt === 'B';
    const value = (col: Change['col'], v: number) => (o.change?.row === i && o.change.col === col ? v + o.change.by : v);
    const row: CellValue[] = [line.tt, line.name, null, null, null, null, null];
    row[cols.total] = o.blank ? null : value('total', line.central + line.local);
    row[cols.central] = o.blank && sums ? null : value('central', line.central);
    row[cols.local] = o.blank && sums ? null : value('local', line.local);
    row[cols.ratio] = o.blank ? null : value('ratio', ratio(line.local, line.central));
    rows.push(row);
  });
  const book = { name: 'von.xlsx', sheets: [sheet('Von 2027', rows, { merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4'] })] };
  return { book, cell: (row, col) => a1(4 + row, cols[col]) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);
const errorsAt = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => i.cell);

describe.each([['central budget first', false], ['local budget first', true]])('%s', (_name, swapped) => {
  test('clean: nothing to say', () => {
    expect(notInfo(funding({ swapped }).book)).toEqual([]);
  });
  test('an item\'s ratio changed: one error, at its cell', () => {
    const { book, cell } = funding({ swapped, change: { row: 3, col: 'ratio', by: 6 } });
    expect(notInfo(book)).toEqual([`${cell(3, 'ratio')} relation-mismatch error`]);
  });
  test('a section\'s central budget changed: an error at its cell (its sum is the table\'s, not a guess)', () => {
    const { book, cell } = funding({ swapped, change: { row: 5, col: 'central', by: 1000 } });
    expect(errorsAt(book)).toContain(cell(5, 'central'));
    expect(notInfo(book).filter((f) => / warning$/.test(f))).toEqual([]);
  });
  test('blank totals, sums and ratios are filled', () => {
    const { book, cell } = funding({ swapped, blank: true });
    const writes = new Map(cellWrites(planFill(book, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w.value]));
    lines().forEach((line, i) => {
      expect(writes.get(cell(i, 'total'))).toBe(line.central + line.local);
      expect(Math.abs((writes.get(cell(i, 'ratio')) as number) - (line.local / line.central) * 100)).toBeLessThan(0.051);
    });
    expect(writes.get(cell(0, 'central'))).toBe(lines()[0].central);
    expect(writes.get(cell(1, 'local'))).toBe(lines()[1].local);
  });
});

test('the budgets in either order give the same findings', () => {
  for (const change of [undefined, { row: 2, col: 'ratio' as const, by: -4 }, { row: 6, col: 'total' as const, by: 500 }]) {
    expect(findingsOf(funding({ swapped: true, change }).book).map((f) => f.replace(/![A-Z]+/, '!'))).toEqual(findingsOf(funding({ change }).book).map((f) => f.replace(/![A-Z]+/, '!')));
  }
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [funding(), funding({ change: { row: 3, col: 'ratio', by: 6 } })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});

/**
 * The same money by year ("Năm | Tổng số | Ngân sách trung ương | Ngân sách địa phương | Vốn lồng ghép",
 * "Tổng giai đoạn 2026 - 2030" over "Năm 2026" … "Năm 2030"): each year's money adds up to the period's —
 * a wrong period total is an error (it was read as one more year: nothing checked), blank ones are filled.
 */
const YEARS: number[][] = [[820.4, 610.2, 1450.0], [760.9, 640.5, 1388.3], [901.2, 598.8, 1502.6], [845.0, 655.1, 1421.9], [792.3, 612.4, 1477.0]];
const r1 = (x: number) => Math.round(x * 10) / 10;
function byYear(o: { label?: string; change?: { col: number; by: number }; blank?: boolean } = {}): WorkbookSnapshot {
  const period = [0, 1, 2].map((j) => r1(sum(YEARS.map((y) => y[j]))));
  const rows: CellValue[][] = [
    ['DỰ KIẾN NGUỒN VỐN THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2026 - 2030'], [null, null, null, null, 'ĐVT: tỷ đồng'],
    ['TT', 'Năm', 'Tổng số', 'Ngân sách trung ương', 'Ngân sách địa phương', 'Vốn lồng ghép'],
    [null, o.label ?? 'Tổng giai đoạn 2026 - 2030', o.blank ? null : r1(sum(period)), ...period.map((x, j) => (o.blank ? null : r1(x + (o.change?.col === j ? o.change.by : 0))))],
    ...YEARS.map((y, i): CellValue[] => [i + 1, `Năm ${2026 + i}`, r1(sum(y)), ...y]),
  ];
  return { name: 'von-5-nam.xlsx', sheets: [sheet('Von 5 nam', rows, { merges: ['A1:F1'] })] };
}

describe.each(['Tổng giai đoạn 2026 - 2030', 'Cộng cả giai đoạn', 'Tổng 5 năm 2026-2030'])('"%s" over the years', (label) => {
  test('clean: nothing to say', () => {
    expect(notInfo(byYear({ label }))).toEqual([]);
  });
  test('the period\'s central budget changed: an error at it', () => {
    expect(errorsAt(byYear({ label, change: { col: 0, by: 100 } }))).toContain('D4');
    expect(notInfo(byYear({ label, change: { col: 0, by: 100 } })).filter((f) => / warning$/.test(f))).toEqual([]);
  });
  test('blank period totals are filled with the years\' sums', () => {
    const writes = new Map(cellWrites(planFill(byYear({ label, blank: true }), {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w.value]));
    [0, 1, 2].forEach((j) => expect(Math.abs((writes.get(a1(3, 3 + j)) as number) - sum(YEARS.map((y) => y[j])))).toBeLessThan(0.051));
  });
});
