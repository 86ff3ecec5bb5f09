import type { CellWrite, WritePlan } from '../../domain/fill/types';
import { a1 } from '../../domain/sheet/address';
import { officeSupports, type Supports } from './requirements';
import { cellId, groupIntoRuns, type WriteRun } from './runs';
import { recalculate } from './recalculate';
import { sheetRef } from '../../domain/sheet/refs';
import { readSheets } from './readSheets';
import { fingerprint } from '../../domain/sheet/fingerprint';
import { cellWrites, writtenSheets } from '../../domain/fill/cells';
import { shownFormula, undoRecordOf, type UndoNote, type UndoRecord } from '../../domain/fill/undo';
import { sameFormula } from '../../domain/sheet/formulaText';
import type { CellValue, SheetSnapshot } from '../../domain/sheet/snapshot';
import { guardTableColumns, queueGuardReads, queueTableLists, restoreFilledCells, type SheetTables } from './tableColumns';
import { AddinFailure, failureOf, type Failure } from './failures';
import { BatchFailure, writeInBatches, type WriteUnit } from './batches';
import { requestBytes } from './payload';
import { keepReplaced, type Replaced } from './keepOld';
import { cellReadBytes, queueCellReads, readCells, type CellRead } from './readCells';
import { REQUEST_BUDGET_BYTES, type CellProperty } from './blocks';

/** Why a write was refused before anything was written. */
export type RefusalReason = 'protected' | 'changed';

/** A sheet is protected, or changed since the plan was made: nothing was written. */
export class WriteRefusedError extends AddinFailure {
  constructor(readonly sheets: readonly string[], readonly reason: RefusalReason = 'protected') {
    super({ code: reason === 'protected' ? 'sheet-protected' : 'sheet-changed', params: { sheets: sheets.join(', ') } }, reason === 'protected'
      ? `Trang tính đang được bảo vệ: ${sheets.join(', ')}. Hãy bỏ bảo vệ rồi điền lại; chưa ghi ô nào.`
      : `Trang tính đã thay đổi từ lúc xem trước: ${sheets.join(', ')}. Hãy bấm "Xem trước" lại; chưa ghi ô nào.`);
    this.name = 'WriteRefusedError';
  }
}

/**
 * Where a write that Excel stopped can start again: what it wrote so far (exactly: the undo of it),
 * and what every cell of the plan held before the first attempt.
 */
export type ResumeState = { undo: UndoRecord; before: UndoRecord };

export type ApplyOptions = { supports?: Supports; budgetBytes?: number; resume?: ResumeState };

/**
 * Excel failed a write after some of it was written: `undo` puts back exactly what was written (the
 * cells Excel took, and the notes kept for them; notes kept for cells never replaced were taken back,
 * or are in `undo` when that failed too), `resume` lets the same plan be written on from there.
 * Excel's code and words are kept in `failure`.
 */
export class PartialWriteError extends Error {
  readonly code?: string;
  readonly failure: Failure;
  constructor(cause: unknown, readonly undo: UndoRecord, readonly resume?: ResumeState) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PartialWriteError';
    this.code = (cause as { code?: string } | null)?.code;
    this.failure = failureOf(cause);
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
  /** On a resumed write: cells a person changed since Excel stopped, left as they are. */
  changedSince?: string[];
};

const COMPUTED_FILL = '#E2EFDA';
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal'] as const;

/** What a run weighs in a request: the sheet and the range, the formats and formulas (or texts), the style and the borders. */
function runBytes(run: WriteRun): number {
  const first = run.writes[0];
  const formats = run.writes.map((w) => [first.formula !== undefined ? w.numberFormat ?? 'General' : '@']);
  const contents = run.writes.map((w) => [w.formula ?? w.text ?? '']);
  const edges = EDGES.filter((e) => e !== 'InsideHorizontal' || run.writes.length > 1).length;
  const actions = 3 + (first.style === 'header' ? 1 : 0) + edges;
  return requestBytes(2, actions, [run.sheet, [run.top, run.col, run.writes.length, 1], formats, contents, 'Continuous'.repeat(edges), COMPUTED_FILL]);
}

function queueRun(context: Excel.RequestContext, run: WriteRun): void {
  const sheet = context.workbook.worksheets.getItem(run.sheet);
  const range = sheet.getRangeByIndexes(run.top, run.col, run.writes.length, 1);
  const first = run.writes[0];
  if (first.formula !== undefined) {
    // A number format first, always: a formula written into a cell formatted as Text ("@") would stay text.
    range.numberFormat = run.writes.map((w) => [w.numberFormat ?? 'General']);
    range.formulas = run.writes.map((w) => [w.formula!]);
  } else {
    // Texts as texts: a "@" format first, so that "=…", "+…", "-…" never become formulas, nor "12" a number.
    range.numberFormat = run.writes.map(() => ['@']);
    range.values = run.writes.map((w) => [w.text ?? '']);
  }
  // A fix of a typed number keeps the cell's look.
  if (first.style === 'typed') return;
  if (first.style === 'computed') range.format.fill.color = COMPUTED_FILL;
  else range.format.font.bold = true;
  if (first.style === 'header') range.format.wrapText = true;
  for (const edge of EDGES) {
    if (edge === 'InsideHorizontal' && run.writes.length < 2) continue;
    range.format.borders.getItem(edge).style = 'Continuous';
  }
}

/** A run as a unit of a write (its bytes by ./payload): cut in halves when Excel refuses it as too large. */
export type RunUnit = WriteUnit & { writes: CellWrite[] };
export function runUnit(context: Excel.RequestContext, run: WriteRun): RunUnit {
  return {
    writes: run.writes,
    bytes: runBytes(run),
    queue: () => queueRun(context, run),
    split: run.writes.length < 2 ? undefined : () => {
      const half = run.writes.length >> 1;
      return [runUnit(context, { ...run, writes: run.writes.slice(0, half) }), runUnit(context, { ...run, top: run.top + half, writes: run.writes.slice(half) })];
    },
  };
}

/** What the cells a plan writes hold just before (value, formula, number format), as snapshots of those cells. */
function beforeSnapshot(writes: readonly CellWrite[], read: ReadonlyMap<string, CellRead>): { sheets: SheetSnapshot[] } {
  const bySheet = new Map<string, SheetSnapshot>();
  for (const write of writes) {
    let sheet = bySheet.get(write.sheet);
    if (!sheet) bySheet.set(write.sheet, (sheet = { name: write.sheet, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] }));
    const cell = read.get(cellId(write.sheet, write.row, write.col)) ?? {};
    const grid = <T>(rows: T[][]) => (rows[write.row] ??= []);
    grid(sheet.values)[write.col] = cell.values === '' || cell.values === undefined ? null : cell.values as CellValue;
    grid(sheet.formulas!)[write.col] = typeof cell.formulas === 'string' && cell.formulas.startsWith('=') ? cell.formulas : null;
    grid(sheet.numberFormats!)[write.col] = String(cell.numberFormat ?? 'General');
  }
  return { sheets: [...bySheet.values()] };
}

/**
 * Adds to `read` the values and formulas of the target cells from the sheets just read (as Excel's
 * `values` and `formulas` give them); cells those snapshots do not hold (outside the used range, a
 * sheet read in part) are read from Excel, in one sync more.
 */
async function heldInSnapshots(context: Excel.RequestContext, cells: readonly CellWrite[], snapshots: readonly SheetSnapshot[], read: Map<string, CellRead>, budget?: number): Promise<void> {
  const byName = new Map(snapshots.map((s) => [s.name, s]));
  const missing: CellWrite[] = [];
  for (const cell of cells) {
    const id = cellId(cell.sheet, cell.row, cell.col);
    const held = heldIn(byName.get(cell.sheet), cell.row, cell.col);
    if (held) read.set(id, { ...read.get(id), ...held });
    else missing.push(cell);
  }
  if (missing.length === 0) return;
  for (const [id, cell] of await readCells(context, missing, ['values', 'formulas'], budget)) read.set(id, { ...read.get(id), ...cell });
}

/** A cell of a snapshot as Excel's `values` and `formulas` give it; undefined where the snapshot does not hold it. */
function heldIn(snapshot: SheetSnapshot | undefined, row: number, col: number): CellRead | undefined {
  if (!snapshot || (snapshot.unread?.length ?? 0) > 0) return undefined;
  const r = row - snapshot.origin.row;
  const c = col - snapshot.origin.col;
  const line = snapshot.values[r];
  if (r < 0 || c < 0 || !line || c >= line.length) return undefined;
  const cell = line[c];
  const value = cell === null ? '' : typeof cell === 'object' ? cell.error : cell;
  return { values: value, formulas: snapshot.formulas?.[r]?.[c] ?? value };
}

/** The part of a record about some cells (and their notes), merges only when asked. */
function recordOf(record: UndoRecord, ids: ReadonlySet<string>, merges: boolean): UndoRecord {
  return {
    cells: record.cells.filter((c) => ids.has(cellId(c.sheet, c.row, c.col))),
    merges: merges ? record.merges : [],
    notes: record.notes.filter((n) => ids.has(cellId(n.sheet, n.row, n.col))),
  };
}

/** Two records of one write, the earlier first; a cell in both keeps its earliest state. */
function joined(a: UndoRecord | undefined, b: UndoRecord): UndoRecord {
  if (!a) return b;
  const seen = new Set(a.cells.map((c) => cellId(c.sheet, c.row, c.col)));
  const noted = new Set(a.notes.map((n) => cellId(n.sheet, n.row, n.col)));
  const merged = new Set(a.merges.map((m) => `${m.sheet}\u0000${m.range}`));
  return {
    cells: [...a.cells, ...b.cells.filter((c) => !seen.has(cellId(c.sheet, c.row, c.col)))],
    merges: [...a.merges, ...b.merges.filter((m) => !merged.has(`${m.sheet}\u0000${m.range}`))],
    notes: [...a.notes, ...b.notes.filter((n) => !noted.has(cellId(n.sheet, n.row, n.col)))],
  };
}

const address = (w: { sheet: string; row: number; col: number }) => `${sheetRef(w.sheet)}!${a1(w.row, w.col)}`;

/**
 * Applies a write plan inside Excel. Before writing anything: refuses if a target sheet is protected
 * or has changed since the plan was made (its cells read again and fingerprinted), reads what every
 * target cell holds (for the undo), and keeps every value it replaces in a note (added to a note the
 * cell has; a comment where notes are not supported) — where neither can be written, the typed cell
 * is kept and listed. Then writes one range per run of cells, in requests under the budget by their
 * UTF-8 bytes (a request Excel refuses as too large, GeneralException included, is sent again in
 * halves), with recalculation suspended, and recalculates at the end (a workbook in manual
 * calculation would show stale values). In Excel Tables, cells Excel fills itself with a written
 * formula (calculated columns) are put back.
 *
 * If Excel stops part way, a PartialWriteError says what was written (its undo covers exactly that)
 * and how to go on: called again with its `resume`, the write skips the fingerprint check, leaves
 * the cells already written and the cells a person changed since (listed), and writes the rest.
 *
 * Syncs for an ordinary plan: 3 (the target sheets read again with the checks and what the target
 * cells hold — for a plan too large to read its cells whole there, their number formats only, their
 * values and formulas then taken from the sheets read —, the writes, the recalculation); one more
 * when a sheet reaches past the first read's box, one more when it replaces typed cells,
 * one more per 4 MB of writes, one more to read the formulas of the target sheets when they hold
 * formulas, one more when the target sheets hold tables and one more when Excel filled cells of them.
 */
export async function applyPlanInExcel(context: Excel.RequestContext, plan: WritePlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const supports = options.supports ?? officeSupports;
  const budget = options.budgetBytes;
  const resume = options.resume;
  const sheets = [...new Set([...writtenSheets(plan), ...plan.merges.map((m) => m.sheet)])];
  const basis = resume ? {} : plan.basis ?? {};
  const notesSupported = supports('ExcelApi', '1.18');
  let protections: { name: string; protection: Excel.WorksheetProtection }[] = [];
  let existing = new Map<string, Excel.Note>();
  const all = cellWrites(plan);
  let tableLists: SheetTables = [];
  const watched = sheets.filter((name) => basis[name] !== undefined).map((name) => ({ name, sheet: context.workbook.worksheets.getItem(name) }));
  // What each target cell holds now (value, formula, number format), for the undo: the values and formulas of the
  // sheets read again for their fingerprint come from that read; the rest with the first read when small enough to join it.
  const FULL: CellProperty[] = ['values', 'formulas', 'numberFormat'];
  const room = (budget ?? REQUEST_BUDGET_BYTES) / 2;
  const onWatched = cellReadBytes(all, FULL) > room && all.every((w) => basis[w.sheet] !== undefined);
  const HELD: CellProperty[] = onWatched ? ['numberFormat'] : FULL;
  const early = cellReadBytes(all, HELD) <= room;
  let held: (() => Map<string, CellRead>) | undefined;
  const queueChecks = () => {
    if (early) held = queueCellReads(context, all, HELD);
    tableLists = queueTableLists(context, sheets);
    protections = sheets.map((name) => {
      const protection = context.workbook.worksheets.getItem(name).protection;
      protection.load('protected');
      return { name, protection };
    });
    existing = new Map(notesSupported ? plan.writes.filter((w) => w.replaces !== undefined).map((write) => {
      const note = context.workbook.notes.getItemOrNullObject(address(write));
      note.load('content');
      return [cellId(write.sheet, write.row, write.col), note];
    }) : []);
  };
  const now = watched.length > 0 ? await readSheets(context, watched, { supports, budgetBytes: budget, formats: 'none', alongside: queueChecks }) : [];
  if (watched.length === 0) {
    queueChecks();
    await context.sync();
  }
  const locked = protections.filter((p) => p.protection.protected).map((p) => p.name);
  if (locked.length > 0) throw new WriteRefusedError(locked);
  const changed = now.filter((snapshot) => fingerprint(snapshot) !== basis[snapshot.name]).map((s) => s.name);
  if (changed.length > 0) throw new WriteRefusedError(changed, 'changed');

  // Else in requests of their own, under the budget.
  const read = held ? held() : await readCells(context, all, HELD, budget);
  if (onWatched) await heldInSnapshots(context, all, now, read, budget);
  // The state of every target cell now; on a resumed write, the cells to write are those still as they were first.
  const current = undoRecordOf(beforeSnapshot(all, read), all, plan.merges, []);
  const original = resume?.before ?? current;
  let toWrite = all;
  const changedSince: string[] = [];
  if (resume) {
    const first = new Map(original.cells.map((c) => [cellId(c.sheet, c.row, c.col), c]));
    toWrite = all.filter((w, i) => {
      const held = shownFormula(current.cells[i].before.value, current.cells[i].before.formula);
      const was = first.get(cellId(w.sheet, w.row, w.col));
      if (sameFormula(held, w.formula ?? w.text ?? '')) return false;
      if (was && sameFormula(held, shownFormula(was.before.value, was.before.formula))) return true;
      changedSince.push(address(w));
      return false;
    });
  }
  const writing = new Set(toWrite.map((w) => cellId(w.sheet, w.row, w.col)));

  const replaced: Replaced[] = plan.writes.filter((w) => w.replaces !== undefined && writing.has(cellId(w.sheet, w.row, w.col)))
    .map((write) => ({ write, address: address(write), existing: existing.get(cellId(write.sheet, write.row, write.col)) }));
  const { safe, notes, strays } = await keepReplaced(context, replaced, supports, budget);
  const unsafe = replaced.filter((r) => !safe.has(r)).map((r) => r.write);
  const kept = new Set(unsafe.map((w) => cellId(w.sheet, w.row, w.col)));
  const writes = toWrite.filter((w) => !kept.has(cellId(w.sheet, w.row, w.col)));
  // Notes a failed keeper could not take back: the undo removes them.
  const strayRecord: UndoRecord = { cells: [], merges: [], notes: strays };

  const guard = await guardTableColumns(context, tableLists, writes);
  const full: UndoRecord = { ...recordOf(original, new Set(writes.map((w) => cellId(w.sheet, w.row, w.col))), true), notes };
  const units: WriteUnit[] = [
    ...groupIntoRuns(writes).map((run) => runUnit(context, run)),
    ...plan.merges.map((merge): WriteUnit => ({ bytes: requestBytes(2, 1, [merge.sheet, merge.range]), queue: () => context.workbook.worksheets.getItem(merge.sheet).getRange(merge.range).merge(false) })),
    // The table columns read again in the request that writes last: what Excel filled by itself shows there.
    ...(guard ? [{ bytes: requestBytes(guard.columns.length * 2, guard.columns.length), queue: () => queueGuardReads(context, guard) }] : []),
  ];
  try {
    await writeInBatches(context, units, {
      budget,
      prefix: () => { if (supports('ExcelApi', '1.8')) context.application.suspendApiCalculationUntilNextSync(); },
    });
  } catch (error) {
    if (!(error instanceof BatchFailure)) throw error;
    throw await partialFailure(context, error, full, { resume, strays, notes, original, budget });
  }
  const restored = guard ? await restoreFilledCells(context, guard, writes) : [];
  await recalculate(context);
  const undo = joined(resume?.undo, joined(full, strayRecord));
  return { kept: unsafe.map(address), undo, restored, ...(resume ? { changedSince } : {}) };
}

/**
 * What a write Excel stopped left: the cells of the batches Excel took, and of the batch it failed,
 * those that hold what was written (read again; all of them if that read fails too). Notes kept for
 * cells not written are taken back; if that fails, the undo removes them.
 */
async function partialFailure(
  context: Excel.RequestContext,
  failure: BatchFailure,
  full: UndoRecord,
  state: { resume?: ResumeState; strays: UndoNote[]; notes: UndoNote[]; original: UndoRecord; budget?: number },
): Promise<PartialWriteError> {
  const written = new Set<string>();
  const wroteIn = (units: readonly WriteUnit[]) => units.flatMap((u) => (u as RunUnit).writes ?? []);
  for (const w of wroteIn(failure.done)) written.add(cellId(w.sheet, w.row, w.col));
  const uncertain = wroteIn(failure.failed);
  try {
    // Excel may have taken a run's format and not its formulas: a cell counts as written when either changed.
    const now = await readCells(context, uncertain, ['formulas', 'numberFormat'], state.budget);
    const first = new Map(state.original.cells.map((c) => [cellId(c.sheet, c.row, c.col), c]));
    for (const w of uncertain) {
      const id = cellId(w.sheet, w.row, w.col);
      const held = now.get(id);
      const was = first.get(id);
      const changed = !was || !sameFormula(held?.formulas, shownFormula(was.before.value, was.before.formula)) || String(held?.numberFormat) !== was.before.numberFormat;
      if (changed || sameFormula(held?.formulas, w.formula ?? w.text ?? '')) written.add(id);
    }
  } catch {
    for (const w of uncertain) written.add(cellId(w.sheet, w.row, w.col));
  }
  const unwritten = state.notes.filter((n) => !written.has(cellId(n.sheet, n.row, n.col)));
  const leftover = await takeBack(context, unwritten);
  // Merges go last: written when no merge is among the units failed or not tried.
  const wroteMerges = failure.remaining.every((u) => (u as RunUnit).writes !== undefined);
  const undo = joined(state.resume?.undo, { ...recordOf(full, written, wroteMerges), notes: [...recordOf(full, written, false).notes, ...leftover, ...state.strays] });
  return new PartialWriteError(failure.cause, undo, { undo, before: state.original });
}

/** Takes back notes and comments kept for cells that were not written; returns those it could not. */
async function takeBack(context: Excel.RequestContext, notes: readonly UndoNote[]): Promise<UndoNote[]> {
  if (notes.length === 0) return [];
  try {
    const found = notes.map((note) => {
      const item = note.kind === 'note' ? context.workbook.notes.getItemOrNullObject(address(note)) : note.id ? context.workbook.comments.getItemOrNullObject(note.id) : undefined;
      item?.load('content');
      return item;
    });
    await context.sync();
    notes.forEach((note, i) => {
      const item = found[i];
      if (!item || item.isNullObject || item.content !== note.wrote) return;
      if (note.kind === 'note' && note.before !== null) (item as Excel.Note).content = note.before;
      else item.delete();
    });
    await context.sync();
    return notes.filter((n) => n.kind === 'comment' && !n.id);
  } catch {
    return [...notes];
  }
}
