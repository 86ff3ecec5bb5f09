import type { WorkbookSnapshot } from '../../domain/sheet/snapshot';
import { readSheets, type ReadOptions } from './readSheets';
import { isBackupName, sheetOfName } from './writeGeneratedSheet';

export type { ReadOptions } from './readSheets';

/**
 * Reads every sheet of the open workbook into snapshots in three `context.sync()` calls for
 * any planning workbook up to national size: the sheets; the sizes of their used ranges with their
 * values (with merged areas and where the formulas are) where they lie in the first box; then the
 * formulas and the number formats of numeric columns. Never one per sheet, row or cell; more only
 * when a sheet reaches past the box, a read must be split under the 5 MB limit, or a sheet over the
 * cell limit is read by its tables (see readSheets).
 * The sheets the add-in keeps for an undo or is still writing are left out.
 */
export async function readWorkbookSnapshot(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items');
  const names = context.workbook.names;
  names.load('items');
  await context.sync();
  // The hidden copies kept for an undo of a generated sheet, and a generated sheet still being written, are not the plan's.
  const copies = new Set(names.items.filter((n) => isBackupName(n.name)).map((n) => sheetOfName(n.formula)));
  const sheets = await readSheets(context, worksheets.items.filter((sheet) => !copies.has(sheet.name)).map((sheet) => ({ name: sheet.name, sheet })), options);
  return { name: 'workbook', sheets };
}
