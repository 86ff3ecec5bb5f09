import type { WritePlan } from '../../domain/fill/types';
import { a1 } from '../../domain/sheet/address';
import { replacedNote } from '../../domain/fill/notes';
import { officeSupports, type Supports } from './requirements';
import { cellId, groupIntoRuns, runBytes, type WriteRun } from './runs';
import { recalculate } from './recalculate';
import { sheetRef } from '../../domain/sheet/refs';
import { REQUEST_BUDGET_BYTES } from './blocks';
import { readSheets } from './readSheets';
import { fingerprint } from '../../domain/sheet/fingerprint';
import { cellWrites, writtenSheets } from '../../domain/fill/cells';
import { undoRecordOf, type UndoNote, type UndoRecord } from '../../domain/fill/undo';
import type { CellValue, SheetSnapshot } from '../../domain/sheet/snapshot';
import { guardTableColumns, queueGuardReads, queueTableLists, restoreFilledCells, type SheetTables } from './tableColumns';

/** Why a write was refused before anything was written. */
export type RefusalReason = 'protected' | 'changed';

/** A sheet is protected, or changed since the plan was made: nothing was written. */
export class WriteRefusedError extends Error {
  constructor(readonly sheets: readonly string[], readonly reason: RefusalReason = 'protected') {
    super(reason === 'protected'
      ? `Trang tính đang được bảo vệ: ${sheets.join(', ')}. Hãy bỏ bảo vệ rồi điền lại; chưa ghi ô nào.`
      : `Trang tính đã thay đổi từ lúc xem trước: ${sheets.join(', ')}. Hãy bấm "Xem trước" lại; chưa ghi ô nào.`);
    this.name = 'WriteRefusedError';
  }
}

export type ApplyOptions = { supports?: Supports; budgetBytes?: number };

/**
 * Excel failed a write batch after others had been written: the cells written so far stay, and
 * `undo` puts them back (cells of the batches never written are unchanged, and restoring them is a
 * no-op). Excel's error code and reason are kept.
 */
export class PartialWriteError extends Error {
  readonly code?: string;
  constructor(cause: unknown, readonly undo: UndoRecord) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PartialWriteError';
    this.code = (cause as { code?: string } | null)?.code;
  }
}

/**
 * What a write did beyond the plan: typed cells kept because their old value could be kept in
 * neither a note nor a comment (the plan would have replaced them), as "'Sheet'!C7".
 */
export type ApplyResult = {
  kept: string[];
  undo: UndoRecord;
  /** Cells of Excel Tables that Excel filled with a written formula (its calculated columns), put back as they were. */
  restored: string[];
};

const COMPUTED_FILL = '#E2EFDA';
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal'] as const;

function queueRun(context: Excel.RequestContext, run: WriteRun): void {
  const sheet = context.workbook.worksheets.getItem(run.sheet);
  const range = sheet.getRangeByIndexes(run.top, run.col, run.writes.length, 1);
  const first = run.writes[0];
  if (first.formula !== undefined) {
    // A number format first, always: a formula written into a cell formatted as Text ("@") would stay text.
    range.numberFormat = run.writes.map((w) => [w.numberFormat ?? 'General']);
    range.formulas = run.writes.map((w) => [w.formula!]);
  } else {
    // Texts as texts: a "@" format first, so that "=…", "+…", "-…" never become formulas.
    range.numberFormat = run.writes.map(() => ['@']);
    range.values = run.writes.map((w) => [w.text ?? '']);
  }
  if (first.style === 'computed') range.format.fill.color = COMPUTED_FILL;
  else range.format.font.bold = true;
  if (first.style === 'header') range.format.wrapText = true;
  for (const edge of EDGES) {
    if (edge === 'InsideHorizontal' && run.writes.length < 2) continue;
    range.format.borders.getItem(edge).style = 'Continuous';
  }
}

/** How a replaced value is kept: a note (ExcelApi 1.18), else a comment (1.10), else not at all. */
type Keeper = 'notes' | 'comments';

/**
 * Keeps the old values of the cells the plan replaces, in their own sync before any cell is
 * written: notes, else comments (which can throw NotImplemented), else nothing — and then those
 * cells are not replaced. Returns the writes whose old value is safe.
 */
async function keepReplaced(context: Excel.RequestContext, replaced: readonly Replaced[], supports: Supports): Promise<{ safe: Set<Replaced>; keeper?: Keeper }> {
  if (replaced.length === 0) return { safe: new Set() };
  const keepers: Keeper[] = [...(supports('ExcelApi', '1.18') ? ['notes' as const] : []), ...(supports('ExcelApi', '1.10') ? ['comments' as const] : [])];
  for (const keeper of keepers) {
    for (const { write, address, existing } of replaced) {
      const note = replacedNote(write.replaces);
      if (keeper === 'notes' && existing && !existing.isNullObject) existing.content = `${existing.content}\n${note}`;
      else if (keeper === 'notes') context.workbook.notes.add(address, note);
      else context.workbook.comments.add(address, note);
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- at most two tries: notes, then comments if Excel refused notes
      await context.sync();
      return { safe: new Set(replaced), keeper };
    } catch {
      // Notes or comments refused (NotImplemented on some platforms): the next way, else none.
    }
  }
  return { safe: new Set() };
}

/** What the cells a plan writes hold just before: loaded with the checks, in the same sync. */
type Before = { run: WriteRun; range: Excel.Range }[];

function beforeSnapshot(before: Before): { sheets: SheetSnapshot[] } {
  const bySheet = new Map<string, SheetSnapshot>();
  for (const { run, range } of before) {
    let sheet = bySheet.get(run.sheet);
    if (!sheet) bySheet.set(run.sheet, (sheet = { name: run.sheet, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] }));
    run.writes.forEach((write, i) => {
      const value = (range.values as unknown[][])[i]?.[0];
      const formula = (range.formulas as unknown[][])[i]?.[0];
      const grid = <T>(rows: T[][]) => (rows[write.row] ??= []);
      grid(sheet!.values)[write.col] = value === '' || value === undefined ? null : value as CellValue;
      grid(sheet!.formulas!)[write.col] = typeof formula === 'string' && formula.startsWith('=') ? formula : null;
      grid(sheet!.numberFormats!)[write.col] = String((range.numberFormat as unknown[][])[i]?.[0] ?? 'General');
    });
  }
  return { sheets: [...bySheet.values()] };
}

type Replaced = { write: WritePlan['writes'][number]; address: string; existing?: Excel.Note };

/**
 * Applies a write plan inside Excel: refuses before writing anything if a target sheet is
 * protected or has changed since the plan was made (its cells read again and fingerprinted); keeps
 * every value it replaces in a note (added to a note the cell has; a comment where notes are not
 * supported), in a sync of its own before any cell is written — where neither can be written, the
 * typed cell is kept and listed; suspends recalculation while writing, writes one range per run of
 * cells, splits requests under the 5 MB limit, and recalculates the workbook at the end (the
 * suspension leaves it to the add-in, and a workbook in manual calculation would show stale
 * values). In Excel Tables, cells Excel fills itself with a written formula (calculated columns) are
 * put back. Syncs: 3 for any ordinary plan (one more when it replaces typed cells), one more per 4 MB
 * of writes, one more to read the formulas of the target sheets again when the plan records their
 * fingerprints and they hold formulas, one more when the target sheets hold tables and one more when
 * Excel filled cells of them.
 */
export async function applyPlanInExcel(context: Excel.RequestContext, plan: WritePlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const supports = options.supports ?? officeSupports;
  const sheets = [...new Set([...writtenSheets(plan), ...plan.merges.map((m) => m.sheet)])];
  const basis = plan.basis ?? {};
  const notesSupported = supports('ExcelApi', '1.18');
  let protections: { name: string; protection: Excel.WorksheetProtection }[] = [];
  let replaced: Replaced[] = [];
  const planned = groupIntoRuns(cellWrites(plan));
  let before: Before = [];
  let tableLists: SheetTables = [];
  const queueChecks = () => {
    tableLists = queueTableLists(context, sheets);
    // What each target cell holds now (value, formula, number format), for the undo.
    before = planned.map((run) => {
      const range = context.workbook.worksheets.getItem(run.sheet).getRangeByIndexes(run.top, run.col, run.writes.length, 1);
      range.load(['values', 'formulas', 'numberFormat']);
      return { run, range };
    });
    protections = sheets.map((name) => {
      const protection = context.workbook.worksheets.getItem(name).protection;
      protection.load('protected');
      return { name, protection };
    });
    replaced = plan.writes.filter((w) => w.replaces !== undefined).map((write) => {
      const address = `${sheetRef(write.sheet)}!${a1(write.row, write.col)}`;
      const existing = notesSupported ? context.workbook.notes.getItemOrNullObject(address) : undefined;
      existing?.load(['isNullObject', 'content']);
      return { write, address, existing };
    });
  };
  const watched = sheets.filter((name) => basis[name] !== undefined).map((name) => ({ name, sheet: context.workbook.worksheets.getItem(name) }));
  const now = watched.length > 0 ? await readSheets(context, watched, { supports, budgetBytes: options.budgetBytes, formats: 'none', alongside: queueChecks }) : [];
  if (watched.length === 0) {
    queueChecks();
    await context.sync();
  }
  const locked = protections.filter((p) => p.protection.protected).map((p) => p.name);
  if (locked.length > 0) throw new WriteRefusedError(locked);
  const changed = now.filter((snapshot) => fingerprint(snapshot) !== basis[snapshot.name]).map((s) => s.name);
  if (changed.length > 0) throw new WriteRefusedError(changed, 'changed');

  const { safe, keeper } = await keepReplaced(context, replaced, supports);
  const unsafe = replaced.filter((r) => !safe.has(r)).map((r) => r.write);
  const kept = new Set(unsafe.map((w) => cellId(w.sheet, w.row, w.col)));
  const writes = cellWrites(plan).filter((w) => !kept.has(cellId(w.sheet, w.row, w.col)));
  const guard = await guardTableColumns(context, tableLists, writes);
  const runs = groupIntoRuns(writes);
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  const batches: WriteRun[][] = [[]];
  let used = 0;
  for (const run of runs) {
    const bytes = runBytes(run);
    if (used + bytes > budget && batches[batches.length - 1].length > 0) {
      batches.push([]);
      used = 0;
    }
    batches[batches.length - 1].push(run);
    used += bytes;
  }
  const notes: UndoNote[] = [...safe].map(({ write, existing }) => ({ sheet: write.sheet, row: write.row, col: write.col, kind: keeper === 'notes' ? 'note' : 'comment', before: keeper === 'notes' && existing && !existing.isNullObject ? existing.content : null }));
  const undo = undoRecordOf(beforeSnapshot(before), writes, plan.merges, notes);
  for (const [i, batch] of batches.entries()) {
    if (supports('ExcelApi', '1.8')) context.application.suspendApiCalculationUntilNextSync();
    for (const run of batch) queueRun(context, run);
    if (i === batches.length - 1) {
      for (const merge of plan.merges) context.workbook.worksheets.getItem(merge.sheet).getRange(merge.range).merge(false);
      if (guard) queueGuardReads(context, guard);
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB batch: Excel on the web refuses larger requests
      await context.sync();
    } catch (error) {
      throw new PartialWriteError(error, undo);
    }
  }
  const restored = guard ? await restoreFilledCells(context, guard, writes) : [];
  await recalculate(context);
  return { kept: unsafe.map((w) => `${sheetRef(w.sheet)}!${a1(w.row, w.col)}`), undo, restored };
}
