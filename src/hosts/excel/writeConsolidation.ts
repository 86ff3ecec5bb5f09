import { CONSOLIDATED } from '../../domain/consolidate/sheets';
import { freeSheetNames, renameSheets } from '../../domain/template/rename';
import type { Template } from '../../domain/template/types';
import { assertSheetInsertion, toBase64 } from './insertTemplate';
import { officePlatform, officeSupports, type Platform, type Supports } from './requirements';
import { WorkbookProtectedError } from './writeGeneratedSheet';

/**
 * Writes a consolidation's sheets into the open workbook in two syncs: the sheets of the previous
 * consolidation (found by the defined names that mark them) are replaced under the same names; a
 * user's own sheet of one of those names is never touched (the new one gets " (2)"). The new sheets
 * are inserted under free names first, so that the old ones can go in the same batch. Returns the names.
 */
export async function writeConsolidationInExcel(context: Excel.RequestContext, template: Template, supports: Supports = officeSupports, platform: Platform = officePlatform()): Promise<string[]> {
  assertSheetInsertion(supports, platform);
  const { workbook } = context;
  const kinds = Object.values(CONSOLIDATED);
  const markers = kinds.map((kind) => {
    const marker = workbook.names.getItemOrNullObject(kind.definedName);
    marker.load('formula');
    return marker;
  });
  workbook.worksheets.load('items/name');
  workbook.protection.load('protected');
  await context.sync();
  if (workbook.protection.protected) throw new WorkbookProtectedError();
  const names = workbook.worksheets.items.map((s) => s.name);
  const previous = markers.flatMap((m) => {
    const name = m.isNullObject ? undefined : /^=?'?(.*?)'?!/.exec(m.formula)?.[1]?.replace(/''/g, "'");
    return name && names.includes(name) ? [name] : [];
  });
  const temporary = freeSheetNames(template, names);
  const final = freeSheetNames(template, names.filter((n) => !previous.includes(n)));
  const { workbookFromTemplate } = await import('../xlsx/writeTemplate');
  const bytes = new Uint8Array(await workbookFromTemplate(renameSheets(template, temporary)).xlsx.writeBuffer());
  workbook.insertWorksheetsFromBase64(toBase64(bytes), { positionType: Excel.WorksheetPositionType.end });
  for (const marker of markers) if (!marker.isNullObject) marker.delete();
  for (const name of previous) workbook.worksheets.getItem(name).delete();
  for (const [title, name] of temporary) {
    const sheet = workbook.worksheets.getItem(name);
    const wanted = final.get(title)!;
    if (wanted !== name) sheet.name = wanted;
    const kind = kinds.find((k) => k.title === title);
    if (kind) workbook.names.add(kind.definedName, sheet.getRange('A1'));
  }
  await context.sync();
  return [...final.values()];
}
