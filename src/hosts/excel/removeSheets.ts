import { contentKey } from './contentKey';
import type { InsertedSheet } from './insertTemplate';
import { UndoSheetsRefusedError } from './undoGenerated';

/**
 * Undoes an insertion of sheets (a template): deletes the sheets inserted, found by Excel's ids, in
 * two syncs; returns the names deleted. A sheet a person changed since (its cells, or its name) is
 * left, and so is the last visible sheet of a workbook, which Excel cannot delete: the undo says so
 * (UndoSheetsRefusedError) after deleting the others. A sheet deleted since is simply gone.
 */
export async function removeSheets(context: Excel.RequestContext, inserted: readonly InsertedSheet[]): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/visibility');
  await context.sync();
  const present = sheets.items.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility }));
  const candidates = inserted.flatMap((sheet) => {
    const now = present.find((s) => s.id === sheet.id);
    if (!now) return [];
    const used = context.workbook.worksheets.getItem(sheet.id).getUsedRangeOrNullObject(true);
    used.load('values,formulas');
    return [{ sheet, now, used }];
  });
  await context.sync();
  let visible = present.filter((s) => s.visibility === 'Visible').length;
  const deleted: string[] = [];
  const refused: string[] = [];
  for (const { sheet, now, used } of candidates) {
    const content = used.isNullObject ? contentKey([], []) : contentKey(used.values, used.formulas);
    if (content !== sheet.content || now.name !== sheet.name || (now.visibility === 'Visible' && visible <= 1)) {
      refused.push(now.name);
      continue;
    }
    context.workbook.worksheets.getItem(sheet.id).delete();
    if (now.visibility === 'Visible') visible--;
    deleted.push(now.name);
  }
  if (deleted.length > 0) await context.sync();
  if (refused.length > 0) throw new UndoSheetsRefusedError(refused, deleted);
  return deleted;
}
