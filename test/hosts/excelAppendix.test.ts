import { writeGeneratedSheet } from '../../src/hosts/excel/writeGeneratedSheet';
import { GENERATED } from '../../src/domain/appendix/generated';
import { analyzeWorkbook } from '../../src/domain/engine';
import { buildAppendix } from '../../src/domain/appendix/build';
import { layoutAppendix } from '../../src/domain/appendix/layout';
import { sheet, workbook } from '../helpers/sheets';
import { insertProgressChart } from '../../src/hosts/excel/insertChart';
import { undoGeneratedSheets } from '../../src/hosts/excel/undoGenerated';

type Log = { op: string; sheet?: string; value?: unknown }[];

/** A recording Excel with sheets (renamed, hidden, deleted) and defined names, enough for writing generated sheets and undoing them. */
function excelWith(sheetNames: string[], marker?: string, workbookProtected = false) {
  const log: Log = [];
  const state = { sheets: [...sheetNames], hidden: new Set<string>(), names: new Map<string, string>(marker ? [[GENERATED.appendix.definedName, `='${marker}'!$A$1`]] : []) };
  let syncs = 0;
  const range = (sheet: () => string, what: string) => {
    const fmt: Record<string, unknown> = {};
    const format = new Proxy(fmt, {
      get: (_t, key) => (key === 'borders' ? { getItem: () => ({ set style(v: string) { log.push({ op: 'border', sheet: sheet(), value: v }); } }) } : key === 'font' ? new Proxy({}, { set: (_o, k, v) => (log.push({ op: `font.${String(k)}`, sheet: sheet(), value: v }), true) }) : undefined),
      set: (_t, key, value) => (log.push({ op: `format.${String(key)}`, sheet: sheet(), value }), true),
    });
    return {
      sheet,
      format,
      set numberFormat(value: unknown) { log.push({ op: 'numberFormat', sheet: sheet(), value: [what, value] }); },
      set values(value: unknown) { log.push({ op: 'values', sheet: sheet(), value }); },
      merge: () => log.push({ op: 'merge', sheet: sheet(), value: what }),
    };
  };
  const worksheet = (name: string) => {
    let current = name;
    const at = () => current;
    return {
      get name() { return current; },
      set name(value: string) { log.push({ op: 'rename', sheet: current, value }); state.sheets = state.sheets.map((s) => (s === current ? value : s)); if (state.hidden.delete(current)) state.hidden.add(value); current = value; },
      set visibility(value: string) { log.push({ op: 'visibility', sheet: current, value }); if (value === 'Hidden') state.hidden.add(current); else state.hidden.delete(current); },
      delete: () => { log.push({ op: 'delete', sheet: current }); state.sheets = state.sheets.filter((s) => s !== current); },
      getRangeByIndexes: (r: number, c: number, h: number, w: number) => range(at, `${r},${c},${h},${w}`),
      getRange: (address: string) => range(at, address),
      freezePanes: { freezeRows: (n: number) => log.push({ op: 'freeze', sheet: current, value: n }) },
      pageLayout: new Proxy({ setPrintTitleRows: (rows: string) => log.push({ op: 'printTitles', sheet: current, value: rows }) }, { set: (_t, k, v) => (log.push({ op: `page.${String(k)}`, sheet: current, value: v }), true) }),
      activate: () => log.push({ op: 'activate', sheet: current }),
      charts: { add: (type: string, _range: unknown, seriesBy: string) => { log.push({ op: 'chart', sheet: current, value: [type, seriesBy] }); return { title: {}, setPosition: () => undefined }; } },
    };
  };
  const context = {
    workbook: {
      protection: { load: () => undefined, protected: workbookProtected },
      names: {
        getItemOrNullObject: (name: string) => ({
          load: () => undefined,
          get isNullObject() { return !state.names.has(name); },
          get formula() { return state.names.get(name); },
          delete: () => { log.push({ op: 'name.delete', value: name }); state.names.delete(name); },
        }),
        add: (name: string, target: { sheet: () => string }) => { log.push({ op: 'name.add', value: name }); state.names.set(name, `='${target.sheet().replace(/'/g, "''")}'!$A$1`); },
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
    expect((await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true)).added).toBe('Phụ lục');
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

  it('replaces the sheet it generated before, under the same name, keeping the old one hidden for an undo', async () => {
    const excel = excelWith(['Việc', 'Phụ lục (2)'], 'Phụ lục (2)');
    expect(await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true)).toEqual({ added: 'Phụ lục (2)', definedName: GENERATED.appendix.definedName, previous: { name: 'Phụ lục (2)', backup: 'Phụ lục (2) (bản trước)' } });
    expect(excel.state.sheets).toEqual(['Việc', 'Phụ lục (2) (bản trước)', 'Phụ lục (2)']);
    expect([...excel.state.hidden]).toEqual(['Phụ lục (2) (bản trước)']);
    expect(excel.state.names.get(GENERATED.appendix.definedName)).toBe("='Phụ lục (2)'!$A$1");
    // Written again: the copy kept for the first undo goes, one copy at a time.
    await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true);
    expect(excel.state.sheets).toEqual(['Việc', 'Phụ lục (2) (bản trước)', 'Phụ lục (2)']);
    expect(excel.log.filter((o) => o.op === 'delete').map((o) => o.sheet)).toEqual(['Phụ lục (2) (bản trước)']);
  });

  it('never touches a user\'s own sheet of that name', async () => {
    const excel = excelWith(['Việc', 'Phụ lục']);
    expect((await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true)).added).toBe('Phụ lục (2)');
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
    const { added } = await insertProgressChart(excel.context, [{ number: 1, name: 'Quy hoạch', now: 3, end: 5, communes: 13 }], () => true);
    expect(added).toBe('Biểu đồ tiêu chí');
    expect(excel.syncs()).toBe(2);
    expect(excel.log.find((o) => o.op === 'chart')).toEqual({ op: 'chart', sheet: 'Biểu đồ tiêu chí', value: ['BarClustered', 'Columns'] });
    expect(excel.log.filter((o) => o.op === 'values').map((o) => o.value)).toContainEqual([[3, 5]]);
  });
});

describe('Office.js host: undo of generated sheets ("Hoàn tác")', () => {
  it('deletes a sheet written for the first time, and its marker', async () => {
    const excel = excelWith(['Việc']);
    const undo = await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true);
    expect(await undoGeneratedSheets(excel.context, [undo])).toEqual(['Phụ lục']);
    expect(excel.state.sheets).toEqual(['Việc']);
    expect([...excel.state.names.keys()]).toEqual([]);
  });

  it('gives back the sheet a write replaced: visible, under its name, marked as the add-in\'s again', async () => {
    const excel = excelWith(['Việc', 'Phụ lục'], 'Phụ lục');
    const undo = await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true);
    const syncs = excel.syncs();
    expect(await undoGeneratedSheets(excel.context, [undo])).toEqual(['Phụ lục']);
    expect(excel.syncs() - syncs).toBe(2);
    expect(excel.state.sheets).toEqual(['Việc', 'Phụ lục']);
    expect([...excel.state.hidden]).toEqual([]);
    expect(Object.fromEntries(excel.state.names)).toEqual({ [GENERATED.appendix.definedName]: "='Phụ lục'!$A$1" });
    // The sheet given back is the old one: the new one was deleted, the old one renamed back.
    expect(excel.log.slice(-6).filter((o) => ['visibility', 'delete', 'rename'].includes(o.op)).map((o) => `${o.op} ${o.sheet}`)).toEqual(['visibility Phụ lục (bản trước)', 'delete Phụ lục', 'rename Phụ lục (bản trước)']);
  });

  it('undoes the matrix and the appendix written together, the last first; leaves alone a sheet a person renamed', async () => {
    const excel = excelWith(['Việc']);
    const matrix = await writeGeneratedSheet(excel.context, GENERATED.matrix, layout, () => true);
    const appendix = await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true);
    expect(await undoGeneratedSheets(excel.context, [matrix, appendix])).toEqual(['Phụ lục', 'Ma trận phụ trách']);
    expect(excel.state.sheets).toEqual(['Việc']);
    const again = await writeGeneratedSheet(excel.context, GENERATED.appendix, layout, () => true);
    excel.state.sheets = excel.state.sheets.map((s) => (s === 'Phụ lục' ? 'Phụ lục của tôi' : s));
    expect(await undoGeneratedSheets(excel.context, [again])).toEqual([]);
    expect(excel.state.sheets).toEqual(['Việc', 'Phụ lục của tôi']);
  });
});
