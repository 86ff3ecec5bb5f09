/**
 * Every write of a fill in requests sized by their UTF-8 bytes, halved when Excel refuses one for its
 * size, resumable where Excel stopped, with an undo covering exactly what was written.
 */
import { applyPlanInExcel, PartialWriteError, runUnit } from '../../src/hosts/excel/applyPlan';
import { undoInExcel } from '../../src/hosts/excel/undo';
import { groupIntoRuns } from '../../src/hosts/excel/runs';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { sameFormula } from '../../src/domain/sheet/formulaText';
import { failureOf } from '../../src/hosts/excel/failures';
import type { SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { fakeExcel, type FakeExcel } from '../helpers/fakeExcel';
import { layoutUnits, writeGeneratedSheet } from '../../src/hosts/excel/writeGeneratedSheet';
import { GENERATED } from '../../src/domain/appendix/generated';
import { cellList } from '../helpers/excelState';
import { sheet, workbook } from '../helpers/sheets';
import { thachAnAssignment } from '../fixtures/thachAn';

const all = () => true;
const COMMUNE = ['Lê Lợi', 'Đức Xuân', 'Thụy Hùng', 'Quang Trọng', 'Hưng Đạo', 'Nguyễn Huệ'];

/** An assignment table of many communes with Vietnamese names, on a sheet named as offices name it. */
function assignment(communes: number): SheetSnapshot {
  return sheet('Giao chỉ tiêu xã', [
    ['GIAO CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ NĂM 2025'],
    ['TT', 'Tên xã', ...Array.from({ length: 19 }, (_, i) => i + 1)],
    ...Array.from({ length: communes }, (_, r) => [r + 1, `Xã ${COMMUNE[r % COMMUNE.length]} ${r + 1}`, ...Array.from({ length: 19 }, (_, k) => ((r + k) % 4 === 0 ? 'KH' : 'x'))]),
  ]);
}

const context = (excel: FakeExcel) => excel as unknown as Excel.RequestContext;

/** What a cell holds as Excel's `formulas` gives it, in a fake's state. */
function holding(excel: FakeExcel, name: string) {
  const state = excel.state().workbook.sheets.find((s) => s.name === name)!;
  return (row: number, col: number) => {
    const [r, c] = [row - state.origin.row, col - state.origin.col];
    return state.formulas?.[r]?.[c] ?? state.values[r]?.[c] ?? '';
  };
}

describe('Office.js host: the size of a write', () => {
  it('estimates each request as the fake Excel measures it (UTF-8 bytes of actions and object paths), within 15%', async () => {
    // Long columns of one formula each (a national table), and many short runs (Thạch An, typed cells replaced).
    for (const [sheets, overwrite] of [[[assignment(40)], false], [[assignment(3000)], false], [[thachAnAssignment()], true]] as const) {
      const { plan } = planFill(workbook(...sheets), { overwrite });
      const excel = fakeExcel({ sheets, payloadLimit: Infinity });
      const units = groupIntoRuns(cellWrites(plan)).map((run) => runUnit(context(excel), run));
      for (const unit of units) unit.queue();
      await excel.sync();
      const estimate = units.reduce((total, unit) => total + unit.bytes, 0);
      const measured = excel.requestSizes[0];
      expect(estimate / measured).toBeGreaterThan(0.85);
      expect(estimate / measured).toBeLessThan(1.15);
    }
  });

  it.each(['RequestPayloadSizeLimitExceeded', 'GeneralException'])('a request Excel refuses for its size (%s) is sent again in halves until Excel takes it; every cell ends written', async (code) => {
    const sheets = [assignment(3000)];
    const { plan } = planFill(workbook(...sheets));
    // Excel on the web refusing well under 5 MB: 300 KB here, while the add-in aims at 4 MB.
    const excel = fakeExcel({ sheets, payloadLimit: 300_000, sizeErrorCode: code });
    const { undo } = await applyPlanInExcel(context(excel), plan, { supports: all });
    const refused = excel.requestSizes.filter((bytes) => bytes > 300_000);
    expect(refused.length).toBeGreaterThan(0);
    const now = holding(excel, 'Giao chỉ tiêu xã');
    const writes = cellWrites(plan);
    expect(writes.filter((w) => !sameFormula(now(w.row, w.col), w.formula ?? w.text))).toEqual([]);
    expect(undo.cells).toHaveLength(writes.length);
  });

  it('a unit over the budget is cut before it is sent', async () => {
    const sheets = [assignment(3000)];
    const { plan } = planFill(workbook(...sheets));
    const excel = fakeExcel({ sheets, payloadLimit: 40_000 });
    await applyPlanInExcel(context(excel), plan, { supports: all, budgetBytes: 30_000 });
    expect(excel.requestSizes.filter((bytes) => bytes > 40_000)).toEqual([]);
    const now = holding(excel, 'Giao chỉ tiêu xã');
    expect(cellWrites(plan).every((w) => sameFormula(now(w.row, w.col), w.formula ?? w.text))).toBe(true);
  });

  it('a unit too large alone (one long column) is cut in halves when Excel refuses it', async () => {
    const sheets = [assignment(3000)];
    const { plan } = planFill(workbook(...sheets));
    // Excel refusing far under the add-in's budget, under one column's formulas: the column goes alone, is refused, and is cut.
    const excel = fakeExcel({ sheets, payloadLimit: 40_000, sizeErrorCode: 'GeneralException' });
    await applyPlanInExcel(context(excel), plan, { supports: all, budgetBytes: 200_000 });
    expect(excel.requestSizes.filter((bytes) => bytes > 40_000).length).toBeGreaterThan(0);
    const now = holding(excel, 'Giao chỉ tiêu xã');
    expect(cellWrites(plan).every((w) => sameFormula(now(w.row, w.col), w.formula ?? w.text))).toBe(true);
  });
});

describe('Office.js host: writes planned by UTF-8 bytes', () => {
  const task = 'Rà soát, điều chỉnh, bổ sung quy hoạch chung xây dựng xã đến năm 2030 theo hướng dẫn';
  const layout = { rows: Array.from({ length: 800 }, (_, r) => ({ kind: 'task' as const, cells: [String(r + 1), task, 'Ban Chỉ đạo huyện', 'Phòng Nông nghiệp và Môi trường', 'Ủy ban nhân dân các xã', 'Quý I–IV'] })), merges: [], widths: [6, 52, 18, 26, 26, 16], headerRow: 1, heights: [] };

  it('estimates a sheet of Vietnamese texts as the fake Excel measures it, within 15%', async () => {
    const excel = fakeExcel({ sheets: [sheet('Phụ lục', [['TT']])], payloadLimit: Infinity });
    const units = layoutUnits(context(excel), 'Phụ lục', layout, all);
    for (const unit of units) unit.queue();
    await excel.sync();
    const ratio = units.reduce((total, unit) => total + unit.bytes, 0) / excel.requestSizes[0];
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.15);
  });

  it('Vietnamese texts (two or three bytes a letter) go in requests Excel takes at the first try, and are read back under the limit too', async () => {
    const bytes = Buffer.byteLength(JSON.stringify(layout.rows.map((r) => r.cells)), 'utf8');
    const characters = JSON.stringify(layout.rows.map((r) => r.cells)).length;
    // A limit the texts pass by their characters, not by their bytes.
    const limit = Math.floor((bytes + characters) / 2);
    const excel = fakeExcel({ sheets: [sheet('Việc', [['TT']])], payloadLimit: limit, sizeErrorCode: 'GeneralException' });
    const undo = await writeGeneratedSheet(context(excel), GENERATED.appendix, layout, all, undefined, Math.floor(limit * 0.95));
    expect(excel.requestSizes.filter((size) => size > limit)).toEqual([]);
    expect(excel.responseSizes.filter((size) => size > limit)).toEqual([]);
    expect(undo.content).toMatch(/^[0-9a-f]+:\d+$/);
    expect(excel.state().workbook.sheets.find((s) => s.name === 'Phụ lục')!.values).toHaveLength(800);
  });
});

describe('Office.js host: a write Excel stops part way', () => {
  /** A fill Excel stops at its third write request: a person protects the sheet while the add-in writes. */
  async function stopped() {
    const sheets = [assignment(3000)];
    const original = sheets[0];
    const { plan } = planFill(workbook(...sheets));
    let protectAt = 0;
    const excel = fakeExcel({
      sheets,
      beforeSync: (n) => {
        if (excel.applied.some((o) => o.op === 'formulas') && protectAt === 0) protectAt = n + 1;
        if (n === protectAt) excel.person.protectSheet('Giao chỉ tiêu xã');
      },
    });
    const failure = await applyPlanInExcel(context(excel), plan, { supports: all, budgetBytes: 200_000 }).catch((error: unknown) => error);
    return { excel, plan, original, failure: failure as PartialWriteError };
  }

  it('says what happened (AccessDenied: a protected sheet) and its undo covers exactly the cells written', async () => {
    const { excel, plan, original, failure } = await stopped();
    expect(failure).toBeInstanceOf(PartialWriteError);
    expect(failureOf(failure)).toMatchObject({ code: 'access-denied', excelCode: 'AccessDenied' });
    const now = holding(excel, original.name);
    const recorded = new Set(failure.undo.cells.map((c) => `${c.row}:${c.col}`));
    const writes = cellWrites(plan);
    const written = writes.filter((w) => sameFormula(now(w.row, w.col), w.formula ?? w.text));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(writes.length);
    // Exactly: the cells recorded are the cells that hold what was written, no more, no less.
    expect(new Set(written.map((w) => `${w.row}:${w.col}`))).toEqual(recorded);
    expect(excel.applied.filter((o) => o.op === 'calculate')).toEqual([]);
  });

  it('goes on from where it stopped: the cells already written are left, the rest written, and the undo of both puts the sheet back', async () => {
    const { excel, plan, original, failure } = await stopped();
    excel.sheet(original.name)!.protected = false;
    const before = excel.applied.filter((o) => o.op === 'formulas').length;
    const { undo } = await applyPlanInExcel(context(excel), plan, { supports: all, budgetBytes: 200_000, resume: failure.resume });
    const now = holding(excel, original.name);
    const writes = cellWrites(plan);
    expect(writes.every((w) => sameFormula(now(w.row, w.col), w.formula ?? w.text))).toBe(true);
    // The second write wrote only what the first had not.
    const again = excel.applied.filter((o) => o.op === 'formulas').slice(before).reduce((n, o) => n + (o.value as unknown[]).length, 0);
    expect(again).toBe(writes.filter((w) => w.formula !== undefined).length - failure.undo.cells.filter((c) => c.wrote.startsWith('=')).length);
    expect(undo.cells).toHaveLength(writes.length);
    await undoInExcel(context(excel), undo);
    expect(cellList(excel.state().workbook.sheets[0])).toEqual(cellList(original));
  });

  it('going on leaves a cell a person typed into after Excel stopped, and names it', async () => {
    const { excel, plan, original, failure } = await stopped();
    excel.sheet(original.name)!.protected = false;
    const recorded = new Set(failure.undo.cells.map((c) => `${c.row}:${c.col}`));
    const untouched = cellWrites(plan).find((w) => !recorded.has(`${w.row}:${w.col}`))!;
    excel.person.type(original.name, untouched.cell, 99);
    const result = await applyPlanInExcel(context(excel), plan, { supports: all, resume: failure.resume });
    expect(result.changedSince).toEqual([`'${original.name}'!${untouched.cell}`]);
    expect(holding(excel, original.name)(untouched.row, untouched.col)).toBe(99);
  });

  it('leaves no "Giá trị cũ" note on a cell it did not replace', async () => {
    const sheets = [thachAnAssignment()];
    const { plan } = planFill(workbook(...sheets), { overwrite: true });
    const replaced = plan.writes.filter((w) => w.replaces !== undefined);
    let formulas = 0;
    const excel = fakeExcel({ sheets, failOn: (op) => (op.op === 'formulas' && ++formulas === 4 ? { code: 'InvalidArgument' } : undefined) });
    const failure = await applyPlanInExcel(context(excel), plan, { supports: all, budgetBytes: 3_000 }).catch((error: unknown) => error as PartialWriteError);
    expect(failure).toBeInstanceOf(PartialWriteError);
    const now = holding(excel, sheets[0].name);
    const notes = excel.state().notes;
    for (const w of replaced) {
      const written = sameFormula(now(w.row, w.col), w.formula);
      expect([w.cell, notes[`'${w.sheet}'!${w.cell}`] !== undefined]).toEqual([w.cell, written]);
    }
    expect(Object.keys(notes).length).toBeLessThan(replaced.length);
    await undoInExcel(context(excel), failure.undo);
    expect(cellList(excel.state().workbook.sheets[0])).toEqual(cellList(sheets[0]));
    expect(excel.state().notes).toEqual({});
  });

  it('notes that fail part way are taken back before comments are tried: no cell ends with both', async () => {
    const sheets = [thachAnAssignment()];
    const { plan } = planFill(workbook(...sheets), { overwrite: true });
    const replaced = plan.writes.filter((w) => w.replaces !== undefined);
    let notes = 0;
    const excel = fakeExcel({ sheets, failOn: (op) => (op.op === 'note' && ++notes === 5 ? { code: 'InvalidArgument' } : undefined) });
    const result = await applyPlanInExcel(context(excel), plan, { supports: all });
    expect(result.kept).toEqual([]);
    const state = excel.state();
    expect(Object.keys(state.comments)).toHaveLength(replaced.length);
    // The four notes Excel took before it failed are gone: only the comments keep the old values.
    expect(state.notesOnly).toEqual({});
  });

  it('while a person edits a cell, Excel refuses every request: nothing is written and the failure says to leave the cell', async () => {
    const sheets = [assignment(10)];
    const { plan } = planFill(workbook(...sheets));
    const excel = fakeExcel({ sheets });
    excel.person.startEditing();
    const failure = await applyPlanInExcel(context(excel), plan, { supports: all }).catch((error: unknown) => error);
    expect(failureOf(failure)).toMatchObject({ code: 'cell-edit', excelCode: 'InvalidOperationInCellEditMode' });
    expect(excel.applied).toEqual([]);
  });
});
