import { backupName, sheetOfName, type GeneratedUndo } from './writeGeneratedSheet';

/**
 * Undoes writes of generated sheets, the last first: deletes each sheet added and, where it replaced
 * the one generated before, shows that one again under its name, marked as the add-in's own. Two
 * syncs. A sheet a person renamed since is left alone; returns the names of the sheets deleted.
 */
export async function undoGeneratedSheets(context: Excel.RequestContext, undos: readonly GeneratedUndo[]): Promise<string[]> {
  const { workbook } = context;
  const sheets = workbook.worksheets;
  sheets.load('items/name');
  const markers = undos.map((undo) => {
    const marker = workbook.names.getItemOrNullObject(undo.definedName);
    marker.load('formula');
    const backup = workbook.names.getItemOrNullObject(backupName(undo.definedName));
    backup.load('formula');
    return { undo, marker, backup };
  });
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name));
  const deleted: string[] = [];
  for (const { undo, marker, backup } of [...markers].reverse()) {
    // Still the sheet written (its marker points at it): deleted; else a person made it theirs.
    const ours = !marker.isNullObject && sheetOfName(marker.formula) === undo.added && present.has(undo.added);
    const kept = undo.previous && !backup.isNullObject && sheetOfName(backup.formula) === undo.previous.backup && present.has(undo.previous.backup) ? undo.previous : undefined;
    if (kept) {
      // Visible first: Excel keeps one visible sheet at least.
      sheets.getItem(kept.backup).visibility = 'Visible';
      backup.delete();
    }
    if (ours) {
      marker.delete();
      sheets.getItem(undo.added).delete();
      present.delete(undo.added);
      deleted.push(undo.added);
    }
    if (kept && !present.has(kept.name)) {
      const sheet = sheets.getItem(kept.backup);
      sheet.name = kept.name;
      workbook.names.add(undo.definedName, sheet.getRange('A1'));
    }
  }
  await context.sync();
  return deleted;
}
