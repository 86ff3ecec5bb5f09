import { sameSheetName } from '../../domain/sheet/sheetName';
import { AddinFailure } from './failures';
import { contentKeys } from './sheetContent';
import { backupName, buildingName, sheetOfName, type GeneratedUndo } from './writeGeneratedSheet';

/**
 * Sheets an undo left because a person changed them since the add-in wrote them (edited, renamed),
 * or because Excel cannot delete them (the last visible sheet); the others were undone.
 */
export class UndoSheetsRefusedError extends AddinFailure {
  constructor(readonly refused: readonly string[], readonly deleted: readonly string[]) {
    super({ code: 'undo-sheets-refused', params: { sheets: refused.join(', '), done: deleted.join(', ') } }, `Không hoàn tác trang ${refused.join(', ')}: trang đã được sửa từ lúc tạo.`);
    this.name = 'UndoSheetsRefusedError';
  }
}

type Present = { name: string; id: string; visibility: string };

/**
 * Undoes writes of generated sheets, the last first: deletes each sheet added and, where it replaced
 * the one generated before, shows that one again under its name, marked as the add-in's own. Sheets
 * are found by Excel's ids, so that an undo works from whatever state a stopped write left. A sheet a
 * person changed since (its cells, or its name) is left as it is, with the copy kept for it: the
 * undo says so (UndoSheetsRefusedError) after undoing the others. Four syncs (what the sheets hold is
 * read in requests under the budget); returns the names of the sheets deleted.
 */
export async function undoGeneratedSheets(context: Excel.RequestContext, undos: readonly GeneratedUndo[], budget?: number): Promise<string[]> {
  const { workbook } = context;
  const sheets = workbook.worksheets;
  sheets.load('items/name,items/id,items/visibility');
  const markers = undos.map((undo) => {
    const load = (name: string) => {
      const item = workbook.names.getItemOrNullObject(name);
      item.load('formula');
      return item;
    };
    return { main: load(undo.definedName), backup: load(backupName(undo.definedName)), building: load(buildingName(undo.definedName)) };
  });
  await context.sync();
  const present = new Map<string, Present>(sheets.items.map((s) => [s.id, { name: s.name, id: s.id, visibility: s.visibility }]));
  const keys = await contentKeys(context, undos.flatMap((undo) => (undo.addedId && present.has(undo.addedId) ? [undo.addedId] : [])), budget);

  const deleted: string[] = [];
  const refused: string[] = [];
  let visible = [...present.values()].filter((s) => s.visibility === 'Visible').length;
  for (let i = undos.length - 1; i >= 0; i--) {
    const undo = undos[i];
    const { main, backup, building } = markers[i];
    const added = undo.addedId ? present.get(undo.addedId) : [...present.values()].find((s) => sameSheetName(s.name, undo.added));
    const now = undo.addedId ? keys.get(undo.addedId) : undefined;
    // Changed by a person since it was written (its cells or its name): left, with the copy kept for it. A sheet
    // whose write Excel stopped (no content recorded) was never the user's: it goes, whatever its name.
    if (added && undo.content !== undefined && (now !== undo.content || !sameSheetName(added.name, undo.added))) {
      refused.push(added.name);
      continue;
    }
    const previous = undo.previous?.id ? present.get(undo.previous.id) : undefined;
    if (added && !previous && added.visibility === 'Visible' && visible <= 1) {
      refused.push(added.name);
      continue;
    }
    if (previous && previous.visibility !== 'Visible') {
      // Visible first: Excel keeps one visible sheet at least.
      workbook.worksheets.getItem(previous.id).visibility = 'Visible';
      visible++;
    }
    if (!backup.isNullObject) backup.delete();
    if (!building.isNullObject) building.delete();
    const markedAdded = !main.isNullObject && added && sameSheetName(sheetOfName(main.formula) ?? '', added.name);
    if (!main.isNullObject && (markedAdded || previous)) main.delete();
    if (added) {
      workbook.worksheets.getItem(added.id).delete();
      present.delete(added.id);
      if (added.visibility === 'Visible') visible--;
      deleted.push(added.name);
    }
    if (previous && undo.previous) {
      const sheet = workbook.worksheets.getItem(previous.id);
      const taken = [...present.values()].some((s) => s.id !== previous.id && sameSheetName(s.name, undo.previous!.name));
      if (!taken && previous.name !== undo.previous.name) sheet.name = undo.previous.name;
      workbook.names.add(undo.definedName, sheet.getRange('A1'));
    }
  }
  await context.sync();
  if (refused.length > 0) throw new UndoSheetsRefusedError(refused, deleted);
  return deleted;
}
