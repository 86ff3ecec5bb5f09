/**
 * The web page's workbook, as its Web Worker holds it: read fast, written through ExcelJS, every
 * write undone as in Excel, the findings ignored kept in the file downloaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { dispatcher } from '../../src/taskpane/engine/dispatch';
import { FileSession } from '../../src/taskpane/web/fileSession';
import { Analyses, checkData, fillPlans } from '../../src/taskpane/engine/compute';
import { readIgnored } from '../../src/hosts/xlsx/settingsPart';
import { loadXlsx, snapshotOfWorkbook } from '../../src/hosts/xlsx/readSnapshot';
import { cellWrites } from '../../src/domain/fill/cells';
import { layoutAppendix } from '../../src/domain/appendix/layout';
import { buildAppendix } from '../../src/domain/appendix/build';
import { analyzeWorkbook } from '../../src/domain/engine';
import { workbookFromSnapshots } from '../../src/hosts/xlsx/writeSnapshot';
import { sheet } from '../helpers/sheets';

const sample = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'samples', name)));

/** Every cell of a workbook as it would be written: value, formula, number format. */
async function cellsOf(bytes: Uint8Array) {
  return snapshotOfWorkbook(await loadXlsx(bytes, 'x.xlsx'), 'x.xlsx').sheets;
}

describe('the web page\'s workbook (FileSession)', () => {
  it('checks what it read as the command line does, and downloads the file unchanged when nothing was written', async () => {
    const bytes = sample('lang-son-2021.xlsx');
    const session = await FileSession.open(bytes, 'lang-son-2021.xlsx');
    const data = await checkData(session.current(), new Analyses());
    expect(data.drafts.filter((d) => ['percent-mismatch', 'total-mismatch'].includes(d.code)).map((d) => d.cell)).toEqual(['E18', 'E23', 'E25', 'C8']);
    expect(await session.download()).toBe(bytes);
  });

  it('a fill written and undone gives back every cell as it was — values, formulas, formats, notes', async () => {
    const bytes = sample('lang-son-2019.xlsx');
    const session = await FileSession.open(bytes, 'lang-son-2019.xlsx');
    const before = await cellsOf(bytes);
    const { replace } = await fillPlans(session.current(), new Analyses());
    const { undo } = await session.applyPlan(replace);
    const written = await cellsOf(await session.download());
    expect(written).not.toEqual(before);
    const e22 = written.find((s) => s.name === 'Chỉ tiêu 2019')!;
    expect(e22.formulas?.[21 - e22.origin.row]?.[4 - e22.origin.col]).toBe('=IF($B$4=0,0,D22/$B$4*100)');
    await session.undo(undo);
    expect(await cellsOf(await session.download())).toEqual(before);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await session.download() as unknown as ArrayBuffer);
    expect(book.getWorksheet('Chỉ tiêu 2019')!.getCell('E22').note).toBeUndefined();
  });

  it('an undo leaves a cell changed since and names it, and puts back every other cell, as in Excel', async () => {
    const bytes = sample('lang-son-2019.xlsx');
    const session = await FileSession.open(bytes, 'lang-son-2019.xlsx');
    const before = await cellsOf(bytes);
    const { keep } = await fillPlans(session.current(), new Analyses());
    const { undo } = await session.applyPlan(keep);
    const writes = cellWrites(keep);
    const first = writes[0];
    // Another write over one of the cells (a fix, say) before the undo.
    await session.applyPlan({ writes: [{ ...first, formula: '7', style: 'typed' }], columns: [], merges: [], skipped: [], refused: [], ignored: [] });
    const outcome = await session.undo(undo);
    expect(outcome).toEqual({ restored: writes.length - 1, refused: [`'${first.sheet}'!${first.cell}`], notesLeft: [] });
    const after = await cellsOf(await session.download());
    // The cell changed since holds the person's 7; every other cell is as it was before the fill.
    const sheetAfter = after.find((s) => s.name === first.sheet)!;
    expect(sheetAfter.values[first.row - sheetAfter.origin.row][first.col - sheetAfter.origin.col]).toBe(7);
    const blank = (snapshots: typeof before) => snapshots.map((s) => s.name !== first.sheet ? s : {
      ...s,
      values: s.values.map((row, r) => row.map((v, c) => (r + s.origin.row === first.row && c + s.origin.col === first.col ? null : v))),
      formulas: s.formulas?.map((row, r) => row.map((f, c) => (r + s.origin.row === first.row && c + s.origin.col === first.col ? null : f))),
      numberFormats: s.numberFormats?.map((row, r) => row.map((f, c) => (r + s.origin.row === first.row && c + s.origin.col === first.col ? null : f))),
    });
    expect(blank(after)).toEqual(blank(before));
  });

  it('a generated sheet written twice and undone gives back the one it replaced; a template\'s undo removes its sheets', async () => {
    const session = await FileSession.open(sample('thach-an-2025.xlsx'), 'thach-an-2025.xlsx');
    const layout = layoutAppendix(buildAppendix(analyzeWorkbook(session.current())));
    const first = await session.writeSheet('appendix', layout);
    const earlier = session.current().sheets.find((s) => s.name === first)!;
    await session.writeSheet('appendix', { ...layout, rows: layout.rows.slice(0, 3) });
    expect(session.current().sheets.find((s) => s.name === first)).not.toEqual(earlier);
    expect(await session.undoSheets(['appendix'])).toEqual([first]);
    expect(session.current().sheets.find((s) => s.name === first)).toEqual(earlier);
    const names = session.current().sheets.map((s) => s.name);
    const { buildTemplate } = await import('../../src/domain/template/build');
    const { BUILTIN_CATALOGS } = await import('../../src/domain/catalog/builtin');
    const inserted = await session.insertTemplate(buildTemplate('assignment', { catalog: BUILTIN_CATALOGS[1], year: 2025, communes: ['A', 'B'] }));
    expect(session.current().sheets.map((s) => s.name)).toEqual([...names, ...inserted]);
    expect(await session.removeSheets(inserted)).toEqual(inserted);
    expect(session.current().sheets.map((s) => s.name)).toEqual(names);
  });

  it('keeps the findings ignored in the file downloaded, and reads them back when it is opened again', async () => {
    const session = await FileSession.open(sample('lang-son-2021.xlsx'), 'lang-son-2021.xlsx');
    const ignored = [{ code: 'total-mismatch', sheet: 'Von 2021', cell: 'C8', value: '4756' }];
    session.setIgnored(ignored);
    const downloaded = await session.download();
    expect(await readIgnored(downloaded)).toEqual(ignored);
    const again = await FileSession.open(downloaded, 'lang-son-2021-ntm.xlsx');
    expect(again.info().ignored).toEqual(ignored);
    // ExcelJS (and so the command line and Excel) still reads the file as before.
    expect(await cellsOf(downloaded)).toEqual(await cellsOf(sample('lang-son-2021.xlsx')));
  });

  it('shows a window of a sheet around a cell, and says how large the sheet is', async () => {
    const rows = Array.from({ length: 500 }, (_, r) => Array.from({ length: 80 }, (_, c) => r * 100 + c));
    const bytes = new Uint8Array(await workbookFromSnapshots([sheet('Lớn', rows)]).xlsx.writeBuffer());
    const session = await FileSession.open(bytes, 'lon.xlsx');
    const window = session.preview('Lớn', { row: 400, col: 70 })!;
    expect({ rows: window.rows, cols: window.cols }).toEqual({ rows: 500, cols: 80 });
    const { origin, values } = window.sheet;
    expect(values[400 - origin.row][70 - origin.col]).toBe(40070);
    expect(values.length).toBeLessThanOrEqual(60);
  });

  it('answers the page through the worker\'s calls: open, check, fill and download, with progress', async () => {
    const calls = dispatcher();
    const steps = new Set<string>();
    const work = { progress: (step: string) => { steps.add(step); } } as never;
    const info = await calls.handle('open', { bytes: sample('lang-son-2019.xlsx'), name: 'lang-son-2019.xlsx' }, work);
    expect(info.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu 2019', 'Nguồn vốn', 'Nhiệm vụ']);
    const data = await calls.handle('check', {}, work);
    expect(data.suggestions.filter(Boolean).length).toBeGreaterThan(0);
    const plans = await calls.handle('planFill', {}, work);
    await calls.handle('applyPlan', { plan: plans.replace }, work);
    const after = await calls.handle('check', {}, work);
    expect(after.drafts.filter((d) => d.code === 'percent-mismatch')).toEqual([]);
    expect([...steps]).toEqual(expect.arrayContaining(['open', 'read', 'analyse', 'check', 'plan', 'prepare', 'write']));
  });

  it('stops at its next step when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(FileSession.open(sample('lang-son-2019.xlsx'), 'x.xlsx', { signal: controller.signal })).rejects.toMatchObject({ name: 'Cancelled' });
  });
});
