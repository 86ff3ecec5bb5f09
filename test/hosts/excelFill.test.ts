import { applyPlanInExcel, WriteRefusedError } from '../../src/hosts/excel/applyPlan';
import { planFill } from '../../src/domain/fill/plan';
import { fakeExcel } from '../helpers/fakeExcel';
import { sheet, workbook } from '../helpers/sheets';
import { thachAnAssignment } from '../fixtures/thachAn';
import { cellWrites } from '../../src/domain/fill/cells';
import { readWorkbookSnapshot } from '../../src/hosts/excel/readWorkbook';

const all = () => true;

function assignment(communes: number, formulas?: Record<string, string>) {
  return sheet('Giao', [
    ['GIAO CHỈ TIÊU NĂM 2025'],
    ['TT', 'Xã', ...Array.from({ length: 19 }, (_, i) => i + 1)],
    ...Array.from({ length: communes }, (_, r) => [r + 1, `Xã ${r + 1}`, ...Array.from({ length: 19 }, (_, k) => ((r + k) % 4 === 0 ? 'KH' : 'x'))]),
  ], { formulas });
}

describe('Office.js host: applying a fill', () => {
  it('reads the target sheets again and writes the plan in at most four syncs whatever the number of rows, recalculation suspended then run', async () => {
    for (const [communes, formulas, syncs] of [[10, undefined, 3], [1000, undefined, 3], [10, { U1: '=1+1' }, 4], [1000, { U1: '=1+1' }, 4]] as const) {
      const sheets = [assignment(communes, formulas)];
      const { plan } = planFill(workbook(...sheets));
      const context = fakeExcel({ sheets });
      await applyPlanInExcel(context as unknown as Excel.RequestContext, plan, { supports: all });
      expect(context.syncs).toBe(syncs);
      expect(context.applied.filter((o) => o.op === 'suspend')).toHaveLength(1);
      // Calculation was suspended for the writes, and a workbook may be in manual mode: the last thing done is a recalculation.
      expect(context.applied[context.applied.length - 1]).toEqual({ op: 'calculate', value: 'Recalculate' });
      const formulaCells = context.applied.filter((o) => o.op === 'formulas').reduce((n, o) => n + (o.value as unknown[]).length, 0);
      expect(formulaCells).toBe(cellWrites(plan).filter((w) => w.formula !== undefined).length);
    }
  });

  it('refuses, writing nothing, when a target sheet changed since the plan was made', async () => {
    const before = assignment(5);
    const { plan } = planFill(workbook(before));
    const typedSince = assignment(5);
    typedSince.values[3][4] = 'KH';
    const context = fakeExcel({ sheets: [typedSince] });
    const refusal = applyPlanInExcel(context as unknown as Excel.RequestContext, plan, { supports: all });
    await expect(refusal).rejects.toMatchObject({ reason: 'changed', sheets: ['Giao'] });
    expect(context.applied.filter((o) => ['formulas', 'values', 'note'].includes(o.op))).toEqual([]);
  });

  it('writes one range per column run, not one per cell', async () => {
    const { plan } = planFill(workbook(assignment(3000)));
    const context = fakeExcel({ sheets: [assignment(3000)] });
    await applyPlanInExcel(context as unknown as Excel.RequestContext, plan, { supports: all });
    expect(context.applied.filter((o) => o.op === 'formulas').length).toBeLessThan(100);
  });

  it('splits a large plan into requests under the budget, each cell written once', async () => {
    const { plan } = planFill(workbook(assignment(3000)));
    const context = fakeExcel({ sheets: [assignment(3000)] });
    await applyPlanInExcel(context as unknown as Excel.RequestContext, plan, { supports: all, budgetBytes: 200_000 });
    expect(context.syncs).toBeGreaterThan(3);
    const formulaCells = context.applied.filter((o) => o.op === 'formulas').reduce((n, o) => n + (o.value as unknown[]).length, 0);
    expect(formulaCells).toBe(cellWrites(plan).filter((w) => w.formula !== undefined).length);
  });

  it('writes labels as texts: a text format first, then values, never formulas', async () => {
    const { plan } = planFill(workbook(assignment(3)));
    const context = fakeExcel({ sheets: [assignment(3)] });
    await applyPlanInExcel(context as unknown as Excel.RequestContext, plan, { supports: all });
    const values = context.applied.filter((o) => o.op === 'values');
    expect(values.length).toBeGreaterThan(0);
    for (const write of values) {
      const format = context.applied.find((o) => o.op === 'numberFormat' && o.address === write.address && o.sheet === write.sheet);
      expect(format?.value).toEqual((write.value as unknown[]).map(() => ['@']));
      expect(context.applied.indexOf(format!)).toBeLessThan(context.applied.indexOf(write));
    }
  });

  it('gives every formula a number format before it (a cell formatted as Text would keep a formula as text)', async () => {
    const { plan } = planFill(workbook(assignment(3)));
    const context = fakeExcel({ sheets: [assignment(3)] });
    await applyPlanInExcel(context as unknown as Excel.RequestContext, plan, { supports: all });
    const formulas = context.applied.filter((o) => o.op === 'formulas');
    expect(formulas.length).toBeGreaterThan(0);
    for (const write of formulas) {
      const format = context.applied.find((o) => o.op === 'numberFormat' && o.address === write.address && o.sheet === write.sheet);
      expect((format?.value as string[][] | undefined)?.flat().every((f) => f !== '@')).toBe(true);
      expect(context.applied.indexOf(format!)).toBeLessThan(context.applied.indexOf(write));
    }
  });

  it('refuses a protected sheet before writing anything', async () => {
    const { plan } = planFill(workbook(assignment(3)));
    const context = fakeExcel({ protectedSheets: ['Giao'], sheets: [assignment(3)] });
    await expect(applyPlanInExcel(context as unknown as Excel.RequestContext, plan, { supports: all })).rejects.toBeInstanceOf(WriteRefusedError);
    expect(context.applied.filter((o) => ['formulas', 'values', 'note'].includes(o.op))).toEqual([]);
  });

  it('keeps each replaced value in a note, or a comment where notes are unsupported', async () => {
    const { plan } = planFill(workbook(thachAnAssignment()), { overwrite: true });
    const withNotes = fakeExcel({ sheets: [thachAnAssignment()] });
    await applyPlanInExcel(withNotes as unknown as Excel.RequestContext, plan, { supports: all });
    expect(withNotes.applied.find((o) => o.op === 'note' && o.address === "'Giao chỉ tiêu xã'!C20")?.value).toBe('Giá trị cũ: 15,1');
    const withComments = fakeExcel({ sheets: [thachAnAssignment()] });
    await applyPlanInExcel(withComments as unknown as Excel.RequestContext, plan, { supports: (_set, version) => version !== '1.18' });
    expect(withComments.applied.filter((o) => o.op === 'comment')).toHaveLength(cellWrites(plan).filter((w) => w.replaces !== undefined).length);
  });

  it('adds to a note the cell already has', async () => {
    const { plan } = planFill(workbook(thachAnAssignment()), { overwrite: true });
    const context = fakeExcel({ notes: { "'Giao chỉ tiêu xã'!C20": 'Số liệu của Phòng NN' }, sheets: [thachAnAssignment()] });
    await applyPlanInExcel(context as unknown as Excel.RequestContext, plan, { supports: all });
    expect(context.applied.find((o) => o.address === "'Giao chỉ tiêu xã'!C20")).toEqual({ op: 'note-content', address: "'Giao chỉ tiêu xã'!C20", value: 'Số liệu của Phòng NN\nGiá trị cũ: 15,1' });
  });

  it('keeps the old values before writing any cell: notes failing, then comments; with neither, the typed cells stay and are listed', async () => {
    const { plan } = planFill(workbook(thachAnAssignment()), { overwrite: true });
    const replacing = cellWrites(plan).filter((w) => w.replaces !== undefined);
    expect(replacing.length).toBeGreaterThan(0);
    const formulasAt = (context: ReturnType<typeof fakeExcel>) => context.applied.filter((o) => o.op === 'formulas').reduce((n, o) => n + (o.value as unknown[]).length, 0);

    const notesRefused = fakeExcel({ sheets: [thachAnAssignment()], failOn: (op) => (op.op === 'note' ? { code: 'NotImplemented' } : undefined) });
    const viaComments = await applyPlanInExcel(notesRefused as unknown as Excel.RequestContext, plan, { supports: all });
    expect(viaComments.kept).toEqual([]);
    expect(notesRefused.applied.filter((o) => o.op === 'comment')).toHaveLength(replacing.length);
    expect(formulasAt(notesRefused)).toBe(cellWrites(plan).filter((w) => w.formula !== undefined).length);

    const bothRefused = fakeExcel({ sheets: [thachAnAssignment()], failOn: (op) => (op.op === 'note' || op.op === 'comment' ? { code: 'NotImplemented' } : undefined) });
    const result = await applyPlanInExcel(bothRefused as unknown as Excel.RequestContext, plan, { supports: all });
    expect(result.kept.sort()).toEqual(replacing.map((w) => `'${w.sheet}'!${String.fromCharCode(65 + w.col)}${w.row + 1}`).sort());
    expect(formulasAt(bothRefused)).toBe(cellWrites(plan).filter((w) => w.formula !== undefined).length - replacing.length);
    // The cells written are exactly the others: no typed value lost without its note.
    const written = bothRefused.applied.filter((o) => o.op === 'formulas').map((o) => o.address);
    expect(written.length).toBeGreaterThan(0);

    const tooOld = fakeExcel({ sheets: [thachAnAssignment()] });
    const old = await applyPlanInExcel(tooOld as unknown as Excel.RequestContext, plan, { supports: (_set, version) => Number(version.split('.')[1]) < 10 });
    expect(old.kept).toHaveLength(replacing.length);
    expect(tooOld.applied.filter((o) => o.op === 'note' || o.op === 'comment')).toEqual([]);
  });

  it('a batch failing part way for another reason than size: what came before the failure stays, the error reaches the caller', async () => {
    const { plan } = planFill(workbook(assignment(3000)));
    let seen = 0;
    const context = fakeExcel({ sheets: [assignment(3000)], failOn: (op) => (op.op === 'formulas' && ++seen === 40 ? { code: 'InvalidArgument' } : undefined) });
    await expect(applyPlanInExcel(context as unknown as Excel.RequestContext, plan, { supports: all, budgetBytes: 200_000 })).rejects.toMatchObject({ code: 'InvalidArgument', failure: { code: 'invalid-argument' } });
    expect(context.applied.filter((o) => o.op === 'formulas')).toHaveLength(39);
    expect(context.applied.filter((o) => o.op === 'calculate')).toEqual([]);
  });
});

describe('Office.js host: a fill into an Excel Table (calculated columns)', () => {
  // A targets table kept as an Excel Table with an empty last row "for the next criterion".
  const targets = () => sheet('Chỉ tiêu', [
    ['KẾ HOẠCH NĂM 2025'],
    ['Tổng số xã: 20'],
    ['TT', 'Tiêu chí', 'Số xã đã đạt', 'Số xã đạt thêm', 'Lũy kế', 'Tỷ lệ (%)'],
    [1, 'Quy hoạch', 12, 3, null, null],
    [2, 'Giao thông', 10, 2, null, null],
    [3, 'Thủy lợi', 15, 1, null, null],
    [null, null, null, null, null, null],
  ]);
  const tables = [{ sheet: 'Chỉ tiêu', name: 'ChiTieu', body: 'A4:F7' }];

  it("puts back the table cells Excel fills with a written formula, and says which", async () => {
    const sheets = [targets()];
    const context = fakeExcel({ sheets, tables, calculatedColumns: true });
    // The plan is made from the sheet as Excel gives it (its used range ends at the last row with a value).
    const { plan } = planFill(await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: all }));
    const written = cellWrites(plan).map((w) => w.cell);
    expect(written).toEqual(expect.arrayContaining(['E4', 'E6', 'F4', 'F6']));
    expect(written).not.toContain('E7');
    const syncs = context.syncs;
    const result = await applyPlanInExcel(context as unknown as Excel.RequestContext, plan, { supports: all });
    // Excel filled the empty row with the column's formula; the fill put it back.
    expect(context.applied.some((o) => o.op === 'formulas' && o.address === 'R6C4:1x1')).toBe(true);
    expect(result.restored).toEqual(["'Chỉ tiêu'!E7", "'Chỉ tiêu'!F7"]);
    const after = context.state().workbook.sheets[0];
    const at = (row: number, col: number) => [after.formulas?.[row - after.origin.row]?.[col - after.origin.col] ?? null, after.values[row - after.origin.row]?.[col - after.origin.col] ?? null];
    expect([...at(6, 4), ...at(6, 5)]).toEqual([null, null, null, null]);
    expect(at(3, 4)[0]).toMatch(/^=/);
    // One sync more to read the tables, one more to put the cells back (they are read again with the last writes).
    expect(context.syncs - syncs).toBe(5);
  });

  it('costs one sync more on a sheet with a table Excel does not fill, nothing on a sheet without', async () => {
    const sheets = [targets()];
    const quiet = fakeExcel({ sheets, tables });
    const { plan } = planFill(await readWorkbookSnapshot(quiet as unknown as Excel.RequestContext, { supports: all }));
    const before = quiet.syncs;
    expect((await applyPlanInExcel(quiet as unknown as Excel.RequestContext, plan, { supports: all })).restored).toEqual([]);
    expect(quiet.syncs - before).toBe(4);
    const plain = fakeExcel({ sheets });
    await applyPlanInExcel(plain as unknown as Excel.RequestContext, plan, { supports: all });
    expect(plain.syncs).toBe(3);
  });
});
