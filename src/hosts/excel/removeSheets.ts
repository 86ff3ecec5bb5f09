/**
 * Undoes an insertion of sheets (a template, the chart sheet): deletes the sheets of those names
 * still in the workbook, in two syncs; returns the names deleted. A sheet a person renamed since is
 * left alone (it is no longer the one inserted, as far as Excel can tell), and so is the last sheet
 * of a workbook, which Excel cannot delete.
 */
export async function removeSheets(context: Excel.RequestContext, names: readonly string[]): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const present = sheets.items.map((s) => s.name);
  const removable = names.filter((name) => present.includes(name));
  const deleted = removable.length === present.length ? removable.slice(0, -1) : removable;
  for (const name of deleted) sheets.getItem(name).delete();
  await context.sync();
  return deleted;
}
