import type { SheetLayout } from '../../domain/appendix/layout';
import { sameSheetName, sheetNameSet } from '../../domain/sheet/sheetName';
import { officeSupports, type Supports } from './requirements';
import { AddinFailure, failureOf, type Failure } from './failures';
import { BatchFailure, writeInBatches, type WriteUnit } from './batches';
import { requestBytes } from './payload';
import { contentKeys } from './sheetContent';

/** The workbook's structure is protected: no sheet can be added; nothing was written. */
export class WorkbookProtectedError extends AddinFailure {
  constructor() {
    super({ code: 'workbook-protected' }, 'Sổ làm việc đang được bảo vệ cấu trúc nên không thêm được trang. Hãy bỏ bảo vệ (Xem lại → Bảo vệ sổ làm việc) rồi thử lại; chưa ghi gì.');
    this.name = 'WorkbookProtectedError';
  }
}

export type GeneratedSheet = { definedName: string; title: string };

/**
 * What writing a generated sheet changed, for its undo: the sheet it added (by name and by Excel's
 * id, which survives a rename), what that sheet held when written, and, when it replaced the one
 * generated before, where that one is kept (hidden, renamed) until the undo or the next write.
 */
export type GeneratedUndo = {
  added: string;
  addedId?: string;
  definedName: string;
  content?: string;
  previous?: { name: string; backup: string; id?: string };
};

/**
 * Excel stopped while a generated sheet was written. The sheet the user had is still there, under
 * its name and visible, or — if Excel stopped while swapping the two — `undo` brings it back;
 * writing the sheet again goes on from the state the workbook is in (an unfinished new sheet is
 * dropped, a previous sheet already set aside is used as the previous one).
 */
export class GeneratedWriteError extends Error {
  readonly code?: string;
  readonly failure: Failure;
  constructor(cause: unknown, readonly undo?: GeneratedUndo) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'GeneratedWriteError';
    this.code = (cause as { code?: string } | null)?.code;
    this.failure = failureOf(cause);
  }
}

/** The defined name that marks the hidden copy of the generated sheet a write replaced. */
export const backupName = (definedName: string): string => `${definedName}_TRUOC`;
/** The defined name that marks a generated sheet still being written. */
export const buildingName = (definedName: string): string => `${definedName}_MOI`;

/** Names of the add-in's own sheets that are no plan: copies kept for an undo, sheets still being written. */
export const isBackupName = (name: string): boolean => /^NTM_PLAN_.*_(TRUOC|MOI)$/.test(name);

/** "'Phụ lục'!$A$1" → "Phụ lục". */
export function sheetOfName(formula: string | undefined): string | undefined {
  return formula ? /^=?'?(.*?)'?!/.exec(formula)?.[1]?.replace(/''/g, "'") : undefined;
}

/** The content of a generated sheet that could not be read back after its write: no sheet's content is ever this. */
export const UNREAD = 'unread';

/** Points per character of column width (Calibri/Times 11–12). */
const POINTS_PER_CHAR = 6;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/** A sheet of the workbook as read: name, id, visibility. */
type Present = { name: string; id: string; visibility: string };

/** A free name for a sheet, as Excel compares names ("PHỤ LỤC" takes "Phụ lục"), at most 31 characters. */
function freeName(base: string, taken: readonly string[], suffix: (n: number) => string = (n) => ` (${n})`): string {
  const used = sheetNameSet(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const tail = suffix(n);
    const name = `${base.slice(0, 31 - tail.length)}${tail}`;
    if (!used.has(name)) return name;
  }
}

/** Content units of a layout on the sheet of this id: rows in blocks, formats, merges, frozen header, print settings. */
export function layoutUnits(context: Excel.RequestContext, id: string, layout: SheetLayout, supports: Supports): WriteUnit[] {
  const sheet = () => context.workbook.worksheets.getItem(id);
  const width = layout.widths.length;
  const cells = layout.rows.map((row) => Array.from({ length: width }, (_, c) => row.cells[c] ?? ''));
  const rowsUnit = (top: number, rows: string[][]): WriteUnit => ({
    bytes: requestBytes(2, 2, [id, rows.map((r) => r.map(() => '@')), rows]),
    queue: () => {
      const range = sheet().getRangeByIndexes(top, 0, rows.length, width);
      range.numberFormat = rows.map((r) => r.map(() => '@'));
      range.values = rows;
    },
    split: rows.length < 2 ? undefined : () => [rowsUnit(top, rows.slice(0, rows.length >> 1)), rowsUnit(top + (rows.length >> 1), rows.slice(rows.length >> 1))],
  });
  const units: WriteUnit[] = [];
  if (cells.length > 0) units.push(rowsUnit(0, cells));
  units.push({
    bytes: requestBytes(2, 2 + width + layout.heights.length, [id, layout.widths, layout.heights]),
    queue: () => {
      const all = sheet().getRangeByIndexes(0, 0, Math.max(cells.length, 1), width);
      all.format.wrapText = true;
      all.format.verticalAlignment = 'Top';
      layout.widths.forEach((w, c) => { sheet().getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * POINTS_PER_CHAR; });
      layout.heights.forEach((h, r) => { if (h) sheet().getRangeByIndexes(r, 0, 1, 1).format.rowHeight = h; });
    },
  });
  layout.rows.forEach((row, r) => {
    const bold = row.kind === 'title' || row.kind === 'header' || row.kind === 'section';
    const centre = row.kind === 'title' || row.kind === 'subtitle' || row.kind === 'header';
    if (!bold && !centre && row.kind !== 'subtitle') return;
    units.push({
      bytes: requestBytes(2, 3, [id, [r, 0, 1, width]]),
      queue: () => {
        const line = sheet().getRangeByIndexes(r, 0, 1, width);
        if (bold) line.format.font.bold = true;
        if (centre) line.format.horizontalAlignment = 'Center';
        if (row.kind === 'subtitle') line.format.font.italic = true;
      },
    });
  });
  units.push({
    bytes: requestBytes(2, EDGES.length, [id, 'Continuous'.repeat(EDGES.length)]),
    queue: () => {
      const table = sheet().getRangeByIndexes(layout.headerRow - 1, 0, Math.max(layout.rows.length - layout.headerRow + 1, 1), width);
      for (const edge of EDGES) table.format.borders.getItem(edge).style = 'Continuous';
    },
  });
  for (const range of layout.merges) units.push({ bytes: requestBytes(2, 1, [id, range]), queue: () => sheet().getRange(range).merge(false) });
  units.push({ bytes: requestBytes(2, 1, [id, layout.headerRow]), queue: () => sheet().freezePanes.freezeRows(layout.headerRow) });
  if (supports('ExcelApi', '1.9')) {
    units.push({
      bytes: requestBytes(2, 4, [id, 'Landscape', 'A4', { horizontalFitToPages: 1, verticalFitToPages: 0 }, `$${layout.headerRow}:$${layout.headerRow}`]),
      queue: () => {
        const page = sheet().pageLayout;
        page.orientation = 'Landscape';
        page.paperSize = 'A4';
        page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        page.setPrintTitleRows(`$${layout.headerRow}:$${layout.headerRow}`);
      },
    });
  }
  return units;
}

/** What the workbook holds of a generated sheet's kind: the sheets its three names mark. */
async function readState(context: Excel.RequestContext, target: GeneratedSheet) {
  const { workbook } = context;
  const marker = (name: string) => {
    const item = workbook.names.getItemOrNullObject(name);
    item.load('formula,comment');
    return item;
  };
  const main = marker(target.definedName);
  const backup = marker(backupName(target.definedName));
  const building = marker(buildingName(target.definedName));
  const sheets = workbook.worksheets;
  sheets.load('items/name,items/id,items/visibility');
  const protection = workbook.protection;
  protection.load('protected');
  await context.sync();
  const present: Present[] = sheets.items.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility }));
  const sheetOf = (item: Excel.NamedItem) => {
    const name = item.isNullObject ? undefined : sheetOfName(item.formula);
    return name === undefined ? undefined : present.find((s) => sameSheetName(s.name, name));
  };
  return {
    protected: protection.protected,
    present,
    main: sheetOf(main),
    backup: sheetOf(backup),
    // The name the previous sheet had before it was set aside, kept in its marker's comment.
    backupOriginal: backup.isNullObject ? undefined : backup.comment || undefined,
    building: sheetOf(building),
    markers: { main: !main.isNullObject, backup: !backup.isNullObject, building: !building.isNullObject },
  };
}

/**
 * Writes a generated sheet (the appendix, the matrix, the chart's sheet) so that losing focus or any
 * other failure never leaves the workbook in between:
 * 1. the state is read (the sheets marked by the kind's defined names; the structure's protection);
 * 2. the new sheet is added, under a name of its own and marked as being written;
 * 3. its content goes in requests under the budget (halved if Excel refuses one as too large);
 * 4. only then, in one request: the copy kept for the last undo goes, the sheet generated before is
 *    hidden and renamed "… (bản trước)" (kept for this write's undo), the new sheet takes its name
 *    and marker;
 * 5. what the new sheet holds is read back, in requests under the budget (an undo later refuses a
 *    sheet changed since);
 * 6. the new sheet is activated, in a request of its own (a failure there changes nothing).
 * A user's own sheet of that name is never touched (the new one gets " (2)"); names are compared as
 * Excel compares them. Written again after a failure, it goes on from the workbook's state.
 */
export async function writeGeneratedSheet(
  context: Excel.RequestContext,
  target: GeneratedSheet,
  layout: SheetLayout,
  supports: Supports = officeSupports,
  extra?: (id: string) => WriteUnit[],
  budget?: number,
): Promise<GeneratedUndo> {
  const { workbook } = context;
  const state = await readState(context, target);
  if (state.protected) throw new WorkbookProtectedError();

  // The sheet the user has now: the one marked, or — after a write Excel stopped while swapping — the one already
  // set aside (marked as the copy while the main marker is gone, moved to the unfinished sheet, or on it too).
  const mainIsDraft = !!state.main && state.main.id === state.building?.id;
  const setAside = state.backup && ((state.building && (!state.main || mainIsDraft)) || state.main?.id === state.backup.id) ? state.backup : undefined;
  const previous = setAside ?? (state.main && !mainIsDraft ? state.main : undefined);
  const previousName = setAside ? state.backupOriginal ?? setAside.name : previous?.name;
  const oldBackup = state.backup && state.backup.id !== previous?.id ? state.backup : undefined;
  // An unfinished sheet of an earlier write goes first.
  if (state.building && state.building.id !== previous?.id) workbook.worksheets.getItem(state.building.id).delete();
  if (state.markers.building) workbook.names.getItemOrNullObject(buildingName(target.definedName)).delete();
  const names = state.present.filter((s) => s.id !== state.building?.id).map((s) => s.name);
  const draft = freeName(`${target.title.slice(0, 19)} (đang tạo)`, names, (n) => ` (đang tạo ${n})`);
  const added = workbook.worksheets.add(draft);
  added.load('id');
  workbook.names.add(buildingName(target.definedName), added.getRange('A1'));
  try {
    await context.sync();
  } catch (error) {
    throw new GeneratedWriteError(error);
  }
  const id = added.id;
  const undoSoFar: GeneratedUndo = { added: draft, addedId: id, definedName: target.definedName };
  try {
    await writeInBatches(context, [...layoutUnits(context, id, layout, supports), ...(extra?.(id) ?? [])], { budget });
  } catch (error) {
    throw new GeneratedWriteError(error instanceof BatchFailure ? error.cause : error, undoSoFar);
  }

  // The swap, in one request: the old copy goes, the previous sheet is set aside, the new one takes the name.
  const taken = [...names, draft].filter((n) => n !== oldBackup?.name);
  let backup: string | undefined;
  if (oldBackup) workbook.worksheets.getItem(oldBackup.id).delete();
  if (state.markers.backup && !setAside) workbook.names.getItemOrNullObject(backupName(target.definedName)).delete();
  if (previous && !setAside) {
    backup = freeName(`${previousName!.slice(0, 19)} (bản trước)`, taken, (n) => ` (bản trước ${n})`);
    const old = workbook.worksheets.getItem(previous.id);
    workbook.names.add(backupName(target.definedName), old.getRange('A1'), previousName);
    old.name = backup;
    old.visibility = 'Hidden';
  } else if (setAside) {
    // Set aside by a write Excel stopped: finished here (renamed, hidden) where it was not.
    const old = workbook.worksheets.getItem(setAside.id);
    backup = setAside.name;
    if (sameSheetName(setAside.name, previousName!)) {
      backup = freeName(`${previousName!.slice(0, 19)} (bản trước)`, taken, (n) => ` (bản trước ${n})`);
      old.name = backup;
    }
    if (setAside.visibility === 'Visible') old.visibility = 'Hidden';
  }
  if (state.markers.main) workbook.names.getItemOrNullObject(target.definedName).delete();
  const free = taken.filter((n) => n !== draft && !(previous && n === previous.name));
  const final = previousName ?? freeName(target.title, free);
  const sheet = workbook.worksheets.getItem(id);
  workbook.names.add(target.definedName, sheet.getRange('A1'));
  if (final !== draft) sheet.name = final;
  workbook.names.getItemOrNullObject(buildingName(target.definedName)).delete();
  const undo: GeneratedUndo = { added: final, addedId: id, definedName: target.definedName, previous: previous && backup ? { name: previousName!, backup, id: previous.id } : undefined };
  try {
    await context.sync();
  } catch (error) {
    throw new GeneratedWriteError(error, undo);
  }
  // What the sheet holds now, read back in requests under the budget: an undo later leaves it if a person changed it.
  // Unread (Excel refused even that), it is never taken for unchanged: its undo leaves it.
  undo.content = (await contentKeys(context, [id], budget).catch(() => new Map<string, string>())).get(id) ?? UNREAD;
  try {
    sheet.activate();
    await context.sync();
  } catch {
    // Another workbook has the focus: the sheet is written; the pane offers to go to it.
  }
  return undo;
}
