import { a1 } from '../../domain/sheet/address';
import { undoConflicts, type UndoRecord } from '../../domain/fill/undo';
import { sheetRef } from '../../domain/sheet/refs';
import { cellId, columnRuns } from './runs';
import { recalculate } from './recalculate';

/** Cells a person changed since the add-in wrote them: undo restored nothing. */
export class UndoRefusedError extends Error {
  constructor(readonly cells: readonly string[]) {
    super(`Không hoàn tác: ${cells.length} ô đã được sửa sau khi điền (${cells.slice(0, 5).join(', ')}${cells.length > 5 ? ' …' : ''}). Chưa trả lại ô nào; hãy sửa tay những ô đó nếu cần.`);
    this.name = 'UndoRefusedError';
  }
}

/**
 * Undoes a fill inside Excel (Excel's own undo stack is cleared by add-ins): reads what the written
 * cells hold now and refuses, restoring nothing, if a person changed one since; else puts back every
 * cell's formula or value and number format, removes the merged areas the fill added and the notes
 * or comments it added (a note it extended gets its old text back), and recalculates. Three syncs.
 * The shading and borders the fill gave computed cells stay.
 */
export async function undoInExcel(context: Excel.RequestContext, record: UndoRecord): Promise<void> {
  const ranges = columnRuns(record.cells).map((run) => {
    const range = context.workbook.worksheets.getItem(run.sheet).getRangeByIndexes(run.top, run.col, run.items.length, 1);
    range.load('formulas');
    return { run, range };
  });
  await context.sync();
  const now = new Map<string, unknown>();
  for (const { run, range } of ranges) run.items.forEach((cell, i) => now.set(cellId(cell.sheet, cell.row, cell.col), (range.formulas as unknown[][])[i]?.[0]));
  const changed = undoConflicts(record, (sheet, row, col) => now.get(cellId(sheet, row, col)));
  if (changed.length > 0) throw new UndoRefusedError(changed);

  for (const { run, range } of ranges) {
    const sheet = context.workbook.worksheets.getItem(run.sheet);
    // Formulas and numbers back as they were; a text back as a text (a "@" format first), then every cell's own format.
    range.formulas = run.items.map((c) => [c.before.formula ?? (typeof c.before.value === 'string' || c.before.value === null || typeof c.before.value === 'object' ? '' : c.before.value)]);
    run.items.forEach((cell, i) => {
      if (cell.before.formula || typeof cell.before.value !== 'string') return;
      const one = sheet.getRangeByIndexes(run.top + i, run.col, 1, 1);
      one.numberFormat = [['@']];
      one.values = [[cell.before.value]];
    });
    range.numberFormat = run.items.map((c) => [c.before.numberFormat]);
  }
  for (const merge of record.merges) context.workbook.worksheets.getItem(merge.sheet).getRange(merge.range).unmerge();
  for (const note of record.notes) {
    const address = `${sheetRef(note.sheet)}!${a1(note.row, note.col)}`;
    if (note.kind === 'comment') context.workbook.comments.getItemByCell(address).delete();
    else if (note.before === null) context.workbook.notes.getItem(address).delete();
    else context.workbook.notes.getItem(address).content = note.before;
  }
  await context.sync();
  await recalculate(context);
}
