/**
 * Three states counted: a commune's criteria met, basically met and not met. As counts beside lists
 * ("Số tiêu chí: Đạt | Cơ bản đạt | Chưa đạt" and "Tiêu chí (số thứ tự): Cơ bản đạt | Chưa đạt"), they
 * add up to the set's size and each list's length is its count; as marks (Đ / CBĐ / CĐ under TC1 …
 * TC10) the counts are counted from the marks. Clean tables say nothing; one changed count is an
 * error at its cell; blank counts are filled with formulas LibreOffice recalculates to the counts.
 */
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { applyPlanToWorkbook } from '../../src/hosts/xlsx/applyPlan';
import { openWorkbookFile } from '../../src/hosts/xlsx/files';
import { saveWorkbook } from '../../src/hosts/xlsx/save';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { recalculate, sofficePath } from '../helpers/libreoffice';
import { sheet } from '../helpers/sheets';
import { tempDir, writeXlsx } from '../helpers/xlsx';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

type State = 'Đ' | 'CBĐ' | 'CĐ';
const COMMUNES = ['Xã Tân Thành', 'Xã Lý Văn Lâm', 'Xã Hòa Thành', 'Xã Định Bình', 'Xã An Xuyên', 'Xã Thới Bình'];
/** Each commune's state on criteria 1 … 10, made up for the test. */
const STATES: State[][] = COMMUNES.map((_, c) => Array.from({ length: 10 }, (_, k): State => (['Đ', 'Đ', 'CBĐ', 'Đ', 'CĐ', 'Đ', 'Đ'] as State[])[(c * 3 + k * 5) % 7]));
const count = (c: number, state: State) => STATES[c].filter((s) => s === state).length;
const listed = (c: number, state: State) => STATES[c].map((s, k) => (s === state ? k + 1 : 0)).filter(Boolean).join(', ') || '-';

const TITLE: CellValue[][] = [['KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ ĐẠT TIÊU CHÍ NÔNG THÔN MỚI CỦA CÁC XÃ NĂM 2027']];

/** Counts and lists; `order` puts the three counts in another order; zeros typed as "-" or 0. */
function countsTable(options: { order?: State[]; zero?: '-' | 0; change?: { commune: number; state: State; by: number }; blank?: State } = {}): { snapshot: SheetSnapshot; cell: (c: number, state: State) => string } {
  const order = options.order ?? ['Đ', 'CBĐ', 'CĐ'];
  const words: Record<State, string> = { Đ: 'Đạt', CBĐ: 'Cơ bản đạt', CĐ: 'Chưa đạt' };
  const rows: CellValue[][] = [
    ...TITLE,
    ['TT', 'Tên xã', 'Số tiêu chí', null, null, 'Tiêu chí (số thứ tự)', null],
    [null, null, ...order.map((s) => words[s]), 'Cơ bản đạt', 'Chưa đạt'],
    ...COMMUNES.map((name, c): CellValue[] => [c + 1, name, ...order.map((s) => {
      if (options.blank === s) return null;
      const value = count(c, s) + (options.change?.commune === c && options.change.state === s ? options.change.by : 0);
      return value === 0 ? options.zero ?? 0 : value;
    }), listed(c, 'CBĐ'), listed(c, 'CĐ')]),
  ];
  return {
    snapshot: sheet('Đánh giá', rows, { merges: ['C2:E2', 'F2:G2', 'A2:A3', 'B2:B3'] }),
    cell: (c, state) => a1(3 + c, 2 + order.indexOf(state)),
  };
}

/** Marks under TC1 … TC10 with their counts beside, and a legend. */
function marksTable(options: { change?: { commune: number; state: State; by: number }; blank?: boolean } = {}): { snapshot: SheetSnapshot; cell: (c: number, state: State) => string } {
  const rows: CellValue[][] = [
    ...TITLE,
    ['Ký hiệu: Đ - Đạt; CBĐ - Cơ bản đạt; CĐ - Chưa đạt'],
    ['TT', 'Tên xã', 'Tiêu chí', ...Array(9).fill(null), 'Số tiêu chí', null, null],
    [null, null, ...Array.from({ length: 10 }, (_, k) => `TC${k + 1}`), 'Đạt', 'Cơ bản đạt', 'Chưa đạt'],
    ...COMMUNES.map((name, c): CellValue[] => [c + 1, name, ...STATES[c], ...(['Đ', 'CBĐ', 'CĐ'] as State[]).map((s) => (options.blank ? null : count(c, s) + (options.change?.commune === c && options.change.state === s ? options.change.by : 0)))]),
  ];
  const col: Record<State, number> = { Đ: 12, CBĐ: 13, CĐ: 14 };
  return { snapshot: sheet('Đánh giá TC', rows, { merges: ['C3:L3', 'M3:O3', 'A3:A4', 'B3:B4'] }), cell: (c, state) => a1(4 + c, col[state]) };
}

const errorsOf = (snapshot: SheetSnapshot) => checkWorkbook({ name: 'danh-gia.xlsx', sheets: [snapshot] }, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => i.cell);

describe('counts and lists of the three states', () => {
  test.each([
    ['Đạt | Cơ bản đạt | Chưa đạt, zeros as 0', {}],
    ['zeros typed "-"', { zero: '-' as const }],
    ['Chưa đạt | Đạt | Cơ bản đạt', { order: ['CĐ', 'Đ', 'CBĐ'] as State[] }],
  ])('%s: clean, then one "Chưa đạt" off by one is an error at its cell', (_name, options) => {
    expect(errorsOf(countsTable(options).snapshot)).toEqual([]);
    const wrong = countsTable({ ...options, change: { commune: 3, state: 'CĐ', by: 1 } });
    expect(errorsOf(wrong.snapshot)).toEqual([wrong.cell(3, 'CĐ')]);
  });

  test('a "Cơ bản đạt" count that is not its list\'s length is an error at the count', () => {
    const wrong = countsTable({ change: { commune: 1, state: 'CBĐ', by: 1 } });
    const errors = errorsOf(wrong.snapshot);
    expect(errors).toContain(wrong.cell(1, 'CBĐ'));
    expect(errors.filter((cell) => cell !== wrong.cell(1, 'CBĐ') && cell !== wrong.cell(1, 'CĐ'))).toEqual([]);
  });
});

describe('marks Đ / CBĐ / CĐ with their counts', () => {
  test('clean: nothing to say; the row TC1 … TC10 is the header, not a commune', () => {
    expect(errorsOf(marksTable().snapshot)).toEqual([]);
  });

  test.each(['Đ', 'CBĐ', 'CĐ'] as State[])('the count of %s off by one: an error at its cell', (state) => {
    const wrong = marksTable({ change: { commune: 2, state, by: 1 } });
    expect(errorsOf(wrong.snapshot)).toEqual([wrong.cell(2, state)]);
  });
});

const soffice = sofficePath();
(soffice ? test : test.skip)('blank counts are filled with formulas LibreOffice recalculates to the counts of the states', async () => {
  const dir = tempDir();
  const cases = [
    { name: 'counts', table: countsTable({ blank: 'CĐ' }), states: ['CĐ'] as State[] },
    { name: 'marks', table: marksTable({ blank: true }), states: ['Đ', 'CBĐ', 'CĐ'] as State[] },
  ];
  for (const { name, table, states } of cases) {
    const input = await writeXlsx(dir, `${name}.xlsx`, [table.snapshot]);
    const opened = await openWorkbookFile(input);
    const { plan } = planFill(opened.snapshot, {});
    applyPlanToWorkbook(opened.workbook, plan, { cachedResults: false });
    const filled = `${dir}/filled-${name}.xlsx`;
    await saveWorkbook(opened.workbook, filled);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(recalculate(filled));
    const cells = book.worksheets[0];
    for (const state of states) {
      COMMUNES.forEach((_, c) => {
        const value = cells.getCell(table.cell(c, state)).value as { result?: number } | number | null;
        expect(`${name} ${state} ${table.cell(c, state)} ${typeof value === 'number' ? value : value?.result}`).toBe(`${name} ${state} ${table.cell(c, state)} ${count(c, state)}`);
      });
    }
  }
}, 120_000);

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings, on the clean table and on the faulty one', () => {
    const books = [countsTable().snapshot, marksTable().snapshot, marksTable({ change: { commune: 2, state: 'CBĐ', by: 1 } }).snapshot, countsTable({ change: { commune: 3, state: 'CĐ', by: 1 } }).snapshot].map((snapshot) => ({ name: 'bieu.xlsx', sheets: [snapshot] }));
    expect(findingsOf(books[books.length - 1]).some((f) => / error$/.test(f))).toBe(true);
    for (const book of books) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
