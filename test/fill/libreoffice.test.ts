import ExcelJS from 'exceljs';
import { planFill } from '../../src/domain/fill/plan';
import { applyPlanToWorkbook } from '../../src/hosts/xlsx/applyPlan';
import { openWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx/files';
import { saveWorkbook } from '../../src/hosts/xlsx/save';
import { checkWorkbook } from '../../src/domain/engine';
import { recalculate } from '../helpers/libreoffice';
import { tempDir, writeXlsx } from '../helpers/xlsx';
import { COMMUNES, markOf, thachAnAssignment, thachAnResponsibility } from '../fixtures/thachAn';
import { langSon2019Targets, TARGETS_2019 } from '../fixtures/langSon';
import { sheet } from '../helpers/sheets';
import { cellWrites } from '../../src/domain/fill/cells';

const dir = tempDir();

/** Fills a workbook with formulas only (no cached results), so that LibreOffice must compute them. */
async function fillForLibreOffice(name: string, sheets: Parameters<typeof writeXlsx>[2], overwrite = true) {
  const input = await writeXlsx(dir, name, sheets);
  const { workbook, snapshot } = await openWorkbookFile(input);
  const { plan } = planFill(snapshot, { overwrite });
  applyPlanToWorkbook(workbook, plan, { cachedResults: false });
  const filled = `${dir}/filled-${name}`;
  await saveWorkbook(workbook, filled);
  const recalculated = recalculate(filled);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(recalculated);
  return { plan, book, recalculated };
}

/** The value LibreOffice computed (`cell.result`: ExcelJS's `cell.value` drops a result of 0). */
function valueAt(book: ExcelJS.Workbook, sheetName: string, address: string): unknown {
  const cell = book.getWorksheet(sheetName)!.getCell(address);
  return cell.formula ? cell.result : cell.value;
}

describe('formulas recalculated by LibreOffice give the numbers computed independently', () => {
  it('assignment (Thạch An 2025): per-commune counts, per-criterion counts and shares, average, distribution', async () => {
    const { plan, book } = await fillForLibreOffice('thach-an.xlsx', [thachAnAssignment(), thachAnResponsibility()]);
    const sheetName = 'Giao chỉ tiêu xã';
    const write = (role: string, key: string) => cellWrites(plan).find((w) => w.role === role && w.key === key)!;
    for (const commune of COMMUNES) {
      const marks = Array.from({ length: 19 }, (_, k) => markOf(commune, k + 1));
      expect(valueAt(book, sheetName, write('commune.baseline', commune).cell)).toBe(marks.filter((m) => m === 'x').length);
      expect(valueAt(book, sheetName, write('commune.planned', commune).cell)).toBe(marks.filter((m) => m === 'KH').length);
      expect(valueAt(book, sheetName, write('commune.end', commune).cell)).toBe(marks.filter(Boolean).length);
    }
    for (let k = 1; k <= 19; k++) {
      const planned = COMMUNES.filter((c) => markOf(c, k) === 'KH').length;
      const end = COMMUNES.filter((c) => markOf(c, k) !== null).length;
      expect(valueAt(book, sheetName, write('criterion.planned', String(k)).cell)).toBe(planned);
      expect(valueAt(book, sheetName, write('criterion.end', String(k)).cell)).toBe(end);
      expect(valueAt(book, sheetName, write('criterion.percent', String(k)).cell)).toBeCloseTo(end / 13, 10);
    }
    const ends = COMMUNES.map((c) => Array.from({ length: 19 }, (_, k) => markOf(c, k + 1)).filter(Boolean).length);
    expect(valueAt(book, sheetName, cellWrites(plan).find((w) => w.role === 'summary.average')!.cell)).toBeCloseTo(ends.reduce((a, b) => a + b, 0) / 13, 10);
    expect(valueAt(book, sheetName, write('group.count', '19').cell)).toBe(ends.filter((e) => e === 19).length);
    expect(valueAt(book, sheetName, write('group.count', '10-14').cell)).toBe(ends.filter((e) => e >= 10 && e <= 14).length);
    expect(valueAt(book, sheetName, write('village.planned', 'planned').cell)).toBe(5 + 9 + 6);
    expect(valueAt(book, sheetName, write('commune.group', 'Lê Lai').cell)).toBe('19');
  }, 180_000);

  it('targets (Lạng Sơn 2019): shares of the 207 communes read live from "Tổng số xã: 207"', async () => {
    const { plan, book } = await fillForLibreOffice('lang-son-2019.xlsx', [langSon2019Targets()]);
    for (const [n, , cumulative] of TARGETS_2019) {
      const write = cellWrites(plan).find((w) => w.role === 'criterion.percent' && w.key === String(n));
      if (cumulative === null) continue;
      expect(valueAt(book, 'Chỉ tiêu 2019', write!.cell)).toBeCloseTo((cumulative / 207) * 100, 10);
    }
  }, 180_000);

  it('targets and funding: cumulative = baseline + added, parents, total and shares', async () => {
    const { plan, book } = await fillForLibreOffice('funding.xlsx', [
      sheet('Chỉ tiêu', [['NĂM 2023'], ['Tổng số xã: 120'], ['TT', 'Tiêu chí', 'Đã đạt', 'Đạt thêm', 'Lũy kế', 'Tỷ lệ'], [2, 'Giao thông', 40, 5, null, null], [3, 'Thủy lợi', 70, 11, null, null]]),
      sheet('Vốn', [['TT', 'Nguồn vốn', 'Số tiền (tỷ đồng)', 'Tỷ lệ'], ['1', 'Ngân sách', null, null], ['-', 'Trung ương', 495.1, null], ['-', 'Địa phương', 157.7, null], ['2', 'Tín dụng', 1800, null]]),
    ]);
    const at = (role: string, key: string) => cellWrites(plan).find((w) => w.role === role && w.key === key)!.cell;
    expect(valueAt(book, 'Chỉ tiêu', at('criterion.end', '3'))).toBe(81);
    expect(valueAt(book, 'Chỉ tiêu', at('criterion.percent', '3'))).toBeCloseTo(81 / 120, 10);
    expect(valueAt(book, 'Vốn', at('funding.subtotal', 'Ngân sách'))).toBeCloseTo(495.1 + 157.7, 9);
    expect(valueAt(book, 'Vốn', at('funding.total', 'tong'))).toBeCloseTo(495.1 + 157.7 + 1800, 9);
    expect(valueAt(book, 'Vốn', at('funding.share', 'Trung ương'))).toBeCloseTo(495.1 / (495.1 + 157.7 + 1800), 10);
  }, 180_000);

  it('after the fill and a recalculation, check reports no arithmetic error on the cells the fill wrote', async () => {
    const { plan, recalculated } = await fillForLibreOffice('thach-an-check.xlsx', [thachAnAssignment(), langSon2019Targets()]);
    const report = checkWorkbook(await readWorkbookFile(recalculated));
    const written = new Set(cellWrites(plan).map((w) => `${w.sheet}!${w.cell}`));
    expect(report.issues.filter((i) => written.has(`${i.sheet}!${i.cell}`))).toEqual([]);
  }, 180_000);
});
