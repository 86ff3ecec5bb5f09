import { InsertFailedError, insertTemplate } from '../../src/hosts/excel/insertTemplate';
import { removeSheets } from '../../src/hosts/excel/removeSheets';
import { writeConsolidationInExcel } from '../../src/hosts/excel/writeConsolidation';
import { consolidate } from '../../src/domain/consolidate/gather';
import { consolidatedTemplate, CONSOLIDATED } from '../../src/domain/consolidate/sheets';
import { communeRecords } from '../../src/domain/consolidate/records';
import { analyzeWorkbook } from '../../src/domain/engine';
import { assignmentSheet } from '../../src/domain/template/assignment';
import { marksFor, SET_2026 } from '../consolidate/communeFiles';
import { fakeExcel } from '../helpers/fakeExcel';
import { sheet } from '../helpers/sheets';
import { failureOf } from '../../src/hosts/excel/failures';
import { UndoSheetsRefusedError } from '../../src/hosts/excel/undoGenerated';

(globalThis as unknown as { Excel: unknown }).Excel = { WorksheetPositionType: { end: 'End' } };

const table = assignmentSheet({ catalog: SET_2026, year: 2027, communes: [], rows: [{ name: 'Lê Lai', marks: marksFor(1), villages: [], goal: null, group: 1 }] });
const records = communeRecords('le-lai.xlsx', analyzeWorkbook({ name: 'x', sheets: [table.snapshot] }));
const template = consolidatedTemplate(consolidate([{ file: 'le-lai.xlsx', catalog: SET_2026, planYear: 2027, records, issues: [] }], { fallbackYear: 2027, fallbackCatalog: SET_2026 }));

const names = (entries: Record<string, string>) => Object.entries(entries).map(([name, formula]) => ({ name, formula }));

/** A workbook of these sheets (a line each) and defined names, in the fake Excel. */
function excelWith(sheetNames: string[], marks: Record<string, string> = {}, options: Parameters<typeof fakeExcel>[0] = {}) {
  const excel = fakeExcel({ sheets: sheetNames.map((name) => sheet(name, [[`Trang ${name}`]])), names: names(marks), ...options });
  return { context: excel as unknown as Excel.RequestContext, excel };
}
const sheetsOf = (excel: { excel: ReturnType<typeof fakeExcel> }) => excel.excel.state().sheetNames;

describe('Office.js host: writing a consolidation', () => {
  it('a first consolidation: three sheets inserted, then named and marked', async () => {
    const excel = excelWith(['Bìa']);
    expect(await writeConsolidationInExcel(excel.context, template, () => true)).toEqual(['Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']);
    expect(excel.excel.syncs).toBe(3);
    expect(sheetsOf(excel)).toEqual(['Bìa', 'Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']);
    expect(excel.excel.state().names).toEqual({
      [CONSOLIDATED.table.definedName]: "='Tổng hợp giao chỉ tiêu'!$A$1",
      [CONSOLIDATED.groups.definedName]: "='Tổng hợp theo nhóm xã'!$A$1",
      [CONSOLIDATED.report.definedName]: "='Báo cáo tổng hợp'!$A$1",
    });
  });

  it('a second one replaces the sheets of the first under their names, and never a user\'s sheet of that name (in any case)', async () => {
    const excel = excelWith(['Bìa', 'Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'BÁO CÁO TỔNG HỢP'], {
      [CONSOLIDATED.table.definedName]: "='Tổng hợp giao chỉ tiêu'!$A$1",
      [CONSOLIDATED.groups.definedName]: "='Tổng hợp theo nhóm xã'!$A$1",
    });
    expect(await writeConsolidationInExcel(excel.context, template, () => true)).toEqual(['Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp (2)']);
    expect(sheetsOf(excel)).toEqual(['Bìa', 'BÁO CÁO TỔNG HỢP', 'Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp (2)']);
    expect(excel.excel.applied.filter((o) => o.op === 'delete').map((o) => o.sheet)).toEqual(['Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã']);
  });

  it('Excel stopping after the insertion leaves the previous consolidation in place; writing again drops the unfinished sheets and finishes', async () => {
    let sync = 0;
    const marks = { [CONSOLIDATED.table.definedName]: "='Tổng hợp giao chỉ tiêu'!$A$1" };
    const excel = excelWith(['Bìa', 'Tổng hợp giao chỉ tiêu'], marks, { beforeSync: (n) => { sync = n; }, failOn: (op) => (sync === 3 && op.op === 'delete' ? { code: 'GeneralException' } : undefined) });
    const failure = await writeConsolidationInExcel(excel.context, template, () => true).catch((error: unknown) => error);
    expect(failureOf(failure).code).toBe('general');
    expect(sheetsOf(excel)).toContain('Tổng hợp giao chỉ tiêu');
    sync = 0;
    const names = await writeConsolidationInExcel(excel.context, template, () => true);
    expect(names).toEqual(['Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']);
    expect(sheetsOf(excel)).toEqual(['Bìa', 'Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']);
  });

  it('a consolidation Excel refuses for its size goes in smaller files', async () => {
    const excel = excelWith(['Bìa'], {}, { payloadLimit: 15_000, sizeErrorCode: 'GeneralException' });
    expect(await writeConsolidationInExcel(excel.context, template, () => true)).toEqual(['Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']);
    expect(excel.excel.requestSizes.filter((b) => b > 15_000).length).toBeGreaterThan(0);
    expect(sheetsOf(excel)).toEqual(['Bìa', 'Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']);
    expect(Object.keys(excel.excel.state().names)).toHaveLength(3);
  });

  it('refuses a protected workbook before writing anything, and says which Excel is needed', async () => {
    const excel = excelWith(['Bìa'], {}, { workbookProtected: true });
    await expect(writeConsolidationInExcel(excel.context, template, () => true)).rejects.toMatchObject({ failure: { code: 'workbook-protected' } });
    expect(sheetsOf(excel)).toEqual(['Bìa']);
    await expect(writeConsolidationInExcel(excelWith(['Bìa']).context, template, () => false)).rejects.toMatchObject({ failure: { code: 'insert-version' } });
  });

  it('on iPad, where Excel reports ExcelApi 1.13 but cannot insert sheets from a file, says so and writes nothing', async () => {
    const excel = excelWith(['Bìa']);
    await expect(writeConsolidationInExcel(excel.context, template, () => true, 'iOS')).rejects.toMatchObject({ name: 'InsertUnsupportedError', reason: 'ipad', failure: { code: 'insert-ipad' } });
    expect(sheetsOf(excel)).toEqual(['Bìa']);
    expect(excel.excel.applied).toEqual([]);
    await expect(insertTemplate(excel.context, template, () => true, 'iOS')).rejects.toMatchObject({ failure: { code: 'insert-ipad' } });
    expect(sheetsOf(excel)).toEqual(['Bìa']);
  });
});

describe('Office.js host: inserting a template and its undo', () => {
  it('inserts under free names (as Excel compares them) and undoes: the sheets it added are deleted, found by their ids', async () => {
    const excel = excelWith(['Bìa', 'TỔNG HỢP GIAO CHỈ TIÊU']);
    const inserted = await insertTemplate(excel.context, template, () => true, 'PC');
    expect(inserted.map((s) => s.name)).toEqual(['Tổng hợp giao chỉ tiêu (2)', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']);
    expect(sheetsOf(excel)).toEqual(['Bìa', 'TỔNG HỢP GIAO CHỈ TIÊU', ...inserted.map((s) => s.name)]);
    expect(await removeSheets(excel.context, inserted)).toEqual(inserted.map((s) => s.name));
    expect(sheetsOf(excel)).toEqual(['Bìa', 'TỔNG HỢP GIAO CHỈ TIÊU']);
  });

  it('leaves an inserted sheet a person edited or renamed since, says so, and deletes the others', async () => {
    const excel = excelWith(['Bìa']);
    const inserted = await insertTemplate(excel.context, template, () => true, 'PC');
    excel.excel.person.type(inserted[0].name, 'C7', 'x');
    excel.excel.person.renameSheet(inserted[1].name, 'Nhóm xã của huyện');
    const failure = await removeSheets(excel.context, inserted).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UndoSheetsRefusedError);
    expect(failureOf(failure).params).toEqual({ sheets: `${inserted[0].name}, Nhóm xã của huyện`, done: inserted[2].name });
    expect(sheetsOf(excel)).toEqual(['Bìa', inserted[0].name, 'Nhóm xã của huyện']);
  });

  it('never deletes the last visible sheet', async () => {
    const excel = excelWith([]);
    const inserted = await insertTemplate(excel.context, template, () => true, 'PC');
    excel.excel.person.deleteSheet(inserted[1].name);
    excel.excel.person.deleteSheet(inserted[2].name);
    await expect(removeSheets(excel.context, inserted)).rejects.toBeInstanceOf(UndoSheetsRefusedError);
    expect(sheetsOf(excel)).toEqual([inserted[0].name]);
  });

  it('an insertion Excel refuses for its size goes in smaller files (groups of linked sheets); one too large alone fails, saying what was inserted so far', async () => {
    const excel = excelWith(['Bìa'], {}, { payloadLimit: 15_000, sizeErrorCode: 'GeneralException' });
    const inserted = await insertTemplate(excel.context, template, () => true, 'PC');
    expect(excel.excel.requestSizes.filter((b) => b > 15_000).length).toBeGreaterThan(0);
    expect(sheetsOf(excel)).toEqual(['Bìa', ...inserted.map((s) => s.name)]);
    expect(inserted).toHaveLength(3);
    // Smaller still: a file refused even alone; nothing was inserted, and the failure says what to do.
    const tight = excelWith(['Bìa'], {}, { payloadLimit: 9_000, sizeErrorCode: 'RequestPayloadSizeLimitExceeded' });
    const refused = await insertTemplate(tight.context, template, () => true, 'PC').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InsertFailedError);
    expect(failureOf(refused).code).toBe('too-large');
    expect((refused as InsertFailedError).inserted).toEqual([]);
    expect(sheetsOf(tight)).toEqual(['Bìa']);
  });

  it('focus lost between two files: the failure lists the sheets inserted so far, and their undo takes them out', async () => {
    let inserts = 0;
    const excel = excelWith(['Bìa'], {}, { payloadLimit: 15_000, failOn: (op) => (op.op === 'insertWorksheetsFromBase64' && ++inserts === 2 ? { code: 'InactiveWorkbook' } : undefined) });
    const failure = await insertTemplate(excel.context, template, () => true, 'PC').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InsertFailedError);
    expect(failureOf(failure).code).toBe('inactive-workbook');
    const partly = (failure as InsertFailedError).inserted.map((s) => s.name);
    expect(partly.length).toBeGreaterThan(0);
    expect(sheetsOf(excel)).toEqual(['Bìa', ...partly]);
    expect(await removeSheets(excel.context, (failure as InsertFailedError).inserted)).toEqual(partly);
    expect(sheetsOf(excel)).toEqual(['Bìa']);
});
});
