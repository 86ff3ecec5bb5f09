import { GeneratedWriteError, writeGeneratedSheet } from '../../src/hosts/excel/writeGeneratedSheet';
import { GENERATED } from '../../src/domain/appendix/generated';
import { analyzeWorkbook } from '../../src/domain/engine';
import { buildAppendix } from '../../src/domain/appendix/build';
import { layoutAppendix } from '../../src/domain/appendix/layout';
import { failureOf } from '../../src/hosts/excel/failures';
import { sheet, workbook } from '../helpers/sheets';
import { insertProgressChart } from '../../src/hosts/excel/insertChart';
import { undoGeneratedSheets, UndoSheetsRefusedError } from '../../src/hosts/excel/undoGenerated';
import { readWorkbookSnapshot } from '../../src/hosts/excel/readWorkbook';
import { fakeExcel, type FakeExcel } from '../helpers/fakeExcel';

const tasks = sheet('Việc', [
  ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Thời gian'],
  [1, '=SUM(A1)', 'BCĐ', '+Các xã', 'Quý I'],
  [2, '12', 'BCĐ', 'Phòng NN', 'Quý II'],
]);
const layout = layoutAppendix(buildAppendix(analyzeWorkbook(workbook(tasks))));
const all = () => true;
const context = (excel: FakeExcel) => excel as unknown as Excel.RequestContext;

/** A workbook with the plan's sheet and, when asked, an appendix generated before (marked by its defined name). */
function excelWith(extra: string[] = [], marked?: string, options: Parameters<typeof fakeExcel>[0] = {}) {
  return fakeExcel({
    sheets: [tasks, ...extra.map((name) => sheet(name, [['TT', 'Nội dung công việc'], [1, `Việc của ${name}`]]))],
    names: marked ? [{ name: GENERATED.appendix.definedName, formula: `='${marked}'!$A$1` }] : [],
    ...options,
  });
}

const texts = (excel: FakeExcel, name: string) => excel.state().workbook.sheets.find((s) => s.name === name)!.values.flat().filter((v) => v !== null);

describe('Office.js host: writing a generated sheet', () => {
  it('writes every cell as a text (a formula-like or number-like text stays a text), formats, merges and print settings, then marks the sheet', async () => {
    const excel = excelWith();
    const undo = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all);
    expect(undo.added).toBe('Phụ lục');
    const written = texts(excel, 'Phụ lục');
    expect(written).toContain('=SUM(A1)');
    expect(written).toContain('12');
    expect(written.filter((v) => typeof v !== 'string')).toEqual([]);
    const state = excel.sheet('Phụ lục')!;
    expect(state.page).toEqual({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitles: '$4:$4' });
    expect(state.frozenRows).toBe(4);
    expect(state.merges.length).toBe(layout.merges.length);
    expect(excel.state().names).toEqual({ [GENERATED.appendix.definedName]: "='Phụ lục'!$A$1" });
    expect(excel.applied[excel.applied.length - 1]).toEqual({ op: 'activate', sheet: 'Phụ lục' });
  });

  it('replaces the sheet it generated before, under the same name, keeping the old one hidden for an undo', async () => {
    const excel = excelWith(['Phụ lục (2)'], 'Phụ lục (2)');
    expect(await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all)).toMatchObject({ added: 'Phụ lục (2)', definedName: GENERATED.appendix.definedName, previous: { name: 'Phụ lục (2)', backup: 'Phụ lục (2) (bản trước)' } });
    expect(excel.state().sheetNames).toEqual(['Việc', 'Phụ lục (2) (bản trước)', 'Phụ lục (2)']);
    expect(excel.state().hidden).toEqual(['Phụ lục (2) (bản trước)']);
    expect(excel.state().names[GENERATED.appendix.definedName]).toBe("='Phụ lục (2)'!$A$1");
    // Written again: the copy kept for the first undo goes, one copy at a time.
    await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all);
    expect(excel.state().sheetNames).toEqual(['Việc', 'Phụ lục (2) (bản trước)', 'Phụ lục (2)']);
    expect(excel.applied.filter((o) => o.op === 'delete')).toHaveLength(1);
  });

  it('never touches a user\'s own sheet of that name, in whatever case: "PHỤ LỤC" is taken for "Phụ lục", as Excel takes it', async () => {
    for (const own of ['Phụ lục', 'PHỤ LỤC', 'phụ lục']) {
      const excel = excelWith([own]);
      expect((await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all)).added).toBe('Phụ lục (2)');
      expect(excel.state().sheetNames).toEqual(['Việc', own, 'Phụ lục (2)']);
    }
  });

  it('refuses, writing nothing, when the workbook\'s structure is protected', async () => {
    const excel = excelWith([], undefined, { workbookProtected: true });
    const failure = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all).catch((error: unknown) => error);
    expect(failureOf(failure).code).toBe('workbook-protected');
    expect(excel.applied).toEqual([]);
  });

  it('skips print settings where ExcelApi 1.9 is missing', async () => {
    const excel = excelWith();
    await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, () => false);
    expect(excel.sheet('Phụ lục')!.page).toEqual({});
  });
});

describe('Office.js host: a generated sheet while another workbook has the focus', () => {
  it.each(['InactiveWorkbook', 'GeneralException'])('adding the sheet fails (%s): nothing changed, the failure says to come back to this workbook', async (code) => {
    const excel = excelWith(['Phụ lục'], 'Phụ lục', { focusErrorCode: code });
    excel.person.switchWorkbook();
    const failure = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GeneratedWriteError);
    expect(failureOf(failure).code).toBe(code === 'InactiveWorkbook' ? 'inactive-workbook' : 'general');
    expect(excel.state().sheetNames).toEqual(['Việc', 'Phụ lục']);
    expect(excel.state().hidden).toEqual([]);
  });

  it('focus lost while the content is written (freezing the header fails): the previous sheet is untouched, the undo drops the unfinished one, and writing again finishes', async () => {
    const excel = excelWith(['Phụ lục'], 'Phụ lục');
    const previous = texts(excel, 'Phụ lục');
    // Syncs: 1 the state, 2 the new sheet, 3 its content — when the person switches to another workbook.
    const losing = fakeExcel({ sheets: excel.state().workbook.sheets, names: [{ name: GENERATED.appendix.definedName, formula: "='Phụ lục'!$A$1" }], beforeSync: (n) => { if (n === 3) losing.person.switchWorkbook(); } });
    const failure = await writeGeneratedSheet(context(losing), GENERATED.appendix, layout, all).catch((error: unknown) => error) as GeneratedWriteError;
    expect(failure).toBeInstanceOf(GeneratedWriteError);
    expect(failure.code).toBe('InactiveWorkbook');
    // The user's appendix is still there, visible, under its name and marker; the unfinished sheet is not read as part of the plan.
    expect(texts(losing, 'Phụ lục')).toEqual(previous);
    expect(losing.state().hidden).toEqual([]);
    expect(losing.state().names[GENERATED.appendix.definedName]).toBe("='Phụ lục'!$A$1");
    expect((await readWorkbookSnapshot(context(losing), { supports: all })).sheets.map((s) => s.name)).toEqual(['Việc', 'Phụ lục']);
    expect(failure.undo).toBeDefined();
    losing.person.comeBack();
    await undoGeneratedSheets(context(losing), [failure.undo!]);
    expect(losing.state().sheetNames).toEqual(['Việc', 'Phụ lục']);
    expect(texts(losing, 'Phụ lục')).toEqual(previous);
    // Or written again: the unfinished sheet goes, the new one replaces the user's appendix as usual.
    const again = fakeExcel({ sheets: excel.state().workbook.sheets, names: [{ name: GENERATED.appendix.definedName, formula: "='Phụ lục'!$A$1" }], beforeSync: (n) => { if (n === 3) again.person.switchWorkbook(); } });
    await writeGeneratedSheet(context(again), GENERATED.appendix, layout, all).catch(() => undefined);
    again.person.comeBack();
    await writeGeneratedSheet(context(again), GENERATED.appendix, layout, all);
    expect(again.state().sheetNames).toEqual(['Việc', 'Phụ lục (bản trước)', 'Phụ lục']);
    expect(again.state().hidden).toEqual(['Phụ lục (bản trước)']);
  });

  it('Excel stopping in the middle of the swap: the undo gives the user\'s sheet back; writing again finishes the swap', async () => {
    for (const then of ['undo', 'again'] as const) {
      let renames = 0;
      const excel = excelWith(['Phụ lục'], 'Phụ lục', { failOn: (op) => (op.op === 'rename' && ++renames === 2 ? { code: 'GeneralException' } : undefined) });
      const previous = texts(excel, 'Phụ lục');
      const failure = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all).catch((error: unknown) => error) as GeneratedWriteError;
      expect(failure).toBeInstanceOf(GeneratedWriteError);
      // In between: the user's sheet set aside and hidden, the new one not yet named.
      expect(excel.state().hidden).toEqual(['Phụ lục (bản trước)']);
      if (then === 'undo') {
        await undoGeneratedSheets(context(excel), [failure.undo!]);
        expect(excel.state().sheetNames).toEqual(['Việc', 'Phụ lục']);
        expect(excel.state().hidden).toEqual([]);
        expect(texts(excel, 'Phụ lục')).toEqual(previous);
        expect(excel.state().names).toEqual({ [GENERATED.appendix.definedName]: "='Phụ lục'!$A$1" });
      } else {
        const undo = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all);
        expect(excel.state().sheetNames).toEqual(['Việc', 'Phụ lục (bản trước)', 'Phụ lục']);
        expect(excel.state().hidden).toEqual(['Phụ lục (bản trước)']);
        await undoGeneratedSheets(context(excel), [undo]);
        expect(excel.state().sheetNames).toEqual(['Việc', 'Phụ lục']);
        expect(texts(excel, 'Phụ lục')).toEqual(previous);
      }
    }
  });
  it('focus lost only when the finished sheet is activated: the sheet is written all the same', async () => {
    // Syncs: 1 the state, 2 the new sheet, 3 its content, 4 the swap, 5 the activation.
    const excel = excelWith(['Phụ lục'], 'Phụ lục', { beforeSync: (n) => { if (n === 5) excel.person.switchWorkbook(); } });
    const undo = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all);
    expect(undo.added).toBe('Phụ lục');
    expect(excel.state().sheetNames).toEqual(['Việc', 'Phụ lục (bản trước)', 'Phụ lục']);
  });

  it('whichever step of the swap Excel stops at, the workbook can always be brought to one state: the undo gives the user\'s sheet back, writing again finishes', async () => {
    // The swap's seven operations: the copy marked, renamed, hidden; the marker moved; the new sheet named; its "being written" marker gone.
    for (let step = 1; step <= 7; step++) {
      for (const then of ['undo', 'again'] as const) {
        let sync = 0;
        let seen = 0;
        // Syncs: 1 the state, 2 the new sheet, 3 its content, 4 the swap — which fails at its `step`-th operation.
        const excel = excelWith(['Phụ lục'], 'Phụ lục', { beforeSync: (n) => { sync = n; }, failOn: (op) => (sync === 4 && op.op !== 'load' && ++seen === step ? { code: 'GeneralException' } : undefined) });
        const previous = texts(excel, 'Phụ lục');
        const outcome = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all).catch((error: unknown) => error as GeneratedWriteError);
        expect([step, outcome]).toEqual([step, expect.any(GeneratedWriteError)]);
        const undo = (outcome as GeneratedWriteError).undo!;
        if (then === 'undo') {
          await undoGeneratedSheets(context(excel), [undo]);
          expect([step, excel.state().sheetNames, excel.state().hidden]).toEqual([step, ['Việc', 'Phụ lục'], []]);
          expect(texts(excel, 'Phụ lục')).toEqual(previous);
          expect(excel.state().names).toEqual({ [GENERATED.appendix.definedName]: "='Phụ lục'!$A$1" });
        } else {
          await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all);
          expect([step, excel.state().sheetNames, excel.state().hidden]).toEqual([step, ['Việc', 'Phụ lục (bản trước)', 'Phụ lục'], ['Phụ lục (bản trước)']]);
          expect([step, texts(excel, 'Phụ lục (bản trước)')]).toEqual([step, previous]);
          expect(Object.keys(excel.state().names).sort()).toEqual([GENERATED.appendix.definedName, `${GENERATED.appendix.definedName}_TRUOC`]);
        }
      }
    }
  });
});

describe('Office.js host: the summary chart', () => {
  it('writes the data on a generated sheet and adds a native bar chart', async () => {
    (globalThis as unknown as { Excel: unknown }).Excel = { ChartType: { barClustered: 'BarClustered' }, ChartSeriesBy: { columns: 'Columns' } };
    const excel = excelWith();
    const { added } = await insertProgressChart(context(excel), [{ number: 1, name: 'Quy hoạch', now: 3, end: 5, communes: 13 }], all);
    expect(added).toBe('Biểu đồ tiêu chí');
    expect(excel.sheet('Biểu đồ tiêu chí')!.charts).toEqual([{ type: 'BarClustered', seriesBy: 'Columns', title: 'Số xã đạt từng tiêu chí: hiện nay và cuối năm' }]);
    expect(excel.state().workbook.sheets.find((s) => s.name === 'Biểu đồ tiêu chí')!.values[1]).toEqual(['1. Quy hoạch', 3, 5]);
  });
});

describe('Office.js host: undo of generated sheets ("Hoàn tác")', () => {
  it('deletes a sheet written for the first time, and its marker', async () => {
    const excel = excelWith();
    const undo = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all);
    expect(await undoGeneratedSheets(context(excel), [undo])).toEqual(['Phụ lục']);
    expect(excel.state().sheetNames).toEqual(['Việc']);
    expect(excel.state().names).toEqual({});
  });

  it('gives back the sheet a write replaced: visible, under its name, marked as the add-in\'s again', async () => {
    const excel = excelWith(['Phụ lục'], 'Phụ lục');
    const previous = texts(excel, 'Phụ lục');
    const undo = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all);
    expect(await undoGeneratedSheets(context(excel), [undo])).toEqual(['Phụ lục']);
    expect(excel.state().sheetNames).toEqual(['Việc', 'Phụ lục']);
    expect(excel.state().hidden).toEqual([]);
    expect(texts(excel, 'Phụ lục')).toEqual(previous);
    expect(excel.state().names).toEqual({ [GENERATED.appendix.definedName]: "='Phụ lục'!$A$1" });
  });

  it('undoes the matrix and the appendix written together, the last first', async () => {
    const excel = excelWith();
    const matrix = await writeGeneratedSheet(context(excel), GENERATED.matrix, layout, all);
    const appendix = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all);
    expect(await undoGeneratedSheets(context(excel), [matrix, appendix])).toEqual(['Phụ lục', 'Ma trận phụ trách']);
    expect(excel.state().sheetNames).toEqual(['Việc']);
  });

  it.each(['edited', 'renamed'] as const)('refuses a generated sheet a person %s since, says so, and keeps the copy of the one it replaced', async (change) => {
    const excel = excelWith(['Phụ lục'], 'Phụ lục');
    const undo = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all);
    if (change === 'edited') excel.person.type('Phụ lục', 'B6', 'Đã bổ sung: rà soát quy hoạch');
    else excel.person.renameSheet('Phụ lục', 'Phụ lục của tôi');
    const failure = await undoGeneratedSheets(context(excel), [undo]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UndoSheetsRefusedError);
    expect(failureOf(failure)).toMatchObject({ code: 'undo-sheets-refused', params: { sheets: change === 'edited' ? 'Phụ lục' : 'Phụ lục của tôi' } });
    expect(excel.state().sheetNames).toEqual(['Việc', 'Phụ lục (bản trước)', change === 'edited' ? 'Phụ lục' : 'Phụ lục của tôi']);
  });
});
