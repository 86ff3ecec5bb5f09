import ExcelJS from 'exceljs';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { applyPlanToWorkbook } from '../../src/hosts/xlsx/applyPlan';
import { openWorkbookFile } from '../../src/hosts/xlsx/files';
import { saveWorkbook } from '../../src/hosts/xlsx/save';
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { recalculate } from '../helpers/libreoffice';
import { tempDir, writeXlsx } from '../helpers/xlsx';
import { adr, sheet, workbook } from '../helpers/sheets';
import { generate, type Family } from './generate';

const dir = tempDir();

/** Blanks the cells a generated table computes, keeping what the test computed there to compare. */
function blanked(source: SheetSnapshot, cells: string[]): { sheet: SheetSnapshot; expected: Map<string, number> } {
  const values = source.values.map((row) => [...row]);
  const expected = new Map<string, number>();
  for (const cell of cells) {
    const at = adr(cell);
    expected.set(cell, values[at.row][at.col] as number);
    values[at.row][at.col] = null;
  }
  return { sheet: { ...source, values }, expected };
}

async function fillAndRecalculate(name: string, snapshot: SheetSnapshot, communes?: number) {
  const input = await writeXlsx(dir, name, [snapshot]);
  const opened = await openWorkbookFile(input);
  const { plan } = planFill(opened.snapshot, { communes });
  applyPlanToWorkbook(opened.workbook, plan, { cachedResults: false });
  const filled = `${dir}/filled-${name}`;
  await saveWorkbook(opened.workbook, filled);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(recalculate(filled));
  return { plan, book };
}

function result(book: ExcelJS.Workbook, cell: string): number {
  // ExcelJS's cell.value drops a computed 0; cell.result keeps it.
  const at = book.worksheets[0].getCell(cell);
  return Number(at.formula ? at.result ?? 0 : at.value);
}

/** The cells each family computes, by column of the generated layout (0-based) and which rows. */
const COMPUTED: Partial<Record<Family, (g: ReturnType<typeof generate>) => string[]>> = {
  rollup: (g) => computedCells(g, [5, 6]).concat(totalsRowCells(g, [2, 3, 4])),
  'funding-grid': (g) => computedCells(g, [2]).concat(totalsRowCells(g, [3, 4, 5, 6, 7, 8])),
  counts: (g) => computedCells(g, [5]),
  'main-targets': (g) => computedCells(g, [5]),
  'funding-list': (g) => computedCells(g, [3]).concat(totalsRowCells(g, [2])),
  // The group's total: the one input that affects nothing but itself.
  'group-split': (g) => g.inputs.filter((input) => input.affects.length === 1).map((input) => input.cell),
};

function dataRows(g: ReturnType<typeof generate>): number[] {
  const rows = new Set(g.inputs.map((input) => adr(input.cell).row));
  for (const input of g.inputs) for (const cell of input.affects) rows.add(adr(cell).row);
  return [...rows].sort((a, b) => a - b);
}

function computedCells(g: ReturnType<typeof generate>, cols: number[]): string[] {
  return dataRows(g).flatMap((row) => cols.filter((col) => typeof g.sheet.values[row][col] === 'number').map((col) => sheetCell(row, col)));
}

function totalsRowCells(g: ReturnType<typeof generate>, cols: number[]): string[] {
  const row = g.sheet.values.findIndex((r) => /^(Tổng cộng|Tổng|Toàn tỉnh|Tổng nhu cầu vốn|Tổng số)$/.test(String(r[1] ?? '').normalize('NFC')) || /^(Tong cong|Tong|Toan tinh|Tong nhu cau von|Tong so)$/.test(String(r[1] ?? '')));
  if (row < 0) return [];
  return cols.filter((col) => typeof g.sheet.values[row][col] === 'number').map((col) => sheetCell(row, col));
}

function sheetCell(row: number, col: number): string {
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

describe('fill on tables read by their relations: formulas LibreOffice recalculates to the numbers the generator computed', () => {
  const cases: [Family, number][] = [['rollup', 3], ['rollup', 11], ['funding-grid', 2], ['funding-grid', 5], ['counts', 4], ['main-targets', 6], ['funding-list', 2], ['funding-list', 5], ['funding-list', 8], ['group-split', 3], ['group-split', 4]];
  test.each(cases)('%s #%d', async (family, seed) => {
    const g = generate(family, seed);
    const cells = COMPUTED[family]!(g);
    expect(cells.length).toBeGreaterThan(2);
    const { sheet: input, expected } = blanked(g.sheet, cells);
    const { plan, book } = await fillAndRecalculate(`${family}-${seed}.xlsx`, input, g.communes);
    const written = new Map(cellWrites(plan).map((w) => [w.cell, w]));
    for (const [cell, value] of expected) {
      expect(written.has(cell) ? cell : `${cell} not written`).toBe(cell);
      // A blank share column whose header has no "%" is filled with fractions shown as percentages.
      const shown = result(book, cell) * (written.get(cell)!.numberFormat?.endsWith('%') ? 100 : 1);
      // The generator rounds shares and comparisons to one decimal; LibreOffice keeps every digit.
      expect(`${cell} ${shown} ${value} ${Math.abs(shown - value) <= 0.05 + 1e-9}`).toBe(`${cell} ${shown} ${value} true`);
    }
  });

  test('a sideways assignment: counts of the marks and shares of the communes, live', async () => {
    const g = generate('sideways', 7);
    const header = g.sheet.values.findIndex((row) => row.includes('TT'));
    const width = g.sheet.values[header].length;
    const cells = dataRows(g).flatMap((row) => [width - 4, width - 3, width - 2, width - 1].map((col) => sheetCell(row, col)));
    const { sheet: input, expected } = blanked(g.sheet, cells);
    const { book } = await fillAndRecalculate('sideways.xlsx', input);
    for (const [cell, value] of expected) expect(`${cell} ${result(book, cell)} ${Math.abs(result(book, cell) - value) <= 0.05 + 1e-9}`).toBe(`${cell} ${result(book, cell)} true`);
  });

  test('a roll-up with areas over their communes and a "Trong đó" line: sums by level, shares, weighted averages', async () => {
    const communes = [
      // [area, name, units, met by 2026, added in 2027, criteria per commune]
      [0, 'Xã Lê Lợi', 1, 1, 0, 10], [0, 'Xã Vân Trình', 1, 0, 1, 8.5],
      [1, 'Xã Đức Long', 1, 0, 0, 7.2], [1, 'Xã Minh Khai', 1, 1, 0, 10], [1, 'Xã Kim Đồng', 1, 0, 1, 9],
    ] as const;
    const rows: CellValue[][] = [
      ['STT', 'Đơn vị', 'Tổng số xã', 'Số xã đạt chuẩn đến hết năm 2026', 'Số xã đạt thêm năm 2027', 'Lũy kế đến hết năm 2027', 'Tỷ lệ (%)', 'Bình quân tiêu chí/xã'],
      [null, 'Toàn tỉnh', null, null, null, null, null, null],
      [null, 'Trong đó: xã biên giới', 2, 1, 0, null, null, 9.1],
    ];
    const areaRows: number[] = [];
    ['Khu vực 1', 'Khu vực 2'].forEach((area, k) => {
      areaRows.push(rows.length);
      rows.push([['I', 'II'][k], area, null, null, null, null, null, null]);
      communes.filter((c) => c[0] === k).forEach((c, i) => rows.push([i + 1, c[1], c[2], c[3], c[4], null, null, c[5]]));
    });
    const { book } = await fillAndRecalculate('areas.xlsx', sheet('Tổng hợp', rows));
    // Computed here from the inputs, independently of the engine.
    const sum = (items: readonly (typeof communes)[number][], k: number) => items.reduce((t, c) => t + (c[k] as number), 0);
    const expectLine = (row: number, items: readonly (typeof communes)[number][]) => {
      const units = sum(items, 2);
      const cumulative = sum(items, 3) + sum(items, 4);
      const line = `C${row + 1}:H${row + 1}`;
      expect([line, ...['C', 'D', 'E', 'F', 'G', 'H'].map((col) => Math.round(result(book, `${col}${row + 1}`) * 1000) / 1000)]).toEqual([
        line, units, sum(items, 3), sum(items, 4), cumulative, Math.round((cumulative / units) * 100 * 1000) / 1000,
        Math.round((items.reduce((t, c) => t + c[5] * c[2], 0) / units) * 1000) / 1000,
      ]);
    };
    expectLine(areaRows[0], communes.filter((c) => c[0] === 0));
    expectLine(areaRows[1], communes.filter((c) => c[0] === 1));
    expectLine(1, communes);
    // The "Trong đó" line gets its own cumulative and share, and is added into nothing.
    expect(result(book, 'F3')).toBe(1);
    expect(result(book, 'G3')).toBe(50);
  });

  test('typed cells are kept, a second fill changes nothing', () => {
    const g = generate('rollup', 3);
    const cells = COMPUTED.rollup!(g);
    const { sheet: input } = blanked(g.sheet, cells.slice(1));
    const first = planFill(workbook(input));
    expect(first.plan.skipped.some((s) => s.cell === cells[0] && s.reason === 'typed-value')).toBe(true);
    expect(cellWrites(first.plan).some((w) => w.cell === cells[0])).toBe(false);
    // Apply the formulas as a host would, then plan again: nothing left to write.
    const values = input.values.map((row) => [...row]);
    const formulas: (string | null)[][] = values.map((row) => row.map(() => null));
    for (const w of cellWrites(first.plan)) { values[w.row][w.col] = (w.value as CellValue) ?? null; formulas[w.row][w.col] = w.formula ?? null; }
    const again = planFill(workbook({ ...input, values, formulas }));
    expect(cellWrites(again.plan)).toHaveLength(0);
  });

  test('--communes is honoured by the fill as by the check', () => {
    const rows: CellValue[][] = [
      ['TT', 'Tiêu chí', 'Số xã đạt đến hết năm 2026', 'Đạt thêm năm 2027', 'Lũy kế', 'Tỷ lệ (%)'],
      [1, 'Quy hoạch', 40, 10, 50, null],
      [2, 'Hạ tầng kinh tế - xã hội', 30, 5, 35, null],
    ];
    const { plan } = planFill(workbook(sheet('Chỉ tiêu', rows)), { communes: 100 });
    const shares = cellWrites(plan).filter((w) => w.col === 5);
    expect(shares).toHaveLength(2);
    for (const write of shares) expect(write.formula).toMatch(/\/100\b/);
    // A blank "Tỷ lệ (%)" column is filled in percent units, as its header reads.
    expect(shares.map((w) => Number(w.value))).toEqual([50, 35]);
    const report = checkWorkbook(workbook(sheet('Chỉ tiêu', [rows[0], [1, 'Quy hoạch', 40, 10, 50, '50%']])), { communes: 100 });
    expect(report.stats.errors).toBe(0);
  });
  test('funding by year under "ĐVT: triệu đồng", and a main-targets change column: totals and differences, live', async () => {
    const items = [['Ngân sách Trung ương', 100, 120], ['Ngân sách tỉnh', 50, 60], ['Vốn lồng ghép', 30, 35]] as const;
    const funding: CellValue[][] = [
      ['ĐVT: triệu đồng'],
      ['TT', 'Nguồn vốn', 'Năm 2026', 'Năm 2027', 'Tổng cộng'],
      ...items.map(([label, a, b], i) => [i + 1, label, a, b, null]),
      [null, 'Cộng', null, null, null],
    ];
    const filled = await fillAndRecalculate('by-year.xlsx', sheet('Vốn', funding));
    items.forEach(([, a, b], i) => expect(result(filled.book, `E${i + 3}`)).toBe(a + b));
    const column = (k: 1 | 2) => items.reduce((t, item) => t + item[k], 0);
    expect(['C6', 'D6', 'E6'].map((cell) => result(filled.book, cell))).toEqual([column(1), column(2), column(1) + column(2)]);
    const targets: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2026', 'Năm 2027', 'Tăng (+), giảm (-)'],
      [1, 'Số xã đạt chuẩn NTM', 'Xã', 40, 48, null],
      [2, 'Số thôn đạt chuẩn NTM', 'Thôn', 200, 190, null],
    ];
    const change = await fillAndRecalculate('change.xlsx', sheet('Chỉ tiêu', targets));
    expect([result(change.book, 'F2'), result(change.book, 'F3')]).toEqual([48 - 40, 190 - 200]);
  });
  test('counts split by commune group: the "Tổng" over the groups is written as their sum, live', async () => {
    const groups = [[10, 12, 8], [10, 10, 6]];
    const rows: CellValue[][] = [
      ['TT', 'Tiêu chí', 'Số xã đạt chuẩn', null, null, null],
      [null, null, 'Tổng', 'Nhóm 1', 'Nhóm 2', 'Nhóm 3'],
      ...groups.map((counts, i) => [i + 1, ['Quy hoạch', 'Giao thông'][i], null, ...counts]),
    ];
    const { book } = await fillAndRecalculate('groups.xlsx', sheet('Theo nhóm', rows, { merges: ['C1:F1', 'A1:A2', 'B1:B2'] }));
    expect([result(book, 'C3'), result(book, 'C4')]).toEqual(groups.map((counts) => counts.reduce((a, b) => a + b, 0)));
  });
});
