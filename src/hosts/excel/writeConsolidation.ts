import { CONSOLIDATED } from '../../domain/consolidate/sheets';
import { freeSheetNames, renameSheets } from '../../domain/template/rename';
import type { Template } from '../../domain/template/types';
import { sameSheetName } from '../../domain/sheet/sheetName';
import { assertSheetInsertion, insertionUnits } from './insertTemplate';
import { BatchFailure, writeInBatches } from './batches';
import { officePlatform, officeSupports, type Platform, type Supports } from './requirements';
import { buildingName, sheetOfName, WorkbookProtectedError } from './writeGeneratedSheet';
import { failureOf, type Failure } from './failures';

/** Excel stopped while writing a consolidation: the sheets of the previous one are still there; writing it again goes on. */
export class ConsolidationWriteError extends Error {
  readonly code?: string;
  readonly failure: Failure;
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'ConsolidationWriteError';
    this.code = (cause as { code?: string } | null)?.code;
    this.failure = failureOf(cause);
  }
}

/** One sync, its failure a ConsolidationWriteError. */
async function step(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw new ConsolidationWriteError(error);
  }
}

/**
 * Writes a consolidation's sheets into the open workbook so that a failure never leaves it in
 * between: (1) the state is read — the sheets of the previous consolidation (found by the defined
 * names that mark them) and the sheets of a write that stopped (marked as being written); (2) a
 * stopped write's sheets go; (3) the new sheets are inserted under free names, by groups of linked
 * sheets in requests under the budget (halved if Excel refuses one as too large), each marked as
 * being written in the request that inserts it; (4) in one request, the previous sheets go and the
 * new ones take their names and markers. A user's own sheet of one of those names is never touched
 * (the new one gets " (2)"); names are compared as Excel compares them. Three syncs for a
 * consolidation that fits one request. Returns the names.
 */
export async function writeConsolidationInExcel(context: Excel.RequestContext, template: Template, supports: Supports = officeSupports, platform: Platform = officePlatform(), budget?: number): Promise<string[]> {
  assertSheetInsertion(supports, platform);
  const { workbook } = context;
  const kinds = Object.values(CONSOLIDATED);
  const marker = (name: string) => {
    const item = workbook.names.getItemOrNullObject(name);
    item.load('formula');
    return item;
  };
  const markers = kinds.map((kind) => ({ kind, main: marker(kind.definedName), building: marker(buildingName(kind.definedName)) }));
  workbook.worksheets.load('items/name');
  workbook.protection.load('protected');
  await step(context);
  if (workbook.protection.protected) throw new WorkbookProtectedError();
  const present = workbook.worksheets.items.map((s) => s.name);
  const marked = (item: Excel.NamedItem) => {
    const name = item.isNullObject ? undefined : sheetOfName(item.formula);
    return name === undefined ? undefined : present.find((n) => sameSheetName(n, name));
  };
  const leftovers = markers.flatMap((m) => marked(m.building) ?? []);
  const previous = markers.flatMap((m) => marked(m.main) ?? []).filter((name) => !leftovers.includes(name));
  for (const name of leftovers) workbook.worksheets.getItem(name).delete();
  for (const m of markers) if (!m.building.isNullObject) m.building.delete();
  if (leftovers.length > 0 || markers.some((m) => !m.building.isNullObject)) await step(context);
  const remaining = present.filter((n) => !leftovers.includes(n));
  const temporary = freeSheetNames(template, remaining);
  const final = freeSheetNames(template, remaining.filter((n) => !previous.includes(n)));
  // The new sheets, by groups of linked sheets in requests under the budget, each marked as being written in the request that inserts it.
  const titleOf = new Map([...temporary].map(([title, name]) => [name, title]));
  const units = await insertionUnits(context, renameSheets(template, temporary), (names) => {
    for (const name of names) {
      const kind = kinds.find((k) => k.title === titleOf.get(name));
      if (kind) workbook.names.add(buildingName(kind.definedName), workbook.worksheets.getItem(name).getRange('A1'));
    }
  });
  try {
    await writeInBatches(context, units, { budget });
  } catch (error) {
    throw new ConsolidationWriteError(error instanceof BatchFailure ? error.cause : error);
  }
  // The previous sheets go first, their markers after: a request Excel stops leaves each previous sheet either gone or still marked.
  for (const name of previous) workbook.worksheets.getItem(name).delete();
  for (const m of markers) if (!m.main.isNullObject) m.main.delete();
  for (const [title, name] of temporary) {
    const sheet = workbook.worksheets.getItem(name);
    const wanted = final.get(title)!;
    if (wanted !== name) sheet.name = wanted;
    const kind = kinds.find((k) => k.title === title);
    if (!kind) continue;
    workbook.names.add(kind.definedName, sheet.getRange('A1'));
    workbook.names.getItem(buildingName(kind.definedName)).delete();
  }
  await step(context);
  return [...final.values()];
}
