import JSZip from 'jszip';
import { insertTemplate } from '../../src/hosts/excel/insertTemplate';
import { removeSheets } from '../../src/hosts/excel/removeSheets';
import { writeConsolidationInExcel } from '../../src/hosts/excel/writeConsolidation';
import { consolidate } from '../../src/domain/consolidate/gather';
import { consolidatedTemplate, CONSOLIDATED } from '../../src/domain/consolidate/sheets';
import { communeRecords } from '../../src/domain/consolidate/records';
import { analyzeWorkbook } from '../../src/domain/engine';
import { assignmentSheet } from '../../src/domain/template/assignment';
import { marksFor, SET_2026 } from '../consolidate/communeFiles';

(globalThis as unknown as { Excel: unknown }).Excel = { WorksheetPositionType: { end: 'End' } };

const table = assignmentSheet({ catalog: SET_2026, year: 2027, communes: [], rows: [{ name: 'Lê Lai', marks: marksFor(1), villages: [], goal: null, group: 1 }] });
const records = communeRecords('le-lai.xlsx', analyzeWorkbook({ name: 'x', sheets: [table.snapshot] }));
const template = consolidatedTemplate(consolidate([{ file: 'le-lai.xlsx', catalog: SET_2026, planYear: 2027, records, issues: [] }], { fallbackYear: 2027, fallbackCatalog: SET_2026 }));

/** A recording Excel with sheets and defined names: what a consolidation needs. */
function excelWith(sheets: string[], names: Record<string, string> = {}, protectedBook = false) {
  const state = { sheets: [...sheets], names: new Map(Object.entries(names)), log: [] as string[], syncs: 0, queued: [] as (() => void | Promise<void>)[] };
  const worksheet = (name: string) => {
    let current = name;
    return {
      delete: () => state.queued.push(() => { state.log.push(`delete ${current}`); state.sheets = state.sheets.filter((s) => s !== current); }),
      set name(value: string) { state.queued.push(() => { state.log.push(`rename ${current} → ${value}`); state.sheets = state.sheets.map((s) => (s === current ? value : s)); current = value; }); },
      getRange: (address: string) => ({ sheet: () => current, address }),
    };
  };
  const context = {
    workbook: {
      protection: { load: () => undefined, protected: protectedBook },
      names: {
        getItemOrNullObject: (name: string) => ({
          load: () => undefined,
          get isNullObject() { return !state.names.has(name); },
          get formula() { return state.names.get(name); },
          delete: () => state.queued.push(() => { state.log.push(`name.delete ${name}`); state.names.delete(name); }),
        }),
        add: (name: string, range: { sheet: () => string }) => state.queued.push(() => { state.log.push(`name.add ${name}`); state.names.set(name, `='${range.sheet()}'!$A$1`); }),
      },
      worksheets: {
        load: () => undefined,
        get items() { return state.sheets.map((name) => ({ name })); },
        getItem: (name: string) => worksheet(name),
      },
      // Excel inserts the package's sheets under the names they have in it: read them from the package.
      insertWorksheetsFromBase64: (base64: string) => state.queued.push(async () => {
        const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
        const xml = await zip.file('xl/workbook.xml')!.async('string');
        for (const [, name] of xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)) {
          expect(state.sheets).not.toContain(name);
          state.sheets.push(name);
          state.log.push(`insert ${name}`);
        }
      }),
    },
    sync: async () => { state.syncs++; for (const op of state.queued.splice(0)) await op(); },
  };
  return { context: context as unknown as Excel.RequestContext, state };
}
describe('Office.js host: writing a consolidation', () => {
  it('a first consolidation: three sheets inserted and marked, in two syncs', async () => {
    const excel = excelWith(['Bìa']);
    expect(await writeConsolidationInExcel(excel.context, template, () => true)).toEqual(['Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']);
    expect(excel.state.syncs).toBe(2);
    expect(excel.state.sheets).toEqual(['Bìa', 'Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']);
    expect(excel.state.names.get(CONSOLIDATED.table.definedName)).toBe("='Tổng hợp giao chỉ tiêu'!$A$1");
  });

  it('a second one replaces the sheets of the first under their names, and never a user\'s sheet of that name', async () => {
    const excel = excelWith(['Bìa', 'Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp'], {
      [CONSOLIDATED.table.definedName]: "='Tổng hợp giao chỉ tiêu'!$A$1",
      [CONSOLIDATED.groups.definedName]: "='Tổng hợp theo nhóm xã'!$A$1",
    });
    expect(await writeConsolidationInExcel(excel.context, template, () => true)).toEqual(['Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp (2)']);
    expect(excel.state.syncs).toBe(2);
    expect(excel.state.sheets).toEqual(['Bìa', 'Báo cáo tổng hợp', 'Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp (2)']);
    expect(excel.state.log.filter((l) => l.startsWith('delete'))).toEqual(['delete Tổng hợp giao chỉ tiêu', 'delete Tổng hợp theo nhóm xã']);
  });

  it('refuses a protected workbook before writing anything, and says which Excel is needed', async () => {
    const excel = excelWith(['Bìa'], {}, true);
    await expect(writeConsolidationInExcel(excel.context, template, () => true)).rejects.toThrow(/bảo vệ/);
    expect(excel.state.sheets).toEqual(['Bìa']);
    await expect(writeConsolidationInExcel(excelWith(['Bìa']).context, template, () => false)).rejects.toThrow(/ExcelApi 1\.13/);
  });

  it('on iPad, where Excel reports ExcelApi 1.13 but cannot insert sheets from a file, says so and writes nothing', async () => {
    const excel = excelWith(['Bìa']);
    await expect(writeConsolidationInExcel(excel.context, template, () => true, 'iOS')).rejects.toMatchObject({ name: 'InsertUnsupportedError', reason: 'ipad' });
    await expect(writeConsolidationInExcel(excel.context, template, () => true, 'iOS')).rejects.toThrow(/iPad/);
    expect(excel.state.sheets).toEqual(['Bìa']);
    expect(excel.state.log).toEqual([]);
    await expect(insertTemplate(excel.context, template, () => true, 'iOS')).rejects.toThrow(/iPad/);
    expect(excel.state.sheets).toEqual(['Bìa']);
  });

  it('undoes an inserted template: the sheets it added are deleted, a sheet renamed since and the last sheet stay', async () => {
    const excel = excelWith(['Bìa']);
    const names = await insertTemplate(excel.context, template, () => true, 'PC');
    expect(excel.state.sheets).toEqual(['Bìa', ...names]);
    expect(await removeSheets(excel.context, names)).toEqual(names);
    expect(excel.state.sheets).toEqual(['Bìa']);
    const only = excelWith(['Tổng hợp giao chỉ tiêu']);
    expect(await removeSheets(only.context, ['Tổng hợp giao chỉ tiêu'])).toEqual([]);
    expect(only.state.sheets).toEqual(['Tổng hợp giao chỉ tiêu']);
  });
});
