import type { Template } from '../../domain/template/types';
import { freeSheetNames, renameSheets } from '../../domain/template/rename';
import { sheetRef } from '../../domain/sheet/refs';
import { sameSheetName } from '../../domain/sheet/sheetName';
import { officePlatform, officeSupports, sheetInsertion, type Platform, type Supports } from './requirements';
import { WorkbookProtectedError } from './writeGeneratedSheet';
import { AddinFailure, failureOf, type Failure } from './failures';
import { BatchFailure, writeInBatches, type WriteUnit } from './batches';
import { requestBytes } from './payload';
import { contentKeys } from './sheetContent';

/** Excel cannot insert sheets (ExcelApi 1.13 missing, or Excel on iPad): the pane says so and what to do instead. */
export class InsertUnsupportedError extends AddinFailure {
  constructor(readonly reason: 'version' | 'ipad' = 'version') {
    super({ code: reason === 'ipad' ? 'insert-ipad' : 'insert-version' }, reason === 'ipad'
      ? 'Excel trên iPad chưa chèn được trang từ tệp. Hãy mở sổ làm việc này bằng Excel trên máy tính hoặc Excel trên web, hoặc dùng trang web của công cụ để tải tệp về.'
      : 'Phiên bản Excel này chưa chèn được trang từ tệp mẫu (cần ExcelApi 1.13). Hãy dùng lệnh "ntm-plan template" rồi mở tệp tạo ra.');
    this.name = 'InsertUnsupportedError';
  }
}

/** Throws where sheets cannot be inserted, before anything is read or written. */
export function assertSheetInsertion(supports: Supports, platform: Platform): void {
  const can = sheetInsertion(supports, platform);
  if (can !== 'ok') throw new InsertUnsupportedError(can);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A sheet the add-in inserted: its name and id, and what it held then (an undo leaves it if a person changed it since). */
export type InsertedSheet = { name: string; id: string; content: string };

/** Excel stopped part way through an insertion: the sheets inserted so far are in `inserted`, for the undo. */
export class InsertFailedError extends Error {
  readonly code?: string;
  readonly failure: Failure;
  constructor(cause: unknown, readonly inserted: InsertedSheet[]) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'InsertFailedError';
    this.code = (cause as { code?: string } | null)?.code;
    this.failure = failureOf(cause);
  }
}

/**
 * The template's sheets in groups that reference one another (a formula or a drop-down of one names
 * another): each group goes into Excel as one file, so that its links are resolved together.
 */
function linkedGroups(template: Template): Template[] {
  const names = template.sheets.map((s) => s.snapshot.name);
  const group = new Map(names.map((n) => [n, n]));
  const root = (n: string): string => (group.get(n) === n ? n : root(group.get(n)!));
  const texts = (i: number) => [
    ...(template.sheets[i].snapshot.formulas ?? []).flat().filter((f): f is string => !!f),
    ...template.sheets[i].validations.flatMap((v) => (v.type === 'list' && v.source ? [v.source] : [])),
    ...template.plan.writes.filter((w) => w.sheet === names[i]).flatMap((w) => (w.formula ? [w.formula] : [])),
    ...(template.plan.columns ?? []).filter((c) => c.sheet === names[i]).flatMap((c) => c.rowFormula),
  ];
  names.forEach((name, i) => {
    const text = texts(i).join('\n');
    for (const other of names) if (other !== name && text.includes(`${sheetRef(other)}!`)) group.set(root(name), root(other));
  });
  const roots = [...new Set(names.map(root))];
  return roots.map((r) => {
    const members = new Set(names.filter((n) => root(n) === r));
    return {
      sheets: template.sheets.filter((s) => members.has(s.snapshot.name)),
      plan: {
        ...template.plan,
        writes: template.plan.writes.filter((w) => members.has(w.sheet)),
        columns: template.plan.columns?.filter((c) => members.has(c.sheet)),
        merges: template.plan.merges.filter((m) => members.has(m.sheet)),
      },
    };
  });
}

/** An insertion of some of a template's sheets, as a unit of a write. */
export type InsertionUnit = WriteUnit & { names: string[] };

/**
 * The files of a template as units of a write: one insertion per group of linked sheets; `then`
 * queues what must follow each insertion in its request (markers …).
 */
export async function insertionUnits(context: Excel.RequestContext, template: Template, then?: (names: readonly string[]) => void): Promise<InsertionUnit[]> {
  const { workbookFromTemplate } = await import('../xlsx/writeTemplate');
  const units: InsertionUnit[] = [];
  for (const group of linkedGroups(template)) {
    const base64 = toBase64(new Uint8Array(await workbookFromTemplate(group).xlsx.writeBuffer()));
    const names = group.sheets.map((s) => s.snapshot.name);
    units.push({
      names,
      bytes: requestBytes(then ? 2 * names.length : 0, 1 + (then ? names.length : 0), [base64, { positionType: 'End' }, names]),
      queue: () => {
        context.workbook.insertWorksheetsFromBase64(base64, { positionType: Excel.WorksheetPositionType.end });
        then?.(names);
      },
    });
  }
  return units;
}

/** Reads the sheets of these names (as Excel compares names): their ids and what they hold (in requests under the budget). */
export async function readInserted(context: Excel.RequestContext, names: readonly string[], budget?: number): Promise<InsertedSheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  await context.sync();
  const found = names.flatMap((name) => {
    const sheet = sheets.items.find((s) => sameSheetName(s.name, name));
    return sheet ? [{ name: sheet.name, id: sheet.id }] : [];
  });
  const keys = await contentKeys(context, found.map((s) => s.id), budget);
  return found.map(({ name, id }) => ({ name, id, content: keys.get(id)! }));
}

/**
 * Inserts a template's sheets at the end of the open workbook: one sync to read the names in use
 * (a name already taken, as Excel compares names, gets " (2)", " (3)" …), then each group of linked
 * sheets as an .xlsx written by ExcelJS (loaded only when needed), as many in one request as the
 * budget allows, then two syncs to read back what was inserted (for the undo). Returns the sheets
 * inserted; if Excel stops part way, an InsertFailedError lists those inserted so far.
 */
export async function insertTemplate(context: Excel.RequestContext, template: Template, supports: Supports = officeSupports, platform: Platform = officePlatform(), budget?: number): Promise<InsertedSheet[]> {
  assertSheetInsertion(supports, platform);
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const protection = context.workbook.protection;
  protection.load('protected');
  await context.sync();
  if (protection.protected) throw new WorkbookProtectedError();
  const renamed = freeSheetNames(template, sheets.items.map((s) => s.name));
  const units = await insertionUnits(context, renameSheets(template, renamed));
  try {
    await writeInBatches(context, units, { budget });
  } catch (error) {
    if (!(error instanceof BatchFailure)) throw error;
    const inserted = await readInserted(context, error.done.flatMap((u) => (u as InsertionUnit).names), budget).catch(() => []);
    throw new InsertFailedError(error.cause, inserted);
  }
  return readInserted(context, [...renamed.values()], budget);
}
