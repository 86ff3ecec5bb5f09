import { parseSettingsXml, settingsXml, SETTINGS_NAMESPACE, type IgnoredFinding } from '../../domain/findings/ignored';

/**
 * The findings ignored in this workbook, from the add-in's custom XML part (ExcelApi 1.5): saved with
 * the workbook, invisible to its users, read again by the web page. One sync.
 */
export async function readIgnoredInExcel(context: Excel.RequestContext): Promise<IgnoredFinding[]> {
  const part = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE).getOnlyItemOrNullObject();
  await context.sync();
  if (part.isNullObject) return [];
  const xml = part.getXml();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by the sync itself, it has nothing to load
  return parseSettingsXml(xml.value);
}

/** Replaces the add-in's custom XML part with one listing these findings (none when nothing is ignored). Two syncs. */
export async function writeIgnoredInExcel(context: Excel.RequestContext, ignored: readonly IgnoredFinding[]): Promise<void> {
  const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
  parts.load('items/id');
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- loaded above as 'items/id' (the rule misses the path form on this collection)
  for (const part of parts.items) part.delete();
  if (ignored.length > 0) context.workbook.customXmlParts.add(settingsXml(ignored));
  await context.sync();
}
