/**
 * A multi-year funding plan: a period column ("Giai đoạn 2026-2030", "Tổng giai đoạn") is the sum of
 * its years, whose numbers sit in a second header row (2026 … 2030, typed as numbers or as "Năm
 * 2027"). The same plan in several layouts gives the same findings; one changed figure gives an error
 * at its cell; the blank period column is filled with formulas LibreOffice recalculates to the sums
 * the test computes.
 */
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { applyPlanToWorkbook } from '../../src/hosts/xlsx/applyPlan';
import { openWorkbookFile } from '../../src/hosts/xlsx/files';
import { saveWorkbook } from '../../src/hosts/xlsx/save';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { recalculate, sofficePath } from '../helpers/libreoffice';
import { sheet } from '../helpers/sheets';
import { tempDir, writeXlsx } from '../helpers/xlsx';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const SOURCES = ['Ngân sách trung ương', 'Ngân sách địa phương', 'Vốn lồng ghép', 'Vốn tín dụng', 'Doanh nghiệp, cộng đồng, người dân'];
const YEARS = [2026, 2027, 2028, 2029, 2030];
/** Amounts by source and year (tỷ đồng), made up for the test. */
const AMOUNTS = SOURCES.map((_, s) => YEARS.map((year, y) => 300 + ((s * 7 + y * 13 + year) % 11) * 37));
const periodOf = (s: number) => AMOUNTS[s].reduce((a, b) => a + b, 0);

type Layout = { period: 'first' | 'last'; years: 'numbers' | 'words'; heading: string; numbers?: boolean; totalOnTop?: boolean };
const LAYOUTS: Record<string, Layout> = {
  'period first, years as numbers, total on top': { period: 'first', years: 'numbers', heading: 'Giai đoạn 2026-2030', totalOnTop: true },
  'period last, "Năm 2027" texts': { period: 'last', years: 'words', heading: 'Tổng giai đoạn' },
  'period last with a column-number row "(8)=(3)+…+(7)"': { period: 'last', years: 'numbers', heading: 'Tổng giai đoạn 2026 - 2030', numbers: true },
  'period first, "5 năm"': { period: 'first', years: 'numbers', heading: 'Tổng 5 năm', totalOnTop: false },
};

/** The plan as a sheet, with where each source's period figure stands. */
function render(layout: Layout, change?: { source: number; by: number }, blankPeriod = false): { snapshot: SheetSnapshot; periodCells: string[]; totalCell: string } {
  const yearHeads: CellValue[] = YEARS.map((year) => (layout.years === 'numbers' ? year : `Năm ${year}`));
  const group = layout.period === 'first' ? 'Chia ra các năm' : 'Kế hoạch từng năm';
  const head1: CellValue[] = layout.period === 'first' ? ['TT', 'Nguồn vốn', layout.heading, group, null, null, null, null] : ['TT', 'Nguồn vốn', group, null, null, null, null, layout.heading];
  const head2: CellValue[] = layout.period === 'first' ? [null, null, null, ...yearHeads] : [null, null, ...yearHeads, null];
  const row = (tt: CellValue, label: string, years: number[], period: number | null): CellValue[] => (layout.period === 'first' ? [tt, label, period, ...years] : [tt, label, ...years, period]);
  const body = SOURCES.map((label, s) => {
    const period = periodOf(s) + (change?.source === s ? change.by : 0);
    return row(String(s + 1), label, AMOUNTS[s], blankPeriod ? null : period);
  });
  const total = row(null, 'TỔNG CỘNG', YEARS.map((_, y) => AMOUNTS.reduce((sum, a) => sum + a[y], 0)), blankPeriod ? null : SOURCES.reduce((sum, _, s) => sum + periodOf(s), 0));
  const numbersRow: CellValue[][] = layout.numbers ? [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)=(3)+…+(7)']] : [];
  const top = ['UBND TỈNH …', `KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2026 - 2030`, 'ĐVT: tỷ đồng'].map((t): CellValue[] => [t]);
  const rows = [...top, head1, head2, ...numbersRow, ...(layout.totalOnTop ? [total, ...body] : [...body, total])];
  const first = top.length + 2 + numbersRow.length + (layout.totalOnTop ? 1 : 0);
  const periodCol = layout.period === 'first' ? 2 : 7;
  const merges = layout.period === 'first' ? ['D4:H4', 'A4:A5', 'B4:B5', 'C4:C5'] : ['C4:G4', 'A4:A5', 'B4:B5', 'H4:H5'];
  const totalRow = layout.totalOnTop ? first - 1 : first + SOURCES.length;
  return { snapshot: sheet('Vốn 2026-2030', rows, { merges }), periodCells: SOURCES.map((_, s) => a1(first + s, periodCol)), totalCell: a1(totalRow, periodCol) };
}

const errorsOf = (snapshot: SheetSnapshot) => checkWorkbook({ name: 'von.xlsx', sheets: [snapshot] }, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.code}`);

describe.each(Object.entries(LAYOUTS))('%s', (_name, layout) => {
  test('clean: nothing to say (the years row is a header, never a row of figures)', () => {
    expect(errorsOf(render(layout).snapshot)).toEqual([]);
  });

  test('one period figure off by 120: an error at its cell, and at most the period total it breaks', () => {
    const { snapshot, periodCells, totalCell } = render(layout, { source: 1, by: 120 });
    const errors = errorsOf(snapshot);
    expect(errors.map((e) => e.split(' ')[0])).toContain(periodCells[1]);
    // The period total is typed right, so the column no longer adds up to it: that cell may be said too.
    expect(errors.map((e) => e.split(' ')[0]).filter((cell) => cell !== periodCells[1] && cell !== totalCell)).toEqual([]);
  });
});

const soffice = sofficePath();
(soffice ? test : test.skip)('a blank period column is filled with formulas LibreOffice recalculates to the sums of the years', async () => {
  const dir = tempDir();
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    const { snapshot, periodCells } = render(layout, undefined, true);
    const input = await writeXlsx(dir, `${name.replace(/\W+/g, '-')}.xlsx`, [snapshot]);
    const opened = await openWorkbookFile(input);
    const { plan } = planFill(opened.snapshot, {});
    const written = new Set(cellWrites(plan).map((w) => w.cell));
    for (const cell of periodCells) expect(`${name} ${cell} ${written.has(cell)}`).toBe(`${name} ${cell} true`);
    applyPlanToWorkbook(opened.workbook, plan, { cachedResults: false });
    const filled = `${dir}/filled-${name.replace(/\W+/g, '-')}.xlsx`;
    await saveWorkbook(opened.workbook, filled);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(recalculate(filled));
    const cells = book.worksheets[0];
    periodCells.forEach((cell, s) => {
      const value = cells.getCell(cell).value as { result?: number } | number;
      expect(typeof value === 'number' ? value : value.result).toBeCloseTo(periodOf(s), 6);
    });
  }
}, 120_000);

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings, on the clean table and on the faulty one', () => {
    const books = [...Object.values(LAYOUTS).map((layout) => render(layout).snapshot), ...Object.values(LAYOUTS).map((layout) => render(layout, { source: 1, by: 5 }).snapshot)].map((snapshot) => ({ name: 'bieu.xlsx', sheets: [snapshot] }));
    expect(findingsOf(books[books.length - 1]).some((f) => / error$/.test(f))).toBe(true);
    for (const book of books) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
