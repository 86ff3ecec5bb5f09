import { writeInBatches, type WriteUnit } from './batches';
import { CELL_BYTES, type CellProperty } from './blocks';
import { cellId, columnRuns } from './runs';

type Place = { sheet: string; row: number; col: number };
type ReadUnit = WriteUnit & { store(): void };

/** What a cell holds, by property (Excel's `values`, `formulas`, `numberFormat`). */
export type CellRead = Partial<Record<CellProperty, unknown>>;

/**
 * What cells hold now, by `cellId`: one range per column run, as few requests as the budget allows
 * (a request Excel refuses as too large is read again in halves).
 */
export async function readCells(context: Excel.RequestContext, cells: readonly Place[], properties: readonly CellProperty[], budget?: number): Promise<Map<string, CellRead>> {
  const now = new Map<string, CellRead>();
  const perCell = properties.reduce((total, p) => total + CELL_BYTES[p], 0);
  const unitOf = (sheet: string, col: number, items: readonly Place[]): ReadUnit => {
    let range: Excel.Range | undefined;
    return {
      bytes: items.length * perCell,
      queue: () => {
        range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(items[0].row, col, items.length, 1);
        // eslint-disable-next-line office-addins/no-empty-load -- the properties asked for, never empty
        range.load([...properties]);
      },
      store: () => items.forEach((cell, i) => {
        // eslint-disable-next-line office-addins/load-object-before-read -- loaded in `queue`, read after the sync that ran it
        now.set(cellId(cell.sheet, cell.row, cell.col), Object.fromEntries(properties.map((p) => [p, (range![p] as unknown[][])[i]?.[0]])));
      }),
      split: items.length < 2 ? undefined : () => [unitOf(sheet, col, items.slice(0, items.length >> 1)), unitOf(sheet, col, items.slice(items.length >> 1))],
    };
  };
  const units = columnRuns(cells).map((run) => unitOf(run.sheet, run.col, run.items));
  await writeInBatches(context, units, { budget, onBatch: (batch) => batch.forEach((unit) => (unit as ReadUnit).store()) });
  return now;
}

/**
 * Queues the read of what cells hold into the request being built (one range per column run), to
 * travel with other loads in its sync; the returned function gives them after that sync. For reads
 * small enough to join another request (see `readCells` for those that need requests of their own).
 *
 * @example
 * const held = queueCellReads(context, cells, ['values']); await context.sync(); held().get(cellId('Giao', 4, 2))
 */
export function queueCellReads(context: Excel.RequestContext, cells: readonly Place[], properties: readonly CellProperty[]): () => Map<string, CellRead> {
  const runs = columnRuns(cells).map((run) => {
    const range = context.workbook.worksheets.getItem(run.sheet).getRangeByIndexes(run.items[0].row, run.col, run.items.length, 1);
    // eslint-disable-next-line office-addins/no-empty-load -- the properties asked for, never empty
    range.load([...properties]);
    return { run, range };
  });
  return () => {
    const now = new Map<string, CellRead>();
    for (const { run, range } of runs) {
      run.items.forEach((cell, i) => {
        now.set(cellId(cell.sheet, cell.row, cell.col), Object.fromEntries(properties.map((p) => [p, (range[p] as unknown[][])[i]?.[0]])));
      });
    }
    return now;
  };
}

/** Estimated bytes of reading `cells` (`properties` each). */
export function cellReadBytes(cells: readonly Place[], properties: readonly CellProperty[]): number {
  return cells.length * properties.reduce((total, p) => total + CELL_BYTES[p], 0);
}

/** What cells hold now as Excel's `formulas` gives them (a formula, else the value; '' for a blank), by `cellId`. */
export async function readFormulas(context: Excel.RequestContext, cells: readonly Place[], budget?: number): Promise<Map<string, unknown>> {
  const read = await readCells(context, cells, ['formulas'], budget);
  return new Map([...read].map(([id, cell]) => [id, cell.formulas]));
}
