/**
 * Counts by commune and criterion — how many indicators of each criterion a commune meets, the
 * criteria named or numbered across, the communes down, a total column and a total row — are read as
 * what they are: every sum the table states is checked (a row's total = its criteria, the total row =
 * its communes), and where a header states a criterion's indicators ("Quy hoạch (3 chỉ tiêu)") a
 * count above them is an error. Before, named criteria were read as a funding list (only the total
 * column checked against itself) and numbered ones were said unread. The same findings, at the
 * corresponding cells, in every layout and spelling; one changed number gives one error at its cell;
 * a clean table gives nothing.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { SPELLINGS, VARIANTS } from '../helpers/variants';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import ExcelJS from 'exceljs';
import { applyPlanToWorkbook } from '../../src/hosts/xlsx/applyPlan';
import { openWorkbookFile } from '../../src/hosts/xlsx/files';
import { saveWorkbook } from '../../src/hosts/xlsx/save';
import { recalculate } from '../helpers/libreoffice';
import { tempDir, writeXlsx } from '../helpers/xlsx';

const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const SHORT = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Kinh tế', 'Nguồn nhân lực', 'Văn hóa', 'Y tế', 'Môi trường', 'Chuyển đổi số', 'An ninh, trật tự', 'Hệ thống chính trị'];
const COMMUNES = ['Xã Tân Lập', 'Xã Yên Bình', 'Xã Hòa An', 'Xã Kim Quan', 'Xã Đức Long'];
/** The indicators each criterion has, as the tables that state them say (the test's own figures, not the set's). */
const INDICATORS = [3, 5, 4, 3, 6, 4, 3, 5, 4, 3];
/** Indicators of criterion k met by commune i: 2 … INDICATORS[k]. */
const met = (i: number, k: number) => 2 + ((i * 3 + k * 5) % (INDICATORS[k] - 1));

/** The figures of a table: counts[i][k], and the totals as typed (a fault may change any). */
type Figures = { counts: number[][]; rowTotals: number[]; colTotals: number[]; grand: number };

function clean(): Figures {
  const counts = COMMUNES.map((_, i) => NAMES.map((_, k) => met(i, k)));
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = NAMES.map((_, k) => counts.reduce((s, row) => s + row[k], 0));
  return { counts, rowTotals, colTotals, grand: rowTotals.reduce((a, b) => a + b, 0) };
}

/** Where commune i (-1: the total row) and criterion k (-1: the total column) stand in a layout. */
type Laid = { snapshot: SheetSnapshot; cell: (i: number, k: number) => string };
type Layout = { heads: (k: number) => CellValue; group?: string; totalsOnTop?: boolean; totalLeft?: boolean; totalTitle?: string };

const LAYOUTS: Record<string, Layout> = {
  'criteria named': { heads: (k) => NAMES[k] },
  'criteria named, indicators stated': { heads: (k) => `${NAMES[k]} (${INDICATORS[k]} chỉ tiêu)` },
  'criteria numbered under "Tiêu chí"': { heads: (k) => k + 1, group: 'Tiêu chí' },
  'criteria "TC 1" … "TC 10"': { heads: (k) => `TC ${k + 1}`, totalTitle: 'Tổng số' },
  // Short names as offices type them, two of which name no criterion of the set by its words ("Y tế", "An ninh, trật tự").
  'criteria by short names': { heads: (k) => SHORT[k], totalTitle: 'Tổng số' },
  'criteria named under a group header, totals on top, total column first': { heads: (k) => NAMES[k], group: 'Số chỉ tiêu đạt của từng tiêu chí', totalsOnTop: true, totalLeft: true, totalTitle: 'Cộng' },
};

function lay(layout: Layout, figures: Figures): Laid {
  const total = layout.totalTitle ?? 'Tổng số chỉ tiêu đạt';
  const heads = NAMES.map((_, k) => layout.heads(k));
  const across = (values: CellValue[], sum: CellValue): CellValue[] => (layout.totalLeft ? [sum, ...values] : [...values, sum]);
  const header: CellValue[][] = layout.group
    ? [['TT', 'Tên xã', ...across([layout.group, ...NAMES.slice(1).map(() => null)], total)], [null, null, ...across(heads, null)]]
    : [['TT', 'Tên xã', ...across(heads, total)]];
  const communeRows = COMMUNES.map((name, i): CellValue[] => [i + 1, name, ...across(figures.counts[i], figures.rowTotals[i])]);
  const totalRow: CellValue[] = [null, 'Tổng cộng', ...across(figures.colTotals, figures.grand)];
  const title: CellValue[][] = [['SỐ CHỈ TIÊU ĐẠT THEO TỪNG TIÊU CHÍ CỦA CÁC XÃ NĂM 2027'], []];
  const rows = [...title, ...header, ...(layout.totalsOnTop ? [totalRow, ...communeRows] : [...communeRows, totalRow])];
  const first = title.length + header.length;
  const rowOf = (i: number) => (layout.totalsOnTop ? (i < 0 ? first : first + 1 + i) : i < 0 ? first + COMMUNES.length : first + i);
  const colOf = (k: number) => (layout.totalLeft ? (k < 0 ? 2 : 3 + k) : k < 0 ? 2 + NAMES.length : 2 + k);
  const merges = layout.group ? ['A3:A4', 'B3:B4', layout.totalLeft ? 'C3:C4' : 'M3:M4', layout.totalLeft ? 'D3:M3' : 'C3:L3'] : [];
  return { snapshot: sheet('Chi tieu dat', rows, { merges }), cell: (i, k) => a1(rowOf(i), colOf(k)) };
}

/** The findings that are not read notes, each put back to its commune and criterion. */
function found(laid: Laid): string[] {
  const where = new Map<string, string>();
  for (let i = -1; i < COMMUNES.length; i++) for (let k = -1; k < NAMES.length; k++) where.set(laid.cell(i, k), `${i < 0 ? 'total row' : COMMUNES[i]} × ${k < 0 ? 'total column' : `criterion ${k + 1}`}`);
  const report = checkWorkbook({ name: 'chi-tieu.xlsx', sheets: [laid.snapshot] }, {}, 'vi');
  return report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code} ${i.severity} at ${where.get(i.cell) ?? i.cell}`).sort();
}

const FAULTS: Record<string, (f: Figures) => Figures> = {
  'a count typed one less than met': (f) => ({ ...f, counts: f.counts.map((row, i) => row.map((v, k) => (i === 2 && k === 1 ? v - 1 : v))) }),
  "a commune's total typed wrong": (f) => ({ ...f, rowTotals: f.rowTotals.map((v, i) => (i === 3 ? v + 2 : v)) }),
  "a criterion's total typed wrong": (f) => ({ ...f, colTotals: f.colTotals.map((v, k) => (k === 6 ? v - 1 : v)) }),
  'the grand total typed wrong': (f) => ({ ...f, grand: f.grand + 10 }),
};

const SPELL: [string, (s: SheetSnapshot) => SheetSnapshot][] = [...SPELLINGS, ['numbers as text', VARIANTS['numbers as text']]];

describe.each(SPELL)('typed %s', (_spelling, spell) => {
  const laid = (layout: string, figures: Figures): Laid => {
    const made = lay(LAYOUTS[layout], figures);
    return { ...made, snapshot: spell(made.snapshot) };
  };

  test.each(Object.keys(LAYOUTS))('%s: the clean table says nothing, and is read as counts by commune and criterion with every sum checked', (layout) => {
    const { snapshot } = laid(layout, clean());
    const report = checkWorkbook({ name: 'chi-tieu.xlsx', sheets: [snapshot] }, {}, 'vi');
    expect(report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code}`)).toEqual([]);
    // Five communes' totals and the total row's, and eleven column totals.
    expect(report.issues.find((i) => i.code === 'table-read')?.message).toMatch(/số chỉ tiêu đạt theo xã và tiêu chí: 6 dòng theo xã; đối chiếu 17 phép tính .*: 17 khớp/);
  });

  test.each(Object.keys(FAULTS))('%s: one error at its cell, the same in every layout', (fault) => {
    const each = Object.keys(LAYOUTS).map((layout) => found(laid(layout, FAULTS[fault](clean()))));
    expect(each[0]).toHaveLength(1);
    expect(each[0][0]).toMatch(/ error at /);
    for (const findings of each.slice(1)) expect(findings).toEqual(each[0]);
  });
});

test('where each fault is said', () => {
  const layout = LAYOUTS['criteria numbered under "Tiêu chí"'];
  const at = (fault: string) => found(lay(layout, FAULTS[fault](clean())));
  expect(at('a count typed one less than met')).toEqual(['shared-part error at Xã Hòa An × criterion 2']);
  expect(at("a commune's total typed wrong")).toEqual(['total-mismatch error at Xã Kim Quan × total column']);
  expect(at("a criterion's total typed wrong")).toEqual(['total-mismatch error at total row × criterion 7']);
  expect(at('the grand total typed wrong')).toEqual(['total-mismatch error at total row × total column']);
});

describe('a count above the indicators its header states', () => {
  const over = (adjustTotals: boolean) => (f: Figures): Figures => {
    const counts = f.counts.map((row, i) => row.map((v, k) => (i === 1 && k === 3 ? INDICATORS[k] + 1 : v)));
    if (!adjustTotals) return { ...f, counts };
    const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
    const colTotals = NAMES.map((_, k) => counts.reduce((s, row) => s + row[k], 0));
    return { counts, rowTotals, colTotals, grand: rowTotals.reduce((a, b) => a + b, 0) };
  };
  test.each(SPELL)('typed %s: one error at the count, whether the totals follow it or not', (_spelling, spell) => {
    for (const adjust of [true, false]) {
      const made = lay(LAYOUTS['criteria named, indicators stated'], over(adjust)(clean()));
      expect(found({ ...made, snapshot: spell(made.snapshot) })).toEqual(['outside-set error at Xã Yên Bình × criterion 4']);
    }
  });

  test('said with the indicators the header states', () => {
    const made = lay(LAYOUTS['criteria named, indicators stated'], over(true)(clean()));
    const finding = checkWorkbook({ name: 'chi-tieu.xlsx', sheets: [made.snapshot] }, {}, 'vi').issues.find((i) => i.code === 'outside-set')!;
    expect(finding.message).toContain('4 chỉ tiêu đạt, nhiều hơn 3 chỉ tiêu');
    const english = checkWorkbook({ name: 'chi-tieu.xlsx', sheets: [made.snapshot] }, {}, 'en').issues.find((i) => i.code === 'outside-set')!;
    expect(english.message).toContain('more than the 3 indicators its column header gives');
  });

  test('without a stated number, no bound is invented: the same count is no error when the totals follow it', () => {
    const made = lay(LAYOUTS['criteria named'], over(true)(clean()));
    expect(found(made)).toEqual([]);
  });
});

describe('blank totals are filled', () => {
  test.each(Object.keys(LAYOUTS))('%s: each commune\'s total over its criteria, each criterion\'s over the communes', (layout) => {
    const figures = clean();
    // The totals left blank (no value in their cells).
    const empty = { ...figures, rowTotals: [], colTotals: [], grand: null } as unknown as Figures;
    const laid = lay(LAYOUTS[layout], empty);
    const writes = new Map(cellWrites(planFill({ name: 'chi-tieu.xlsx', sheets: [laid.snapshot] }, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    COMMUNES.forEach((_, i) => expect(writes.get(laid.cell(i, -1))?.value).toBe(figures.rowTotals[i]));
    NAMES.forEach((_, k) => expect(writes.get(laid.cell(-1, k))?.value).toBe(figures.colTotals[k]));
    expect(writes.get(laid.cell(-1, -1))?.value).toBe(figures.grand);
    // Nothing is written over a count.
    COMMUNES.forEach((_, i) => NAMES.forEach((__, k) => expect(writes.has(laid.cell(i, k))).toBe(false)));
  });
});

describe('the fill recalculated by LibreOffice', () => {
  const dir = tempDir();
  test.each(['criteria numbered under "Tiêu chí"', 'criteria by short names', 'criteria named under a group header, totals on top, total column first'])('%s: every blank total recalculates to its value', async (layout) => {
    const figures = clean();
    const laid = lay(LAYOUTS[layout], { ...figures, rowTotals: [], colTotals: [], grand: null } as unknown as Figures);
    const name = `counts-${Object.keys(LAYOUTS).indexOf(layout)}.xlsx`;
    const opened = await openWorkbookFile(await writeXlsx(dir, name, [laid.snapshot]));
    applyPlanToWorkbook(opened.workbook, planFill(opened.snapshot, {}).plan, { cachedResults: false });
    const filled = `${dir}/filled-${name}`;
    await saveWorkbook(opened.workbook, filled);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(recalculate(filled));
    const result = (cell: string) => { const at = book.worksheets[0].getCell(cell); return Number(at.formula ? at.result ?? 0 : at.value); };
    COMMUNES.forEach((_, i) => expect(result(laid.cell(i, -1))).toBe(figures.rowTotals[i]));
    NAMES.forEach((_, k) => expect(result(laid.cell(-1, k))).toBe(figures.colTotals[k]));
    expect(result(laid.cell(-1, -1))).toBe(figures.grand);
  });
});
