import type { WorkbookSnapshot } from '../../domain/sheet/snapshot';
import { readSheets, type ReadOptions } from './readSheets';

export type { ReadOptions } from './readSheets';

/**
 * Reads every sheet of the open workbook into snapshots in three `context.sync()` calls for
 * any planning workbook up to national size: the sheets, their values (with merged areas and
 * where the formulas are), then the formulas and the number formats of numeric columns.
 * Never one per sheet, row or cell; more only when a read must be split under the 5 MB limit.
 */
export async function readWorkbookSnapshot(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items');
  await context.sync();
  const sheets = await readSheets(context, worksheets.items.map((sheet) => ({ name: sheet.name, sheet })), options);
  return { name: 'workbook', sheets };
}
