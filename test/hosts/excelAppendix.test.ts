import { writeGeneratedSheet } from '../../src/hosts/excel/writeGeneratedSheet';
import { GENERATED } from '../../src/domain/appendix/generated';
import { analyzeWorkbook } from '../../src/domain/engine';
import { buildAppendix } from '../../src/domain/appendix/build';
import { layoutAppendix } from '../../src/domain/appendix/layout';
import { sheet, workbook } from '../helpers/sheets';
import { insertProgressChart } from '../../src/hosts/excel/insertChart';

type Log = { op: string; sheet?: string; value?: unknown }[];

/** A recording Excel with sheets and defined names, enough for writing a generated sheet. */
function excelWith(sheetNames: string[], marker?: string, workbookProtected = false) {
  const log: Log = [];
  const state = { sheets: [...sheetNames], names: new Map<string, string>(marker ? [[GENERATED.appendix.definedName, `='${marker}'!$A$1`]] : []) };
  let syncs = 0;
  const range = (sheet: string, what: string) => {
    const fmt: Record<string, unknown> = {};
    const format = new Proxy(fmt, {
      get: (_t, key) => (key === 'borders' ? { getItem: () => ({ set style(v: string) { log.push({ op: 'border', sheet, value: v }); } }) } : key === 'font' ? new Proxy({}, { set: (_o, k, v) => (log.push({ op: `font.${String(k)}`, sheet, value: v }), true) }) : undefined),
      set: (_t, key, value) => (log.push({ op: `format.${String(key)}`, sheet, value }), true),
    });
    return {
      format,
      set numberFormat(value: unknown) { log.push({ op: 'numberFormat', sheet, value: [what, value] }); },
      set values(value: unknown) { log.push({ op: 'values', sheet, value }); },
      merge: () => log.push({ op: 'merge', sheet, value: what }),
    };
  };
  const worksheet = (name: string) => ({
    delete: () => { log.push({ op: 'delete', sheet: name }); state.sheets = state.sheets.filter((s) => s !== name); },
    getRangeByIndexes: (r: number, c: number, h: number, w: number) => range(name, `${r},${c},${h},${w}`),
    getRange: (address: string) => range(name, address),
    freezePanes: { freezeRows: (n: number) => log.push({ op: 'freeze', sheet: name, value: n }) },
    pageLayout: new Proxy({ setPrintTitleRows: (rows: string) => log.push({ op: 'printTitles', sheet: name, value: rows }) }, { set: (_t, k, v) => (log.push({ op: `page.${String(k)}`, sheet: name, value: v }), true) }),
    activate: () => log.push({ op: 'activate', sheet: name }),
    charts: { add: (type: string, _range: unknown, seriesBy: string) => { log.push({ op: 'chart', sheet: name, value: [type, seriesBy] }); return { title: {}, setPosition: () => undefined }; } },
  });
  const context = {
    workbook: {
      protection: { load: () => undefined, protected: workbookProtected },
      names: {
        getItemOrNullObject: (name: string) => ({
          load: () => undefined,
          get isNullObject() { return !state.names.has(name); },
          get formula() { return state.names.get(name); },
          delete: () => { log.push({ op: 'name.delete', value: name }); },
        }),
        add: (name: string) => log.push({ op: 'name.add', value: name }),
      },
      worksheets: {
        load: () => undefined,
        get items() { return state.sheets.map((name) => ({ name })); },
        getItem: (name: string) => worksheet(name),
        add: (name: string) => { log.push({ op: 'add', sheet: name }); state.sheets.push(name); return worksheet(name); },
      },
    },
    sync: async () => { syncs++; },
  };
  return { context: context as unknown as Excel.RequestContext, log, syncs: () => syncs, state };
}

const layout = layoutAppendix(buildAppendix(analyzeWorkbook(workbook(sheet('Việc', [
  ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Thời gian'],
  [1, '=SUM(A1)', 'BCĐ', '+Các xã', 'Quý I'],
])))));

describe('Office.js host: writing a generated sheet', () => {
  it('writes every cell as text, formats, merges and print settings in two syncs', async () => {
    const excel = excelWith(['Việc']);
    expect(await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true)).toBe('Phụ lục');
    expect(excel.syncs()).toBe(2);
    const format = excel.log.findIndex((o) => o.op === 'numberFormat');
    const values = excel.log.findIndex((o) => o.op === 'values');
    expect(format).toBeGreaterThanOrEqual(0);
    expect(format).toBeLessThan(values);
    expect((excel.log[values].value as string[][]).flat()).toContain('=SUM(A1)');
    expect(excel.log.filter((o) => o.op.startsWith('page.') || o.op === 'printTitles').map((o) => `${o.op}=${JSON.stringify(o.value)}`)).toEqual([
      'page.orientation="Landscape"', 'page.paperSize="A4"', 'page.zoom={"horizontalFitToPages":1,"verticalFitToPages":0}', 'printTitles="$4:$4"',
    ]);
    expect(excel.log.some((o) => o.op === 'name.add')).toBe(true);
  });

  it('replaces the sheet it generated before, under the same name', async () => {
    const excel = excelWith(['Việc', 'Phụ lục (2)'], 'Phụ lục (2)');
    expect(await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true)).toBe('Phụ lục (2)');
    expect(excel.log.filter((o) => o.op === 'delete').map((o) => o.sheet)).toEqual(['Phụ lục (2)']);
  });

  it('never touches a user\'s own sheet of that name', async () => {
    const excel = excelWith(['Việc', 'Phụ lục']);
    expect(await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true)).toBe('Phụ lục (2)');
    expect(excel.log.filter((o) => o.op === 'delete')).toEqual([]);
  });

  it('refuses, writing nothing, when the workbook\'s structure is protected', async () => {
    const excel = excelWith(['Việc'], undefined, true);
    await expect(writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true)).rejects.toThrow(/bảo vệ cấu trúc/);
    expect(excel.log).toEqual([]);
  });

  it('skips print settings where ExcelApi 1.9 is missing', async () => {
    const excel = excelWith([]);
    await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => false);
    expect(excel.log.filter((o) => o.op.startsWith('page.'))).toEqual([]);
  });
});

describe('Office.js host: the summary chart', () => {
  it('writes the data on a generated sheet and adds a native bar chart, in two syncs', async () => {
    (globalThis as unknown as { Excel: unknown }).Excel = { ChartType: { barClustered: 'BarClustered' }, ChartSeriesBy: { columns: 'Columns' } };
    const excel = excelWith([]);
    const name = await insertProgressChart(excel.context, [{ number: 1, name: 'Quy hoạch', now: 3, end: 5, communes: 13 }], () => true);
    expect(name).toBe('Biểu đồ tiêu chí');
    expect(excel.syncs()).toBe(2);
    expect(excel.log.find((o) => o.op === 'chart')).toEqual({ op: 'chart', sheet: 'Biểu đồ tiêu chí', value: ['BarClustered', 'Columns'] });
    expect(excel.log.filter((o) => o.op === 'values').map((o) => o.value)).toContainEqual([[3, 5]]);
  });
});
