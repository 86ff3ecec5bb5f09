import ExcelJS from 'exceljs';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { applyPlanToWorkbook } from '../../src/hosts/xlsx/applyPlan';
import { openWorkbookFile } from '../../src/hosts/xlsx/files';
import { saveWorkbook } from '../../src/hosts/xlsx/save';
import { recalculate, sofficePath } from '../helpers/libreoffice';
import { tempDir, writeXlsx } from '../helpers/xlsx';
import { adr } from '../helpers/sheets';
import { LAYOUTS, planData, render } from './invariance';

const dir = tempDir();
const soffice = sofficePath();

/** The data a plan computes: year ends and shares per criterion, shares per group, the groups' total. */
function computed(at: Map<string, string>): string[] {
  return [...at.keys()].filter((datum) => /\.(end|share)$/.test(datum) || datum === 'groups.total');
}

// One plan in every layout, its computed cells blank: the fill writes formulas, LibreOffice
// recalculates them, and each must give what the test computes from the plan's inputs.
(soffice ? describe : describe.skip)('fill: the same plan in every layout recalculates to the same numbers (LibreOffice)', () => {
  const data = planData(5);
  const expected = (datum: string): number => {
    const criterion = /^c(\d+)\.(end|share)$/.exec(datum);
    if (criterion) {
      const c = data.criteria[Number(criterion[1]) - 1];
      return criterion[2] === 'end' ? c.baseline + c.added : ((c.baseline + c.added) / data.communes) * 100;
    }
    const group = /^g(\d+)\.share$/.exec(datum);
    if (group) return (data.groups[Number(group[1]) - 1].count / data.communes) * 100;
    return data.communes;
  };

  test.each(Object.keys(LAYOUTS))('%s', async (layout) => {
    const rendered = render(data, layout);
    const blank = computed(rendered.at);
    const values = rendered.sheet.values.map((row) => [...row]);
    for (const datum of blank) {
      const { row, col } = adr(rendered.at.get(datum)!);
      values[row][col] = null;
    }
    const input = await writeXlsx(dir, `${layout}.xlsx`, [{ ...rendered.sheet, values }]);
    const opened = await openWorkbookFile(input);
    const { plan } = planFill(opened.snapshot, {});
    const written = new Map(cellWrites(plan).map((w) => [w.cell, w]));
    const skipped = new Map(plan.skipped.map((s) => [s.cell, s.reason]));
    applyPlanToWorkbook(opened.workbook, plan, { cachedResults: false });
    const filled = `${dir}/filled-${layout}.xlsx`;
    await saveWorkbook(opened.workbook, filled);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(recalculate(filled));
    const sheet = book.worksheets[0];
    for (const datum of blank) {
      const cell = rendered.at.get(datum)!;
      // Counts typed as text ("05", "-") cannot be summed by a formula: the fill says so instead.
      if (LAYOUTS[layout].numbers === 'text' && !written.has(cell)) {
        expect(`${datum} ${skipped.get(cell) ?? 'not said'}`).toBe(`${datum} text-number`);
        continue;
      }
      expect(written.has(cell) ? datum : `${datum} (${cell}) not written`).toBe(datum);
      const at = sheet.getCell(cell);
      const shown = Number(at.formula ? at.result ?? 0 : at.value) * (written.get(cell)!.numberFormat?.endsWith('%') ? 100 : 1);
      expect(`${datum} ${Math.abs(shown - expected(datum)) <= 1e-6}`).toBe(`${datum} true`);
    }
  });
});
