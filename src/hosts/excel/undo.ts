import { a1, parseA1 } from '../../domain/sheet/address';
import { undoConflicts, type UndoCell, type UndoNote, type UndoRecord } from '../../domain/fill/undo';
import { sheetRef } from '../../domain/sheet/refs';
import { cellId, columnRuns } from './runs';
import { recalculate } from './recalculate';
import { readFormulas } from './readCells';
import { writeInBatches, type WriteUnit } from './batches';
import { requestBytes } from './payload';

/**
 * What an undo did: the cells put back, the cells left because a person changed them since (as
 * "'Sheet'!C7"), and the notes or comments left because a person changed them since (those a person
 * deleted are simply gone).
 */
export type UndoOutcome = { restored: number; refused: string[]; notesLeft: string[] };

const address = (place: { sheet: string; row: number; col: number }) => `${sheetRef(place.sheet)}!${a1(place.row, place.col)}`;

/** What `formulas` puts back in a cell: its formula, its number or boolean; a text goes in through `values` under "@". */
const formulaOf = (cell: UndoCell) => cell.before.formula ?? (typeof cell.before.value === 'string' || cell.before.value === null || typeof cell.before.value === 'object' ? '' : cell.before.value);
const isText = (cell: UndoCell) => !cell.before.formula && typeof cell.before.value === 'string';

function restoreUnit(context: Excel.RequestContext, run: { sheet: string; col: number; top: number; items: UndoCell[] }): WriteUnit {
  const texts = run.items.filter(isText);
  return {
    bytes: requestBytes(2 + texts.length, 2 + 2 * texts.length, [run.sheet, run.items.map((c) => [formulaOf(c)]), run.items.map((c) => [c.before.numberFormat]), texts.map((c) => c.before.value)]),
    queue: () => {
      const sheet = context.workbook.worksheets.getItem(run.sheet);
      const range = sheet.getRangeByIndexes(run.top, run.col, run.items.length, 1);
      // Formulas and numbers back as they were; a text back as a text (a "@" format first), then every cell's own format.
      range.formulas = run.items.map((c) => [formulaOf(c)]);
      run.items.forEach((cell, i) => {
        if (!isText(cell)) return;
        const one = sheet.getRangeByIndexes(run.top + i, run.col, 1, 1);
        one.numberFormat = [['@']];
        one.values = [[cell.before.value]];
      });
      range.numberFormat = run.items.map((c) => [c.before.numberFormat]);
    },
    split: run.items.length < 2 ? undefined : () => {
      const half = run.items.length >> 1;
      return [restoreUnit(context, { ...run, items: run.items.slice(0, half) }), restoreUnit(context, { ...run, top: run.top + half, items: run.items.slice(half) })];
    },
  };
}

/** Reads whether each note or comment is still there and what it holds (one sync); null where it is gone. */
async function noteStates(context: Excel.RequestContext, notes: readonly UndoNote[]): Promise<(string | null | undefined)[]> {
  if (notes.length === 0) return [];
  const items = notes.map((note) => {
    const item = note.kind === 'note' ? context.workbook.notes.getItemOrNullObject(address(note)) : note.id ? context.workbook.comments.getItemOrNullObject(note.id) : undefined;
    item?.load('content');
    return item;
  });
  await context.sync();
  // undefined: a comment whose id was never known, which Excel cannot find without failing.
  return items.map((item) => (item === undefined ? undefined : item.isNullObject ? null : item.content));
}

/**
 * Undoes a fill inside Excel (Excel's own undo stack is cleared by add-ins). Reads what the written
 * cells hold now (formulas compared as Excel spells them); a cell a person changed since is left as
 * it is and named, every other cell gets back its formula or value and number format. The merged
 * areas the fill added go (unless a person changed a cell of one), and so do the notes or comments
 * it added (a note it extended gets its old text back) — a note or comment a person deleted or
 * changed since is left, never an error. Then the workbook is recalculated. Writes go in requests
 * under the budget; run again after a failure, it goes on where it stopped (cells already put back
 * hold what they held before). Syncs: 3, one more when notes were kept, one more per 4 MB.
 */
export async function undoInExcel(context: Excel.RequestContext, record: UndoRecord, budget?: number): Promise<UndoOutcome> {
  const states = await noteStates(context, record.notes);
  const now = await readFormulas(context, record.cells, budget);
  const refused = undoConflicts(record, (sheet, row, col) => now.get(cellId(sheet, row, col)));
  const refusedIds = new Set(record.cells.filter((c) => refused.includes(`'${c.sheet}'!${a1(c.row, c.col)}`)).map((c) => cellId(c.sheet, c.row, c.col)));
  const restorable = record.cells.filter((c) => !refusedIds.has(cellId(c.sheet, c.row, c.col)));
  const units: WriteUnit[] = columnRuns(restorable).map((run) => restoreUnit(context, run));

  for (const merge of record.merges) {
    const corner = parseA1(merge.range.split(':')[0]);
    if (corner && refusedIds.has(cellId(merge.sheet, corner.row, corner.col))) continue;
    units.push({ bytes: requestBytes(2, 1, [merge.sheet, merge.range]), queue: () => context.workbook.worksheets.getItem(merge.sheet).getRange(merge.range).unmerge() });
  }
  const notesLeft: string[] = [];
  record.notes.forEach((note, i) => {
    if (refusedIds.has(cellId(note.sheet, note.row, note.col))) return;
    const held = states[i];
    // Deleted by a person since: nothing left to take away.
    if (held === null) return;
    // Changed by a person since (or a comment Excel cannot be asked for): left as it is, and said.
    if (held === undefined || (note.wrote !== undefined && held !== note.wrote)) {
      notesLeft.push(address(note));
      return;
    }
    units.push({
      bytes: requestBytes(1, 1, [address(note), note.before ?? '']),
      queue: () => {
        if (note.kind === 'comment') context.workbook.comments.getItem(note.id!).delete();
        else if (note.before === null) context.workbook.notes.getItem(address(note)).delete();
        else context.workbook.notes.getItem(address(note)).content = note.before;
      },
    });
  });
  await writeInBatches(context, units, { budget });
  await recalculate(context);
  return { restored: restorable.length, refused, notesLeft };
}
