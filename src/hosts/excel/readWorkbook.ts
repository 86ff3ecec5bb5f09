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
  const used = sheets.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load(['isNullObject', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    return range;
  });
  const merges = supports('ExcelApi', '1.13')
    ? used.map((range) => {
        const areas = range.getMergedAreasOrNullObject();
        areas.load(['isNullObject', 'address']);
        return areas;
      })
    : [];
  await context.sync();
  const sizes = used.map((range) => (range.isNullObject ? null : { rowCount: range.rowCount, columnCount: range.columnCount }));
  const snapshots: SheetSnapshot[] = sheets.map((sheet, i) => ({
    name: sheet.name,
    origin: used[i].isNullObject ? { row: 0, col: 0 } : { row: used[i].rowIndex, col: used[i].columnIndex },
    values: [], formulas: [], numberFormats: [],
    merges: merges[i] && !merges[i].isNullObject ? parseAreas(merges[i].address) : [],
  }));
  const requests = planReadRequests(sizes, options.budgetBytes ?? REQUEST_BUDGET_BYTES);
  for (const [done, request] of requests.entries()) {
    const loads = request.map((block) => {
      const range = sheets[block.sheet].getRangeByIndexes(used[block.sheet].rowIndex + block.firstRow, used[block.sheet].columnIndex, block.rowCount, used[block.sheet].columnCount);
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
  return { name: 'workbook', sheets: snapshots };
}
