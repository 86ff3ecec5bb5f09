import { contentKeys } from './sheetContent';
import type { InsertedSheet } from './insertTemplate';
import { UndoSheetsRefusedError } from './undoGenerated';

/**
 * Undoes an insertion of sheets (a template): deletes the sheets inserted, found by Excel's ids (what
 * they hold read in requests under the budget); returns the names deleted. A sheet a person changed since (its cells, or its name) is
 * left, and so is the last visible sheet of a workbook, which Excel cannot delete: the undo says so
 * (UndoSheetsRefusedError) after deleting the others. A sheet deleted since is simply gone.
 */
export async function removeSheets(context: Excel.RequestContext, inserted: readonly InsertedSheet[], budget?: number): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/visibility');
  await context.sync();
  const present = sheets.items.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility }));
  const candidates = inserted.flatMap((sheet) => {
    const now = present.find((s) => s.id === sheet.id);
    return now ? [{ sheet, now }] : [];
  });
  const keys = await contentKeys(context, candidates.map((c) => c.sheet.id), budget);
  let visible = present.filter((s) => s.visibility === 'Visible').length;
  const deleted: string[] = [];
  const refused: string[] = [];
  for (const { sheet, now } of candidates) {
    const content = keys.get(sheet.id);
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
