import { applyPlanInExcel, PartialWriteError } from '../../src/hosts/excel/applyPlan';
import { undoInExcel } from '../../src/hosts/excel/undo';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import type { UndoRecord } from '../../src/domain/fill/undo';
import type { SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { a1 } from '../../src/domain/sheet/address';
import { fakeExcel, type FakeExcel } from '../helpers/fakeExcel';
import { cellList } from '../helpers/excelState';
import { sheet, workbook } from '../helpers/sheets';
import { thachAnAssignment } from '../fixtures/thachAn';

const all = () => true;
/** Excel 2021: comments (ExcelApi 1.10), no notes (1.18). */
const excel2021 = (_set: string, version: string) => Number(version.split('.')[1]) <= 14;
const context = (excel: FakeExcel) => excel as unknown as Excel.RequestContext;

/** The Thạch An sheet with number formats on some cells the fill will replace, one of them typed as a text. */
function typedSheet(): { sheet: SheetSnapshot; replaced: { row: number; col: number }[] } {
  const sheet = thachAnAssignment();
  const { plan } = planFill(workbook(sheet), { overwrite: true });
  const replaced = cellWrites(plan).filter((w) => w.replaces !== undefined).map((w) => ({ row: w.row, col: w.col }));
  sheet.numberFormats = sheet.values.map((row) => row.map(() => null));
  const [first, second] = replaced;
  sheet.numberFormats[first.row - sheet.origin.row][first.col - sheet.origin.col] = '0.0';
  sheet.values[second.row - sheet.origin.row][second.col - sheet.origin.col] = '12';
  sheet.numberFormats[second.row - sheet.origin.row][second.col - sheet.origin.col] = '@';
  return { sheet, replaced };
}

/** Fills the typed sheet with "replace typed cells" in a fake Excel, which the undo then works on. */
async function filled(options: { notes?: Record<string, string>; supports?: (set: string, version: string) => boolean } = {}) {
  const { sheet, replaced } = typedSheet();
  const { plan } = planFill(workbook(sheet), { overwrite: true });
  const excel = fakeExcel({ sheets: [sheet], notes: options.notes });
  const { undo } = await applyPlanInExcel(context(excel), plan, { supports: options.supports ?? all });
  return { sheet, plan, undo, excel, replaced };
}

const addressOf = (sheetName: string, place: { row: number; col: number }) => `'${sheetName}'!${a1(place.row, place.col)}`;

describe('Office.js host: undo of a fill ("Hoàn tác")', () => {
  it('puts back every cell exactly — values, formulas, number formats, texts as texts ("12" under "@" stays a text) — and removes the notes it added', async () => {
    const { sheet, undo, excel, replaced } = await filled();
    expect(cellList(excel.state().workbook.sheets[0])).not.toEqual(cellList(sheet));
    expect(Object.keys(excel.state().notes)).toHaveLength(replaced.length);
    const syncs = excel.syncs;
    const outcome = await undoInExcel(context(excel), undo);
    expect(outcome).toEqual({ restored: undo.cells.length, refused: [], notesLeft: [] });
    expect(cellList(excel.state().workbook.sheets[0])).toEqual(cellList(sheet));
    expect(excel.state().notes).toEqual({});
    // The notes' state, the cells, the writes, the recalculation.
    expect(excel.syncs - syncs).toBe(4);
    expect(excel.applied[excel.applied.length - 1]).toEqual({ op: 'calculate', value: 'Recalculate' });
  });

  it('a fill whose target cells are too many to read whole with the first read takes their values and formulas from the sheets it read again: the same undo, every cell back', async () => {
    const { sheet: typed, replaced } = typedSheet();
    const [, , third] = replaced;
    const [r, c] = [third.row - typed.origin.row, third.col - typed.origin.col];
    typed.formulas = typed.values.map((row) => row.map(() => null));
    typed.formulas[r][c] = '=1+1';
    typed.values[r][c] = 2;
    const { plan } = planFill(workbook(typed), { overwrite: true });
    const cells = cellWrites(plan).length;
    const whole = await applyPlanInExcel(context(fakeExcel({ sheets: [typed] })), plan, { supports: all });
    // Under this budget the target cells' values, formulas and formats (136 bytes a cell by estimate) are over half of it, their formats (16) are not.
    const excel = fakeExcel({ sheets: [typed] });
    const { undo } = await applyPlanInExcel(context(excel), plan, { supports: all, budgetBytes: cells * 250 });
    expect(undo.cells).toHaveLength(cells);
    expect(undo).toEqual(whole.undo);
    const before = (p: { row: number; col: number }) => undo.cells.find((cell) => cell.row === p.row && cell.col === p.col)?.before;
    expect(before(third)).toMatchObject({ formula: '=1+1' });
    expect(before(replaced[1])).toMatchObject({ value: '12', numberFormat: '@' });
    await undoInExcel(context(excel), undo);
    // The fake does not compute formulas: the formula cell is compared by its formula.
    const formulaCell = `${third.row}:${third.col} `;
    const others = (list: string[]) => list.filter((entry) => !entry.startsWith(formulaCell));
    expect(others(cellList(excel.state().workbook.sheets[0]))).toEqual(others(cellList(typed)));
    expect(cellList(excel.state().workbook.sheets[0]).find((entry) => entry.startsWith(formulaCell))).toContain('|=1+1|');
  });

  it('gives a note the fill extended its old text back', async () => {
    const { sheet, replaced } = typedSheet();
    const address = addressOf(sheet.name, replaced[2]);
    const { undo, excel } = await filled({ notes: { [address]: 'Số liệu của Phòng NN' } });
    expect(excel.state().notes[address]).toMatch(/^Số liệu của Phòng NN\nGiá trị cũ: /);
    await undoInExcel(context(excel), undo);
    expect(excel.state().notes).toEqual({ [address]: 'Số liệu của Phòng NN' });
  });

  it('a cell a person changed since is left and named; every other cell goes back, and the workbook is recalculated', async () => {
    const { sheet, undo, excel } = await filled();
    const target = undo.cells[5];
    excel.person.type(sheet.name, a1(target.row, target.col), 7);
    const outcome = await undoInExcel(context(excel), undo);
    expect(outcome.refused).toEqual([addressOf(sheet.name, target)]);
    expect(outcome.restored).toBe(undo.cells.length - 1);
    const expected = cellList(sheet).filter((c) => !c.startsWith(`${target.row}:${target.col} `));
    expect(cellList(excel.state().workbook.sheets[0]).filter((c) => !c.startsWith(`${target.row}:${target.col} `))).toEqual(expected);
    expect(cellList(excel.state().workbook.sheets[0]).filter((c) => c.startsWith(`${target.row}:${target.col} 7||`))).toHaveLength(1);
    expect(excel.applied[excel.applied.length - 1]).toEqual({ op: 'calculate', value: 'Recalculate' });
  });

  it('a note a person deleted since stops nothing: the other notes go, the cells go back, the workbook is recalculated', async () => {
    const { sheet, undo, excel, replaced } = await filled();
    excel.person.deleteNote(addressOf(sheet.name, replaced[3]));
    const outcome = await undoInExcel(context(excel), undo);
    expect(outcome).toEqual({ restored: undo.cells.length, refused: [], notesLeft: [] });
    expect(excel.state().notes).toEqual({});
    expect(cellList(excel.state().workbook.sheets[0])).toEqual(cellList(sheet));
    expect(excel.applied[excel.applied.length - 1]).toEqual({ op: 'calculate', value: 'Recalculate' });
  });

  it('a national undo Excel refuses for its size (GeneralException on the web) goes in halves, every cell back', async () => {
    const big = sheet('Giao', [['TT', 'Tên xã', ...Array.from({ length: 19 }, (_, i) => i + 1)], ...Array.from({ length: 3000 }, (_, r) => [r + 1, `Xã ${r + 1}`, ...Array.from({ length: 19 }, (_, k) => ((r + k) % 4 === 0 ? 'KH' : 'x'))])]);
    const { plan } = planFill(workbook(big));
    const excel = fakeExcel({ sheets: [big] });
    const { undo } = await applyPlanInExcel(context(excel), plan, { supports: all });
    const tight = fakeExcel({ sheets: excel.state().workbook.sheets, payloadLimit: 150_000, sizeErrorCode: 'GeneralException' });
    await undoInExcel(context(tight), undo);
    expect(tight.requestSizes.filter((size) => size > 150_000).length).toBeGreaterThan(0);
    expect(cellList(tight.state().workbook.sheets[0])).toEqual(cellList(big));
  });

  it('a note a person changed since is left, and said', async () => {
    const { sheet, undo, excel, replaced } = await filled();
    const address = addressOf(sheet.name, replaced[1]);
    excel.person.editNote(address, 'Đã kiểm tra lại với xã');
    const outcome = await undoInExcel(context(excel), undo);
    expect(outcome.notesLeft).toEqual([address]);
    expect(excel.state().notes).toEqual({ [address]: 'Đã kiểm tra lại với xã' });
  });

  it('comments (Excel 2021 has no notes): the fill keeps old values in comments, the undo takes them away, one a person deleted included', async () => {
    const { sheet, undo, excel, replaced } = await filled({ supports: excel2021 });
    expect(Object.keys(excel.state().comments)).toHaveLength(replaced.length);
    expect(undo.notes.every((n) => n.kind === 'comment' && typeof n.id === 'string')).toBe(true);
    excel.person.deleteComment(addressOf(sheet.name, replaced[0]));
    const outcome = await undoInExcel(context(excel), undo);
    expect(outcome).toEqual({ restored: undo.cells.length, refused: [], notesLeft: [] });
    expect(excel.state().comments).toEqual({});
    expect(cellList(excel.state().workbook.sheets[0])).toEqual(cellList(sheet));
  });

  it('compares formulas as Excel spells them: a quoted sheet name that comes back unquoted, or the other way, is no change', async () => {
    const plain = sheet('Giao', [['TT', 'Số'], [1, 5], [2, 6]]);
    const vietnamese = sheet('Vốn', [['TT', 'Số'], [1, 5], [2, 6]]);
    const excel = fakeExcel({ sheets: [plain, vietnamese] });
    // What the add-in wrote, as it writes sheet names: quoted ('Giao') or, as a person might, not (Vốn).
    const record: UndoRecord = {
      cells: [
        { sheet: 'Giao', row: 1, col: 2, before: { value: null, formula: null, numberFormat: 'General' }, wrote: "='Giao'!B2*2" },
        { sheet: 'Vốn', row: 2, col: 2, before: { value: null, formula: null, numberFormat: 'General' }, wrote: '=Vốn!B3*2' },
      ],
      merges: [],
      notes: [],
    };
    excel.person.type('Giao', 'C2', "='Giao'!B2*2");
    excel.person.type('Vốn', 'C3', '=Vốn!B3*2');
    // Excel spells them its own way.
    expect(cellList(excel.state().workbook.sheets[0])).toContain('1:2 null|=Giao!B2*2|General');
    expect(cellList(excel.state().workbook.sheets[1])).toContain("2:2 null|='Vốn'!B3*2|General");
    const outcome = await undoInExcel(context(excel), record);
    expect(outcome.refused).toEqual([]);
    expect(cellList(excel.state().workbook.sheets[0])).toEqual(cellList(plain));
    expect(cellList(excel.state().workbook.sheets[1])).toEqual(cellList(vietnamese));
  });

  it('an undo Excel stops part way can be run again: it goes on, with no error for what it already put back', async () => {
    const { sheet, undo, excel } = await filled();
    let deletes = 0;
    const stopping = fakeExcel({ sheets: excel.state().workbook.sheets, notes: excel.state().notes, failOn: (op) => (op.op === 'note-delete' && ++deletes === 3 ? { code: 'InactiveWorkbook' } : undefined) });
    await expect(undoInExcel(context(stopping), undo)).rejects.toMatchObject({ code: 'InactiveWorkbook' });
    const outcome = await undoInExcel(context(stopping), undo);
    expect(outcome.refused).toEqual([]);
    expect(stopping.state().notes).toEqual({});
    expect(cellList(stopping.state().workbook.sheets[0])).toEqual(cellList(sheet));
  });

  it('across a failed write: Excel stops part way, the error carries an undo that puts the sheet back exactly', async () => {
    const { sheet } = typedSheet();
    const { plan } = planFill(workbook(sheet), { overwrite: true });
    let formulaRuns = 0;
    // The third formula run fails: the batches before it and the notes of their cells stay written.
    const excel = fakeExcel({ sheets: [sheet], failOn: (op) => (op.op === 'formulas' && ++formulaRuns === 3 ? { code: 'InvalidArgument' } : undefined) });
    const failure = await applyPlanInExcel(context(excel), plan, { supports: all, budgetBytes: 2_000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PartialWriteError);
    expect(failure).toMatchObject({ code: 'InvalidArgument' });
    expect(cellList(excel.state().workbook.sheets[0])).not.toEqual(cellList(sheet));
    await undoInExcel(context(excel), (failure as PartialWriteError).undo);
    expect(cellList(excel.state().workbook.sheets[0])).toEqual(cellList(sheet));
    expect(excel.state().notes).toEqual({});
  });
});
