/**
 * A funding plan in parts A, B (C) above its numbered items, as provincial plans lay out their money:
 * "TỔNG CỘNG (A+B) | A. VỐN NGÂN SÁCH NHÀ NƯỚC | 1 Ngân sách trung ương | - Vốn đầu tư phát triển | -
 * Vốn sự nghiệp | 2 Ngân sách địa phương | … | B. VỐN NGOÀI NGÂN SÁCH | 1 Vốn lồng ghép | …". The
 * letters are the outer level: the total adds A and B, A adds its 1 and 2, 1 adds its dashes. Before,
 * "A" and "1" were one level and the total was said to be twice what it is (a false error on a clean
 * table, the wrong A missed). A lone "C" is the third part, never the roman hundred.
 * Clean says nothing; A typed wrong is an error at A; the same without diacritics, in NFD, numbers as text.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { markerOf } from '../../src/domain/text/bullets';
import { isTotalsLabel } from '../../src/domain/text/vocabulary';
import { fold } from '../../src/domain/text/fold';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const sum = (xs: number[]) => round3(xs.reduce((t, x) => t + x, 0));

type Part = { tt: string; label: string; items: { label: string; kids?: [string, number][]; amount?: number }[] };
const PARTS: Part[] = [
  { tt: 'A', label: 'VỐN NGÂN SÁCH NHÀ NƯỚC', items: [
    { label: 'Ngân sách trung ương', kids: [['Vốn đầu tư phát triển', 48215.5], ['Vốn sự nghiệp', 17862.125]] },
    { label: 'Ngân sách địa phương', kids: [['Ngân sách tỉnh', 30500], ['Ngân sách cấp xã', 9877.45]] },
  ] },
  { tt: 'B', label: 'VỐN NGOÀI NGÂN SÁCH', items: [{ label: 'Vốn lồng ghép', amount: 22410.8 }, { label: 'Vốn tín dụng', amount: 61000 }, { label: 'Vốn doanh nghiệp, hợp tác xã', amount: 8350.2 }] },
  { tt: 'C', label: 'VỐN HUY ĐỘNG CỘNG ĐỒNG', items: [{ label: 'Nhân dân đóng góp tiền', amount: 5120.75 }, { label: 'Nhân dân đóng góp ngày công', amount: 1830 }] },
];
const itemAmount = (it: Part['items'][number]) => (it.kids ? sum(it.kids.map((k) => k[1])) : it.amount!);
const partAmount = (p: Part) => sum(p.items.map(itemAmount));

/** The plan with `parts` of PARTS, its total on top or at the bottom; `wrongA` adds to A's amount. */
function plan(o: { parts: number; total: 'top' | 'bottom'; dot?: boolean; wrongA?: number }): { book: WorkbookSnapshot; aCell: string } {
  const parts = PARTS.slice(0, o.parts);
  const formats: Record<string, string> = {};
  const rows: CellValue[][] = [['KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH NĂM 2027'], [null, null, 'ĐVT: triệu đồng'], ['STT', 'Nội dung', 'Kế hoạch vốn năm 2027']];
  const line = (tt: string, label: string, amount: number) => { formats[a1(rows.length, 2)] = '#,##0.000'; rows.push([tt, label, amount]); };
  const totalLabel = `TỔNG CỘNG (${parts.map((p) => p.tt).join('+')})`;
  const total = sum(parts.map(partAmount));
  if (o.total === 'top') line('', totalLabel, total);
  let aCell = '';
  for (const p of parts) {
    if (p.tt === 'A') aCell = a1(rows.length, 2);
    line(o.dot ? `${p.tt}.` : p.tt, p.label, round3(partAmount(p) + (p.tt === 'A' ? o.wrongA ?? 0 : 0)));
    p.items.forEach((it, i) => {
      line(String(i + 1), it.label, itemAmount(it));
      for (const [label, amount] of it.kids ?? []) line('-', label, amount);
    });
  }
  if (o.total === 'bottom') line('', totalLabel, total);
  return { book: { name: 'von-2027.xlsx', sheets: [sheet('Ke hoach von', rows, { formats })] }, aCell };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);
const LAYOUTS = [
  { name: 'A, B with the total on top', parts: 2, total: 'top' as const },
  { name: 'A., B. with the total at the bottom', parts: 2, total: 'bottom' as const, dot: true },
  { name: 'A, B, C with the total on top', parts: 3, total: 'top' as const },
];

test.each(['A', 'B.', 'C', 'Đ)'])('"%s" marks a part above the roman sections', (tt) => {
  expect(markerOf(tt)).toBe('capital');
});
test.each([['I', 'roman'], ['IV', 'roman'], ['1', 'arabic'], ['a)', 'letter']])('"%s" keeps its marker', (tt, marker) => {
  expect(markerOf(tt)).toBe(marker);
});
test.each(['Tổng cộng (A+B+C)', 'TỔNG CỘNG (A+B)', 'Tổng (1+2+3+4)'])('"%s" is the total of the parts it names', (label) => {
  expect(isTotalsLabel(fold(label))).toBe(true);
});

describe.each(LAYOUTS)('$name', (layout) => {
  test('clean: nothing to say, not even a warning', () => {
    expect(notInfo(plan(layout).book)).toEqual([]);
  });
  test('A typed 1.000 too high: one error, at A — the total over it equals its leaves and is right (26i\'s i19)', () => {
    const { book, aCell } = plan({ ...layout, wrongA: 1000 });
    expect(notInfo(book)).toEqual([`${aCell} total-mismatch error`]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const layout of LAYOUTS) {
      for (const { book } of [plan(layout), plan({ ...layout, wrongA: 1000 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
    }
  });
});
