import type { SheetLayout } from '../../domain/appendix/layout';
import { a1 } from '../../domain/sheet/address';
import { officeSupports, type Supports } from './requirements';

/** The workbook's structure is protected: no sheet can be added; nothing was written. */
export class WorkbookProtectedError extends Error {
  constructor() {
    super('Sổ tính đang được bảo vệ cấu trúc nên không thêm được trang. Hãy bỏ bảo vệ (Xem lại → Bảo vệ sổ làm việc) rồi thử lại; chưa ghi gì.');
    this.name = 'WorkbookProtectedError';
  }
}

export type GeneratedSheet = { definedName: string; title: string };

/**
 * What writing a generated sheet changed, for its undo: the sheet it added and, when it replaced the
 * one generated before, where that one is kept (hidden, renamed) until the undo or the next write.
 */
export type GeneratedUndo = { added: string; definedName: string; previous?: { name: string; backup: string } };

/** The defined name that marks the hidden copy of the generated sheet a write replaced. */
export const backupName = (definedName: string): string => `${definedName}_TRUOC`;

export const isBackupName = (name: string): boolean => /^NTM_PLAN_.*_TRUOC$/.test(name);

/** "'Phụ lục'!$A$1" → "Phụ lục". */
export function sheetOfName(formula: string | undefined): string | undefined {
  return formula ? /^=?'?(.*?)'?!/.exec(formula)?.[1]?.replace(/''/g, "'") : undefined;
}

/** Points per character of column width (Calibri/Times 11–12). */
const POINTS_PER_CHAR = 6;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/**
 * Writes a generated sheet (the appendix, the matrix) into the open workbook in two syncs: the
 * sheet the add-in generated before (found by its defined name) is replaced under the same name —
 * kept hidden as "… (bản trước)" for an undo until the next generated sheet is written; a user's own
 * sheet of that name is never touched (the new one gets " (2)"). Every text is written as text.
 * Print settings (A4 landscape, fit to width, header on every page) where ExcelApi 1.9 is.
 */
export async function writeGeneratedSheet(
  context: Excel.RequestContext,
  target: GeneratedSheet,
  layout: SheetLayout,
  supports: Supports = officeSupports,
  finish?: (sheet: Excel.Worksheet) => void,
): Promise<GeneratedUndo> {
  const { workbook } = context;
  const marker = workbook.names.getItemOrNullObject(target.definedName);
  marker.load('formula');
  const backupMarker = workbook.names.getItemOrNullObject(backupName(target.definedName));
  backupMarker.load('formula');
  const sheets = workbook.worksheets;
  sheets.load('items/name');
  const protection = workbook.protection;
  protection.load('protected');
  await context.sync();
  if (protection.protected) throw new WorkbookProtectedError();

  let names = sheets.items.map((s) => s.name);
  // One undo per kind of sheet: the copy kept for the last one goes.
  const oldBackup = backupMarker.isNullObject ? undefined : sheetOfName(backupMarker.formula);
  if (!backupMarker.isNullObject) backupMarker.delete();
  if (oldBackup && names.includes(oldBackup)) {
    workbook.worksheets.getItem(oldBackup).delete();
    names = names.filter((n) => n !== oldBackup);
  }
  const previous = marker.isNullObject ? undefined : sheetOfName(marker.formula);
  let name = target.title;
  let kept: GeneratedUndo['previous'];
  if (previous && names.includes(previous)) {
    name = previous;
    marker.delete();
    let backup = `${previous.slice(0, 19)} (bản trước)`;
    for (let n = 2; names.includes(backup); n++) backup = `${previous.slice(0, 15)} (bản trước ${n})`;
    const old = workbook.worksheets.getItem(previous);
    old.name = backup;
    old.visibility = 'Hidden';
    workbook.names.add(backupName(target.definedName), old.getRange('A1'));
    kept = { name: previous, backup };
  } else {
    if (!marker.isNullObject) marker.delete();
    for (let n = 2; names.includes(name); n++) name = `${target.title} (${n})`;
  }
  const sheet = workbook.worksheets.add(name);
  const width = layout.widths.length;
  const cells = layout.rows.map((row) => Array.from({ length: width }, (_, c) => row.cells[c] ?? ''));
  const all = sheet.getRangeByIndexes(0, 0, cells.length, width);
  all.numberFormat = cells.map((row) => row.map(() => '@'));
  all.values = cells;
  all.format.wrapText = true;
  all.format.verticalAlignment = 'Top';
  layout.widths.forEach((w, c) => { sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * POINTS_PER_CHAR; });
  layout.heights.forEach((h, r) => { if (h) sheet.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = h; });
  layout.rows.forEach((row, r) => {
    const line = sheet.getRangeByIndexes(r, 0, 1, width);
    if (row.kind === 'title' || row.kind === 'header' || row.kind === 'section') line.format.font.bold = true;
    if (row.kind === 'title' || row.kind === 'subtitle' || row.kind === 'header') line.format.horizontalAlignment = 'Center';
    if (row.kind === 'subtitle') line.format.font.italic = true;
  });
  const table = sheet.getRangeByIndexes(layout.headerRow - 1, 0, layout.rows.length - layout.headerRow + 1, width);
  for (const edge of EDGES) table.format.borders.getItem(edge).style = 'Continuous';
  for (const range of layout.merges) sheet.getRange(range).merge(false);
  sheet.freezePanes.freezeRows(layout.headerRow);
  if (supports('ExcelApi', '1.9')) {
    sheet.pageLayout.orientation = 'Landscape';
    sheet.pageLayout.paperSize = 'A4';
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintTitleRows(`$${layout.headerRow}:$${layout.headerRow}`);
  }
  workbook.names.add(target.definedName, sheet.getRange(a1(0, 0)));
  finish?.(sheet);
  sheet.activate();
  await context.sync();
  return { added: name, definedName: target.definedName, previous: kept };
}
