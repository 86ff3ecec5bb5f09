import { writeInBatches, type WriteUnit } from './batches';
import { CELL_BYTES } from './blocks';
import { cellId, columnRuns } from './runs';

type Place = { sheet: string; row: number; col: number };
type ReadUnit = WriteUnit & { store(): void };

/**
 * What cells hold now, as Excel's `formulas` gives them (a formula, else the value; '' for a blank),
 * by `cellId`: one range per column run, as few requests as the budget allows (a request Excel
 * refuses as too large is read again in halves).
 */
export async function readFormulas(context: Excel.RequestContext, cells: readonly Place[], budget?: number): Promise<Map<string, unknown>> {
  const now = new Map<string, unknown>();
  const unitOf = (sheet: string, col: number, items: readonly Place[]): ReadUnit => {
    let range: Excel.Range | undefined;
    return {
      bytes: items.length * CELL_BYTES.formulas,
      queue: () => {
        range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(items[0].row, col, items.length, 1);
        range.load('formulas');
      },
      // eslint-disable-next-line office-addins/load-object-before-read -- loaded in `queue`, read after the sync that ran it
      store: () => items.forEach((cell, i) => now.set(cellId(cell.sheet, cell.row, cell.col), (range!.formulas as unknown[][])[i]?.[0])),
      split: items.length < 2 ? undefined : () => [unitOf(sheet, col, items.slice(0, items.length >> 1)), unitOf(sheet, col, items.slice(items.length >> 1))],
    };
  };
  const units = columnRuns(cells).map((run) => unitOf(run.sheet, run.col, run.items));
  await writeInBatches(context, units, { budget, onBatch: (batch) => batch.forEach((unit) => (unit as ReadUnit).store()) });
  return now;
}
