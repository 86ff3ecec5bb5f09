import type { Area, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../domain/sheet/snapshot';
import { parseA1 } from '../../domain/sheet/address';
import { planReadRequests, REQUEST_BUDGET_BYTES } from './blocks';
import { officeSupports, type Supports } from './requirements';

export type ReadOptions = { supports?: Supports; budgetBytes?: number; onProgress?: (done: number, total: number) => void };

type Loaded = { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][]; valueTypes: string[][] };

function parseAreas(address: string): Area[] {
  return address.split(',').flatMap((part) => {
    const local = part.includes('!') ? part.slice(part.lastIndexOf('!') + 1) : part;
    const [from, to = from] = local.trim().split(':').map(parseA1);
    return from && to ? [{ top: from.row, left: from.col, bottom: to.row, right: to.col }] : [];
  });
}

function cellOf(value: unknown, type: string): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  return value as CellValue;
}

/** Queues the used range of each sheet (values only, formats ignored); read them after the next sync. */
export function queueUsedRanges(sheets: readonly Excel.Worksheet[]): Excel.Range[] {
  return sheets.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load(['isNullObject', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    return range;
  });
}

/**
 * Reads the cells of loaded used ranges into snapshots: one sync per request of at most the
 * budget (4 MB), one for any ordinary workbook.
 */
export async function readUsedRanges(context: Excel.RequestContext, sheets: readonly { name: string; sheet: Excel.Worksheet; used: Excel.Range }[], options: ReadOptions = {}): Promise<SheetSnapshot[]> {
  const snapshots: SheetSnapshot[] = sheets.map(({ name, used }) => ({
    name,
    origin: used.isNullObject ? { row: 0, col: 0 } : { row: used.rowIndex, col: used.columnIndex },
    values: [], formulas: [], numberFormats: [], merges: [],
  }));
  const sizes = sheets.map(({ used }) => (used.isNullObject ? null : { rowCount: used.rowCount, columnCount: used.columnCount }));
  const requests = planReadRequests(sizes, options.budgetBytes ?? REQUEST_BUDGET_BYTES);
  for (const [done, request] of requests.entries()) {
    const loads = request.map((block) => {
      const { sheet, used } = sheets[block.sheet];
      const range = sheet.getRangeByIndexes(used.rowIndex + block.firstRow, used.columnIndex, block.rowCount, used.columnCount);
      range.load(['values', 'formulas', 'numberFormat', 'valueTypes']);
      return { block, range };
    });
    await context.sync();
    for (const { block, range } of loads) {
      const loaded = range as unknown as Loaded;
      const target = snapshots[block.sheet];
      loaded.values.forEach((row, r) => {
        target.values.push(row.map((value, c) => cellOf(value, loaded.valueTypes[r][c])));
        target.formulas!.push(loaded.formulas[r].map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)));
        target.numberFormats!.push(loaded.numberFormat[r].map((f) => (typeof f === 'string' ? f : null)));
      });
    }
    options.onProgress?.(done + 1, requests.length);
  }
  return snapshots;
}

/**
 * Reads every sheet of the open workbook into snapshots in a constant number of
 * `context.sync()` calls: one for the sheets, one for their used ranges, then one per 4 MB of
 * cells (one for any ordinary plan), never one per sheet, row or cell.
 */
export async function readWorkbookSnapshot(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const supports = options.supports ?? officeSupports;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items');
  await context.sync();
  const sheets = worksheets.items;
  const used = queueUsedRanges(sheets);
  const merges = supports('ExcelApi', '1.13')
    ? used.map((range) => {
        const areas = range.getMergedAreasOrNullObject();
        areas.load(['isNullObject', 'address']);
        return areas;
      })
    : [];
  await context.sync();
  const snapshots = await readUsedRanges(context, sheets.map((sheet, i) => ({ name: sheet.name, sheet, used: used[i] })), options);
  snapshots.forEach((snapshot, i) => {
    snapshot.merges = merges[i] && !merges[i].isNullObject ? parseAreas(merges[i].address) : [];
  });
  return { name: 'workbook', sheets: snapshots };
}
