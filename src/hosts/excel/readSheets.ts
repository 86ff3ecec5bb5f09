import { ERROR_TEXT, type Area, type CellValue, type SheetSnapshot } from '../../domain/sheet/snapshot';
import { parseA1 } from '../../domain/sheet/address';
import { dateText, isDateFormat } from '../../domain/sheet/dates';
import { planLoads, REQUEST_BUDGET_BYTES, type Load } from './blocks';
import { officeSupports, type Supports } from './requirements';

export type ReadOptions = {
  supports?: Supports;
  budgetBytes?: number;
  onProgress?: (done: number, total: number) => void;
  /** 'numbers': number formats of the columns that hold numbers (what checks need); 'none': skip them. */
  formats?: 'numbers' | 'none';
  /** Queues loads that must travel with the first read (protection, notes); called again if that read is retried. */
  alongside?: () => void;
};

type Queued = { name: string; sheet: Excel.Worksheet; used: Excel.Range; merged?: Excel.RangeAreas; formulaCells?: Excel.RangeAreas };

const DIMENSIONS = ['isNullObject', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
/** What Excel answers when a request or its response is over its payload limit. */
const TOO_LARGE = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit']);

/** The areas of an address ("'Giao'!C3:F90,'Giao'!H5"), absolute and 0-based. */
export function parseAreas(address: string): Area[] {
  return address.split(',').flatMap((part) => {
    const local = part.includes('!') ? part.slice(part.lastIndexOf('!') + 1) : part;
    const [from, to = from] = local.trim().split(':').map(parseA1);
    return from && to ? [{ top: from.row, left: from.col, bottom: to.row, right: to.col }] : [];
  });
}

function cellOf(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' && ERROR_TEXT.test(value)) return { error: value };
  return value as CellValue;
}

function queueFirstPass(entry: { name: string; sheet: Excel.Worksheet }, withValues: boolean, supports: Supports): Queued {
  const used = entry.sheet.getUsedRangeOrNullObject(true);
  used.load(withValues ? [...DIMENSIONS, 'values'] : DIMENSIONS);
  const areasOf = (areas: Excel.RangeAreas) => {
    areas.load(['isNullObject', 'address']);
    return areas;
  };
  return {
    ...entry,
    used,
    merged: supports('ExcelApi', '1.13') ? areasOf(used.getMergedAreasOrNullObject()) : undefined,
    formulaCells: supports('ExcelApi', '1.9') ? areasOf(used.getSpecialCellsOrNullObject('Formulas')) : undefined,
  };
}

function isTooLarge(error: unknown): boolean {
  return TOO_LARGE.has((error as { code?: string } | null)?.code ?? '');
}

/** Two halves of a request (its loads, or the rows of its one load); null when it cannot be split. */
function halves(request: readonly Load[]): Load[][] | null {
  if (request.length > 1) return [request.slice(0, request.length >> 1), request.slice(request.length >> 1)];
  const [load] = request;
  if (load.rowCount < 2) return null;
  const upper = load.rowCount >> 1;
  return [[{ ...load, rowCount: upper }], [{ ...load, top: load.top + upper, rowCount: load.rowCount - upper }]];
}

/** Runs one request in one sync; a request Excel refuses as too large is run again in halves. */
async function runRequest(context: Excel.RequestContext, queued: readonly Queued[], request: readonly Load[], store: (load: Load, data: unknown[][]) => void): Promise<void> {
  const ranges = request.map((load) => {
    const range = queued[load.sheet].sheet.getRangeByIndexes(load.top, load.left, load.rowCount, load.columnCount);
    range.load(load.property);
    return { load, range };
  });
  try {
    await context.sync();
  } catch (error) {
    const split = isTooLarge(error) ? halves(request) : null;
    if (!split) throw error;
    for (const half of split) await runRequest(context, queued, half, store);
    return;
  }
  for (const { load, range } of ranges) store(load, range[load.property] as unknown[][]);
}

/** Runs planned loads, one sync per request, handing each loaded block to `store`. */
async function runLoads(context: Excel.RequestContext, queued: readonly Queued[], requests: Load[][], store: (load: Load, data: unknown[][]) => void, progress?: (done: number) => void): Promise<void> {
  for (const [done, request] of requests.entries()) {
    await runRequest(context, queued, request, store);
    progress?.(done + 1);
  }
}

/** Rows a run of numbers may skip and stay one block: fewer, larger reads of number formats. */
const GAP = 8;

/**
 * The blocks of a sheet holding numbers (absolute): per column, runs of rows with numbers (gaps
 * of a few rows bridged), then equal runs of adjacent columns joined into rectangles. Number
 * formats are read only there: a header of criterion numbers and a totals row are two thin blocks,
 * not the whole sheet.
 */
export function numericBlocks(snapshot: SheetSnapshot): Area[] {
  const width = snapshot.values[0]?.length ?? 0;
  const blocks: Area[] = [];
  let open = new Map<string, Area>();
  for (let c = 0; c < width; c++) {
    const runs: { top: number; bottom: number }[] = [];
    snapshot.values.forEach((row, r) => {
      if (typeof row[c] !== 'number') return;
      const last = runs[runs.length - 1];
      if (last && r - last.bottom <= GAP + 1) last.bottom = r;
      else runs.push({ top: r, bottom: r });
    });
    const next = new Map<string, Area>();
    for (const run of runs) {
      const key = `${run.top}:${run.bottom}`;
      const col = snapshot.origin.col + c;
      const area = open.get(key) ?? { top: snapshot.origin.row + run.top, bottom: snapshot.origin.row + run.bottom, left: col, right: col };
      if (!open.has(key)) blocks.push(area);
      area.right = col;
      next.set(key, area);
    }
    open = next;
  }
  return blocks;
}

/**
 * Reads sheets into snapshots in two syncs for any planning workbook up to national size:
 * 1. each used range with its values, merged areas and where its formulas are;
 * 2. the formulas of those cells only, and the number formats of the blocks that hold numbers.
 * Requests are planned under the budget (4 MB); a read Excel refuses as too large is done again
 * in row blocks, halved until Excel accepts them. Error values arrive as their texts (#DIV/0!) and become errors.
 */
export async function readSheets(context: Excel.RequestContext, sheets: readonly { name: string; sheet: Excel.Worksheet }[], options: ReadOptions = {}): Promise<SheetSnapshot[]> {
  const supports = options.supports ?? officeSupports;
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  options.alongside?.();
  let queued = sheets.map((entry) => queueFirstPass(entry, true, supports));
  let blocked = false;
  try {
    await context.sync();
  } catch (error) {
    if (!isTooLarge(error)) throw error;
    options.alongside?.();
    queued = sheets.map((entry) => queueFirstPass(entry, false, supports));
    await context.sync();
    blocked = true;
  }
  // Over its cell limit Excel may answer `values === null` rather than fail: those sheets are read in blocks too.
  const inBlocks = (used: Excel.Range) => !used.isNullObject && (blocked || !Array.isArray(used.values));
  const snapshots: SheetSnapshot[] = queued.map(({ name, used }) => ({
    name,
    origin: used.isNullObject ? { row: 0, col: 0 } : { row: used.rowIndex, col: used.columnIndex },
    values: used.isNullObject || inBlocks(used) ? [] : (used.values as unknown[][]).map((row) => row.map(cellOf)),
    merges: [],
  }));
  const present = queued.flatMap((q, sheet) => (q.used.isNullObject ? [] : [{ q, sheet }]));
  const missing = present.filter(({ q }) => inBlocks(q.used));
  if (missing.length > 0) {
    const valueLoads = missing.map(({ q, sheet }): Load => ({ sheet, top: q.used.rowIndex, left: q.used.columnIndex, rowCount: q.used.rowCount, columnCount: q.used.columnCount, property: 'values' }));
    await runLoads(context, queued, planLoads(valueLoads, budget), (load, data) => snapshots[load.sheet].values.push(...data.map((row) => row.map(cellOf))));
  }

  const secondPass: Load[] = [];
  for (const { q, sheet } of present) {
    const snapshot = snapshots[sheet];
    snapshot.merges = q.merged && !q.merged.isNullObject ? parseAreas(q.merged.address) : [];
    const formulaAreas = q.formulaCells
      ? q.formulaCells.isNullObject ? [] : parseAreas(q.formulaCells.address)
      : [{ top: q.used.rowIndex, left: q.used.columnIndex, bottom: q.used.rowIndex + q.used.rowCount - 1, right: q.used.columnIndex + q.used.columnCount - 1 }];
    for (const area of formulaAreas) secondPass.push({ sheet, top: area.top, left: area.left, rowCount: area.bottom - area.top + 1, columnCount: area.right - area.left + 1, property: 'formulas' });
    if (options.formats === 'none') continue;
    for (const block of numericBlocks(snapshot)) secondPass.push({ sheet, top: block.top, left: block.left, rowCount: block.bottom - block.top + 1, columnCount: block.right - block.left + 1, property: 'numberFormat' });
  }
  const requests = planLoads(secondPass, budget);
  options.onProgress?.(1, 1 + requests.length);
  await runLoads(context, queued, requests, (load, data) => {
    const snapshot = snapshots[load.sheet];
    const key = load.property === 'formulas' ? 'formulas' : 'numberFormats';
    const grid = (snapshot[key] ??= snapshot.values.map((row) => row.map(() => null)));
    data.forEach((row, r) => row.forEach((entry, c) => {
      const keep = load.property === 'formulas' ? typeof entry === 'string' && entry.startsWith('=') : typeof entry === 'string';
      if (keep) grid[load.top - snapshot.origin.row + r][load.left - snapshot.origin.col + c] = entry as string;
    }));
  }, (done) => options.onProgress?.(1 + done, 1 + requests.length));
  for (const snapshot of Object.values(snapshots)) datesAsText(snapshot);
  return snapshots;
}

/** Office.js gives dates as serial numbers (46022); files give them as dates: both become "31/12/2025". */
function datesAsText(snapshot: SheetSnapshot): void {
  snapshot.numberFormats?.forEach((row, r) => row.forEach((format, c) => {
    const value = snapshot.values[r]?.[c];
    if (typeof value === 'number' && value > 0 && isDateFormat(format)) snapshot.values[r][c] = dateText(value);
  }));
}

