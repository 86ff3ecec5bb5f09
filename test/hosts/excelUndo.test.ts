import { applyPlanInExcel, PartialWriteError } from '../../src/hosts/excel/applyPlan';
import { undoInExcel, UndoRefusedError } from '../../src/hosts/excel/undo';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import type { SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { fakeExcel } from '../helpers/fakeExcel';
import { cellList, play } from '../helpers/excelState';
import { workbook } from '../helpers/sheets';
import { thachAnAssignment } from '../fixtures/thachAn';

const all = () => true;

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

async function fillThenUndo(notes: Record<string, string> = {}) {
  const { sheet, replaced } = typedSheet();
  const { plan } = planFill(workbook(sheet), { overwrite: true });
  const filling = fakeExcel({ sheets: [sheet], notes });
  const { undo } = await applyPlanInExcel(filling as unknown as Excel.RequestContext, plan, { supports: all });
  const filled = play({ workbook: workbook(sheet), notes }, filling.applied);
  return { sheet, plan, undo, filled, replaced };
}

describe('Office.js host: undo of a fill ("Hoàn tác")', () => {
  it('puts back every cell exactly — values, formulas, number formats, texts as texts — and removes the notes it added, cell by cell', async () => {
    const { sheet, undo, filled, replaced } = await fillThenUndo();
    expect(cellList(filled.workbook.sheets[0])).not.toEqual(cellList(sheet));
    expect(Object.keys(filled.notes)).toHaveLength(replaced.length);
    const undoing = fakeExcel({ sheets: filled.workbook.sheets });
    await undoInExcel(undoing as unknown as Excel.RequestContext, undo);
    const restored = play(filled, undoing.applied);
    expect(cellList(restored.workbook.sheets[0])).toEqual(cellList(sheet));
    expect(restored.notes).toEqual({});
    expect(undoing.syncs).toBe(3);
    expect(undoing.applied[undoing.applied.length - 1]).toEqual({ op: 'calculate', value: 'Recalculate' });
  });

  it('gives a note the fill extended its old text back', async () => {
    const { sheet, replaced } = typedSheet();
    const address = `'${sheet.name}'!${String.fromCharCode(65 + replaced[2].col)}${replaced[2].row + 1}`;
    const { undo, filled } = await fillThenUndo({ [address]: 'Số liệu của Phòng NN' });
    expect(filled.notes[address]).toMatch(/^Số liệu của Phòng NN\nGiá trị cũ: /);
    const undoing = fakeExcel({ sheets: filled.workbook.sheets });
    await undoInExcel(undoing as unknown as Excel.RequestContext, undo);
    expect(play(filled, undoing.applied).notes).toEqual({ [address]: 'Số liệu của Phòng NN' });
  });

  it('refuses, restoring nothing, when a person changed a written cell since, and names it', async () => {
    const { undo, filled } = await fillThenUndo();
    const edited = filled.workbook.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]), formulas: s.formulas!.map((r) => [...r]) }));
    const target = undo.cells[5];
    edited[0].values[target.row - edited[0].origin.row][target.col - edited[0].origin.col] = 7;
    edited[0].formulas![target.row - edited[0].origin.row][target.col - edited[0].origin.col] = null;
    const undoing = fakeExcel({ sheets: edited });
    const refusal = undoInExcel(undoing as unknown as Excel.RequestContext, undo);
    await expect(refusal).rejects.toBeInstanceOf(UndoRefusedError);
    await expect(undoInExcel(fakeExcel({ sheets: edited }) as unknown as Excel.RequestContext, undo)).rejects.toThrow(new RegExp(`'Giao chỉ tiêu xã'!${String.fromCharCode(65 + target.col)}${target.row + 1}`));
    expect(undoing.applied.filter((o) => ['formulas', 'values', 'numberFormat', 'note-delete'].includes(o.op))).toEqual([]);
  });

  it('across a failed write: Excel stops part way, the error carries an undo that puts the sheet back exactly', async () => {
    const { sheet } = typedSheet();
    const { plan } = planFill(workbook(sheet), { overwrite: true });
    let formulaRuns = 0;
    // The second write batch fails at its first formulas: the first batch and the notes stay written.
    const filling = fakeExcel({ sheets: [sheet], failOn: (op) => (op.op === 'formulas' && ++formulaRuns === 3 ? { code: 'GeneralException' } : undefined) });
    const failure = await applyPlanInExcel(filling as unknown as Excel.RequestContext, plan, { supports: all, budgetBytes: 2_000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PartialWriteError);
    expect(failure).toMatchObject({ code: 'GeneralException' });
    const half = play({ workbook: workbook(sheet), notes: {} }, filling.applied);
    expect(cellList(half.workbook.sheets[0])).not.toEqual(cellList(sheet));
    const undoing = fakeExcel({ sheets: half.workbook.sheets });
    await undoInExcel(undoing as unknown as Excel.RequestContext, (failure as PartialWriteError).undo);
    const restored = play(half, undoing.applied);
    expect(cellList(restored.workbook.sheets[0])).toEqual(cellList(sheet));
    expect(restored.notes).toEqual({});
  });
});
