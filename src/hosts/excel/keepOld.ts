import type { CellWrite } from '../../domain/fill/types';
import { replacedNote } from '../../domain/fill/notes';
import type { UndoNote } from '../../domain/fill/undo';
import { BatchFailure, writeInBatches, type WriteUnit } from './batches';
import { requestBytes } from './payload';
import type { Supports } from './requirements';
import { sameAddress } from './addresses';

/** A typed cell the plan replaces, its address, and the note it has (loaded with the checks, where notes exist). */
export type Replaced = { write: CellWrite; address: string; existing?: Excel.Note };

/** How the old values were kept: the cells whose old value is safe, the notes or comments added, and those a failure may have left. */
export type KeptOld = { safe: Set<Replaced>; notes: UndoNote[]; strays: UndoNote[] };

type KeepUnit = WriteUnit & { replaced: Replaced; note: UndoNote; after?(): void };

const placeOf = (r: Replaced) => ({ sheet: r.write.sheet, row: r.write.row, col: r.write.col });

function noteUnits(context: Excel.RequestContext, replaced: readonly Replaced[]): KeepUnit[] {
  return replaced.map((r) => {
    const text = replacedNote(r.write.replaces);
    const before = r.existing && !r.existing.isNullObject ? r.existing.content : null;
    const wrote = before === null ? text : `${before}\n${text}`;
    return {
      replaced: r,
      note: { ...placeOf(r), kind: 'note', before, wrote },
      bytes: requestBytes(1, 1, [r.address, wrote]),
      queue: () => {
        if (before === null) context.workbook.notes.add(r.address, text);
        else context.workbook.notes.getItem(r.address).content = wrote;
      },
    };
  });
}

function commentUnits(context: Excel.RequestContext, replaced: readonly Replaced[]): KeepUnit[] {
  return replaced.map((r) => {
    const text = replacedNote(r.write.replaces);
    let comment: Excel.Comment | undefined;
    const unit: KeepUnit = {
      replaced: r,
      note: { ...placeOf(r), kind: 'comment', before: null, wrote: text },
      bytes: requestBytes(1, 2, [r.address, text]),
      queue: () => {
        comment = context.workbook.comments.add(r.address, text);
        comment.load('id');
      },
      after: () => { unit.note.id = comment?.id; },
    };
    return unit;
  });
}

/** Reads what notes hold now, for the units given: their content, or null where there is none. */
async function noteContents(context: Excel.RequestContext, units: readonly KeepUnit[]): Promise<(string | null)[]> {
  const notes = units.map((u) => {
    const note = context.workbook.notes.getItemOrNullObject(u.replaced.address);
    note.load('content');
    return note;
  });
  await context.sync();
  return notes.map((note) => (note.isNullObject ? null : note.content));
}

/**
 * Takes back the notes a failed keeper added or extended: those that hold what it wrote get their old
 * text back or go. Returns the notes it could not take back (the cleanup failed too).
 */
async function takeBackNotes(context: Excel.RequestContext, units: readonly KeepUnit[]): Promise<UndoNote[]> {
  if (units.length === 0) return [];
  try {
    const contents = await noteContents(context, units);
    units.forEach((u, i) => {
      if (contents[i] !== u.note.wrote) return;
      if (u.note.before === null) context.workbook.notes.getItem(u.replaced.address).delete();
      else context.workbook.notes.getItem(u.replaced.address).content = u.note.before;
    });
    await context.sync();
    return [];
  } catch {
    return units.map((u) => u.note);
  }
}

/**
 * Takes back the comments a failed keeper added: by id where the batch reported it; for the batch
 * that failed, by looking for comments holding its texts on its cells.
 */
async function takeBackComments(context: Excel.RequestContext, done: readonly KeepUnit[], failed: readonly KeepUnit[]): Promise<UndoNote[]> {
  try {
    const known = done.filter((u) => u.note.id).map((u) => {
      const comment = context.workbook.comments.getItemOrNullObject(u.note.id!);
      comment.load('id');
      return comment;
    });
    const all = failed.length > 0 ? context.workbook.comments : undefined;
    all?.load('items/id,items/content');
    await context.sync();
    for (const comment of known) if (!comment.isNullObject) comment.delete();
    const texts = new Set(failed.map((u) => u.note.wrote));
    const candidates = (all?.items ?? []).filter((c) => texts.has(c.content)).map((c) => {
      const location = c.getLocation();
      location.load('address');
      return { comment: c, location };
    });
    await context.sync();
    for (const { comment, location } of candidates) {
      if (failed.some((u) => u.note.wrote === comment.content && sameAddress(u.replaced.address, location.address))) comment.delete();
    }
    if (candidates.length > 0) await context.sync();
    return [];
  } catch {
    return [...done, ...failed].map((u) => u.note);
  }
}

/**
 * Keeps the old values of the cells the plan replaces before any cell is written: in notes (ExcelApi
 * 1.18), else comments (1.10; they can throw NotImplemented), in requests under the budget. A way
 * Excel refuses part way is taken back (no "Giá trị cũ" note stays on a cell that is not replaced)
 * before the next is tried; with neither, no cell's old value is safe, and those cells are not
 * replaced. Strays are notes a failed cleanup may have left: the undo removes them.
 */
export async function keepReplaced(context: Excel.RequestContext, replaced: readonly Replaced[], supports: Supports, budget?: number): Promise<KeptOld> {
  if (replaced.length === 0) return { safe: new Set(), notes: [], strays: [] };
  const strays: UndoNote[] = [];
  const keepers: ('notes' | 'comments')[] = [...(supports('ExcelApi', '1.18') ? ['notes' as const] : []), ...(supports('ExcelApi', '1.10') ? ['comments' as const] : [])];
  for (const keeper of keepers) {
    const units = keeper === 'notes' ? noteUnits(context, replaced) : commentUnits(context, replaced);
    try {
      await writeInBatches(context, units, {
        budget,
        onBatch: (batch) => batch.forEach((u) => (u as KeepUnit).after?.()),
        // A batch refused for its size may have been applied in part (GeneralException): notes already there are not added twice.
        reconcile: keeper === 'notes' ? async (batch) => {
          const contents = await noteContents(context, batch as KeepUnit[]);
          return batch.filter((u, i) => contents[i] !== (u as KeepUnit).note.wrote);
        } : undefined,
      });
      return { safe: new Set(replaced), notes: units.map((u) => u.note), strays };
    } catch (error) {
      if (!(error instanceof BatchFailure)) throw error;
      const done = error.done as KeepUnit[];
      const failed = error.failed as KeepUnit[];
      strays.push(...(keeper === 'notes' ? await takeBackNotes(context, [...done, ...failed]) : await takeBackComments(context, done, failed)));
    }
  }
  return { safe: new Set(), notes: [], strays };
}
