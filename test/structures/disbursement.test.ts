/**
 * What was done against what was planned, on each row: "Nguồn vốn | Kế hoạch vốn giao | Giải ngân đến
 * 31/12/2026 | Tỷ lệ giải ngân (%)". The rate is the row's disbursed over the row's plan — not a share
 * of the total (before, every rate was read as amount ÷ total: five false errors on a clean table, and
 * the wrong rate blamed with a meaningless correct value). The totals row adds the sources.
 * Clean says nothing; one rate typed wrong is an error at its cell, a wrong plan figure an error at the
 * total or at it; the same without diacritics, in NFD and with numbers as text.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { meaningOf } from '../../src/domain/table/meanings';
import { fold } from '../../src/domain/text/fold';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const ROWS: [string, number, number][] = [['Vốn đầu tư phát triển', 152300, 131480], ['Vốn sự nghiệp', 48600, 35120], ['Ngân sách tỉnh', 95000, 90250], ['Ngân sách xã', 21400, 16870]];
const round1 = (x: number) => Math.round(x * 10) / 10;

function table(o: { total: 'top' | 'bottom'; rate: string; wrongRate?: number; wrongPlan?: number }): { book: WorkbookSnapshot; rateCell: (i: number) => string; planCell: (i: number) => string } {
  const formats: Record<string, string> = {};
  const rows: CellValue[][] = [['KẾT QUẢ GIẢI NGÂN VỐN CHƯƠNG TRÌNH NĂM 2026'], [], ['TT', 'Nguồn vốn', 'Kế hoạch vốn giao (triệu đồng)', 'Giải ngân đến 31/12/2026 (triệu đồng)', o.rate]];
  const at: number[] = [];
  const line = (tt: CellValue, label: string, plan: number, done: number, i?: number) => {
    const r = rows.length;
    if (i !== undefined) at[i] = r;
    formats[a1(r, 4)] = '0.0';
    const rate = round1((done / plan) * 100) + (i !== undefined && i === 1 ? o.wrongRate ?? 0 : 0);
    rows.push([tt, label, plan + (i === 2 ? o.wrongPlan ?? 0 : 0), done, rate]);
  };
  const total = () => line(null, 'Tổng cộng', ROWS.reduce((t, r) => t + r[1], 0), ROWS.reduce((t, r) => t + r[2], 0));
  if (o.total === 'top') total();
  ROWS.forEach(([label, plan, done], i) => line(i + 1, label, plan, done, i));
  if (o.total === 'bottom') total();
  return { book: { name: 'giai-ngan.xlsx', sheets: [sheet('Giai ngan', rows, { formats })] }, rateCell: (i) => a1(at[i], 4), planCell: (i) => a1(at[i], 2) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);
const LAYOUTS = [
  { total: 'top' as const, rate: 'Tỷ lệ giải ngân (%)' },
  { total: 'bottom' as const, rate: 'Tỷ lệ giải ngân (%)' },
  { total: 'bottom' as const, rate: 'Tỷ lệ hoàn thành kế hoạch (%)' },
];

test.each(['Tỷ lệ giải ngân (%)', 'Tỷ lệ hoàn thành kế hoạch', 'Mức độ hoàn thành (%)'])('"%s" compares the row with itself', (label) => {
  expect(meaningOf(fold(label), fold(label), 2027, true)).toBe('comparison');
});
test('"Tỷ lệ (%)" of a funding list is still a share', () => {
  expect(meaningOf('ty le %', 'ty le %', 2027, true)).toBe('share');
});

describe.each(LAYOUTS)('total $total, "$rate"', (layout) => {
  test('clean: nothing to say, not even a warning', () => {
    expect(notInfo(table(layout).book)).toEqual([]);
  });
  test('one rate typed 4 points high: one error, at its cell', () => {
    const { book, rateCell } = table({ ...layout, wrongRate: 4 });
    expect(notInfo(book)).toEqual([expect.stringMatching(new RegExp(`^${rateCell(1)} .* error$`))]);
  });
  test('one plan figure typed 1.000 high: errors only at it, its rate or the total', () => {
    const { book, planCell, rateCell } = table({ ...layout, wrongPlan: 1000 });
    const cells = notInfo(book).filter((f) => f.endsWith('error')).map((f) => f.split(' ')[0]);
    expect(cells.length).toBeGreaterThan(0);
    const totalPlan = layout.total === 'top' ? 'C4' : `C${4 + ROWS.length}`;
    expect(cells.filter((c) => ![planCell(2), rateCell(2), totalPlan].includes(c))).toEqual([]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const layout of LAYOUTS) {
      for (const { book } of [table(layout), table({ ...layout, wrongRate: 4 }), table({ ...layout, wrongPlan: 1000 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
    }
  });
});
