import { writeInBatches, type WriteUnit } from './batches';
import { CELL_BYTES } from './blocks';
import { contentKey } from './contentKey';

const DIMENSIONS = ['rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
type BlockUnit = WriteUnit & { store(): void };

/**
 * The content keys of sheets, by Excel's id (see ./contentKey): the size of each used range first
 * (one sync), then its values and formulas in row blocks under the budget (halved if Excel refuses a
 * request as too large). A sheet not found has no key.
 */
export async function contentKeys(context: Excel.RequestContext, ids: readonly string[], budget?: number): Promise<Map<string, string>> {
  const used = ids.map((id) => {
    const range = context.workbook.worksheets.getItem(id).getUsedRangeOrNullObject(true);
    // eslint-disable-next-line office-addins/no-empty-load -- the properties are DIMENSIONS, never empty
    range.load(DIMENSIONS);
    return { id, range };
  });
  await context.sync();
  const rows = new Map<string, { values: unknown[][]; formulas: unknown[][] }>(ids.map((id) => [id, { values: [], formulas: [] }]));
  const unitOf = (id: string, top: number, left: number, count: number, width: number, into: { values: unknown[][]; formulas: unknown[][] }, at: number): BlockUnit => {
    let block: Excel.Range | undefined;
    return {
      bytes: count * width * (CELL_BYTES.values + CELL_BYTES.formulas),
      queue: () => {
        block = context.workbook.worksheets.getItem(id).getRangeByIndexes(top, left, count, width);
        block.load(['values', 'formulas']);
      },
      store: () => {
        // eslint-disable-next-line office-addins/call-sync-after-load -- loaded in `queue`, read after the sync that ran it
        (block!.values as unknown[][]).forEach((row, i) => { into.values[at + i] = row; });
        // eslint-disable-next-line office-addins/call-sync-after-load -- loaded in `queue`, read after the sync that ran it
        (block!.formulas as unknown[][]).forEach((row, i) => { into.formulas[at + i] = row; });
      },
      split: count < 2 ? undefined : () => [unitOf(id, top, left, count >> 1, width, into, at), unitOf(id, top + (count >> 1), left, count - (count >> 1), width, into, at + (count >> 1))],
    };
  };
  const units = used.flatMap(({ id, range }) => (range.isNullObject ? [] : [unitOf(id, range.rowIndex, range.columnIndex, range.rowCount, range.columnCount, rows.get(id)!, 0)]));
  await writeInBatches(context, units, { budget, onBatch: (batch) => batch.forEach((unit) => (unit as BlockUnit).store()) });
  return new Map(ids.map((id) => [id, contentKey(rows.get(id)!.values, rows.get(id)!.formulas)]));
}
