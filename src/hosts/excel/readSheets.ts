import { blankRow, ERROR_TEXT, rowOf, type Area, type CellValue, type SheetSnapshot, type UnreadRange } from '../../domain/sheet/snapshot';
import { a1 } from '../../domain/sheet/address';
import { readableRegion, tablesFound } from './tablesFound';
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
  /** Queues loads that must travel with the first read (protection, notes …), with the used ranges' sizes. */
  alongside?: () => void;
  /** Cells past which a sheet is read by the tables found in it (READ_CELL_LIMIT). */
  cellLimit?: number;
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

const areasOf = (areas: Excel.RangeAreas) => {
  areas.load(['isNullObject', 'address']);
  return areas;
};

/**
 * The first pass over a sheet: its used range (with its values, unless they are read in blocks), its
 * merged areas (unless they are read in blocks: Excel refuses a range holding more than 512) and
 * where its formulas are.
 */
function queueFirstPass(entry: { name: string; sheet: Excel.Worksheet }, light: boolean, supports: Supports): Queued {
  const used = entry.sheet.getUsedRangeOrNullObject(true);
  // eslint-disable-next-line office-addins/no-empty-load -- the properties are DIMENSIONS (and values), never empty
  used.load(light ? DIMENSIONS : [...DIMENSIONS, 'values']);
  return {
    ...entry,
    used,
    // Excel returns a merged area only with its top-left cell in the range: from A1, those that begin above or left of the values too.
    merged: supports('ExcelApi', '1.13') && !light ? areasOf(used.getBoundingRect('A1').getMergedAreasOrNullObject()) : undefined,
    formulaCells: supports('ExcelApi', '1.9') ? areasOf(used.getSpecialCellsOrNullObject('Formulas')) : undefined,
  };
}

function codeOf(error: unknown): string {
  return (error as { code?: string } | null)?.code ?? '';
}

/** Excel on the web has answered a request over its payload limit with a GeneralException: treated as one too, when it can be split. */
function isTooLarge(error: unknown): boolean {
  return TOO_LARGE.has(codeOf(error)) || codeOf(error) === 'GeneralException';
}

/** Rows per block when merged areas are read block by block. */
const MERGE_BLOCK_ROWS = 200;

/**
 * Merged areas of a used range (and of the rows and columns before it) read in row blocks, all in one sync; a sync Excel refuses (over 512
 * areas in a block) is run again block by block, and a refused block in halves, down to one row
 * (whose areas are then left unread). An area across blocks is found once.
 */
async function mergesInBlocks(context: Excel.RequestContext, sheet: Excel.Worksheet, used: { top: number; left: number; rowCount: number; columnCount: number }): Promise<Area[]> {
  const found = new Map<string, Area>();
  const read = async (blocks: { top: number; rows: number }[]): Promise<void> => {
    const queued = blocks.map((block) => ({ block, areas: areasOf(sheet.getRangeByIndexes(block.top, 0, block.rows, used.left + used.columnCount).getMergedAreasOrNullObject()) }));
    try {
      await context.sync();
    } catch {
      if (blocks.length > 1) {
        for (const block of blocks) await read([block]);
        return;
      }
      const [block] = blocks;
      if (block.rows < 2) return;
      const upper = block.rows >> 1;
      await read([{ top: block.top, rows: upper }]);
      await read([{ top: block.top + upper, rows: block.rows - upper }]);
      return;
    }
    for (const { areas } of queued) if (!areas.isNullObject) for (const area of parseAreas(areas.address)) found.set(`${area.top}:${area.left}:${area.bottom}:${area.right}`, area);
  };
  const blocks: { top: number; rows: number }[] = [];
  // From the sheet's first row and column: an area is returned with its top-left cell, which may lie above or left of the values.
  const bottom = used.top + used.rowCount;
  for (let top = 0; top < bottom; top += MERGE_BLOCK_ROWS) blocks.push({ top, rows: Math.min(MERGE_BLOCK_ROWS, bottom - top) });
  if (blocks.length > 0) await read(blocks);
  return [...found.values()];
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
    // eslint-disable-next-line office-addins/no-empty-load -- one named property per load (values, formulas or numberFormat)
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

/** Cells a sheet may have before it is read by the tables found in it rather than whole: a national assignment table is 8,000 × 66. */
export const READ_CELL_LIMIT = 750_000;

type Sized = { name: string; sheet: Excel.Worksheet; used: Excel.Range };
/** What is read of a large sheet (null: nothing), where its formulas are, and what is left unread. */
type Guarded = { region: Area | null; formulas: Area[]; unread: UnreadRange[] };

/** Reads the areas of a large sheet's constants and formulas (one sync), and chooses what to read of it. */
async function guardLarge(context: Excel.RequestContext, large: readonly Sized[], limit: number): Promise<Map<Sized, Guarded>> {
  const found = new Map<Sized, Guarded>();
  if (large.length === 0) return found;
  const asked = large.map((entry) => ({ entry, constants: areasOf(entry.used.getSpecialCellsOrNullObject('Constants' as Excel.SpecialCellType.constants)), formulas: areasOf(entry.used.getSpecialCellsOrNullObject('Formulas' as Excel.SpecialCellType.formulas)) }));
  let answered = true;
  try {
    await context.sync();
  } catch {
    // Excel could not list where the cells are: every large sheet is left unread, and said so.
    answered = false;
  }
  for (const { entry, constants, formulas } of asked) {
    const { used } = entry;
    const whole = `${a1(used.rowIndex, used.columnIndex)}:${a1(used.rowIndex + used.rowCount - 1, used.columnIndex + used.columnCount - 1)}`;
    const large: UnreadRange = { range: whole, reason: 'large', cells: used.rowCount * used.columnCount, limit };
    if (!answered) {
      found.set(entry, { region: null, formulas: [], unread: [large] });
      continue;
    }
    const formulaAreas = formulas.isNullObject ? [] : parseAreas(formulas.address);
    const areas = [...(constants.isNullObject ? [] : parseAreas(constants.address)), ...formulaAreas];
    const { region, left } = readableRegion(tablesFound(areas), limit);
    found.set(entry, region
      ? { region, formulas: formulaAreas, unread: left.map((f) => ({ range: `${a1(f.box.top, f.box.left)}:${a1(f.box.bottom, f.box.right)}`, reason: 'far', cells: f.cells, limit })) }
      : { region: null, formulas: [], unread: [large] });
  }
  return found;
}

/** Columns of the box read with the sizes (see `firstBox`). */
const FIRST_BOX_COLUMNS = 75;

/**
 * The box read with the sizes, from A1: a sheet whose used range lies inside it is read whole in
 * that same sync. Its cells are within the cell limit, so nothing larger is ever asked for before
 * its size is known; under READ_CELL_LIMIT a national assignment table (8,000 communes × 66
 * columns) fits.
 *
 * @example
 * firstBox(750_000) // { rows: 10_000, columns: 75 }
 */
export function firstBox(limit: number): { rows: number; columns: number } {
  return { rows: Math.max(1, Math.floor(limit / FIRST_BOX_COLUMNS)), columns: FIRST_BOX_COLUMNS };
}

/**
 * The first sync: each sheet's used range's size and, in the same sync, the used part of the box
 * from A1 (`firstBox`) with its values, merged areas and where its formulas are — Range
 * `getUsedRangeOrNullObject` bounds what Excel returns by the box whatever the sheet holds. A sheet
 * whose used range is inside the box is then read (`fitting`); the others are read by their size.
 * `failed` when Excel refused the sync (too large, more than 512 merged areas): nothing was read.
 */
async function readInBox(context: Excel.RequestContext, sheets: readonly { name: string; sheet: Excel.Worksheet }[], options: ReadOptions, supports: Supports, limit: number): Promise<{ sized: Sized[]; fitting: (Queued | undefined)[] } | { failed: unknown }> {
  options.alongside?.();
  const box = firstBox(limit);
  const queued = sheets.map((entry) => {
    const used = entry.sheet.getUsedRangeOrNullObject(true);
    // eslint-disable-next-line office-addins/no-empty-load -- the properties are DIMENSIONS, never empty
    used.load(DIMENSIONS);
    const boxed = entry.sheet.getRangeByIndexes(0, 0, box.rows, box.columns).getUsedRangeOrNullObject(true);
    boxed.load([...DIMENSIONS, 'values']);
    return {
      sized: { ...entry, used },
      boxed: {
        ...entry,
        used: boxed,
        merged: supports('ExcelApi', '1.13') ? areasOf(boxed.getBoundingRect('A1').getMergedAreasOrNullObject()) : undefined,
        formulaCells: supports('ExcelApi', '1.9') ? areasOf(boxed.getSpecialCellsOrNullObject('Formulas')) : undefined,
      },
    };
  });
  try {
    await context.sync();
  } catch (failed) {
    return { failed };
  }
  const fits = ({ sized: { used }, boxed: { used: boxed } }: (typeof queued)[number]) => used.isNullObject
    || (used.rowIndex + used.rowCount <= box.rows && used.columnIndex + used.columnCount <= box.columns
      && !boxed.isNullObject && boxed.rowIndex === used.rowIndex && boxed.columnIndex === used.columnIndex && boxed.rowCount === used.rowCount && boxed.columnCount === used.columnCount);
  return { sized: queued.map((q) => q.sized), fitting: queued.map((q) => (fits(q) ? q.boxed : undefined)) };
}

/**
 * Reads sheets into snapshots in two syncs for any planning workbook up to national size:
 * 1. the size of each used range (and what must travel with it: protection, notes …) and, in the
 *    same sync, what lies in the box from A1 (`firstBox`, within the cell limit): a used range inside
 *    it comes with its values, merged areas and where its formulas are;
 * 2. the formulas of those cells only, and the number formats of the blocks that hold numbers.
 * A sheet reaching past the box is read by its size (one sync more). A sheet over the cell limit (a stray value far right or far down, a large data sheet) is read by
 * the tables found in it (Excel lists where its constants and formulas are: one sync more), in
 * blocks under the budget; what is left unread is listed in the snapshot with its range and why. A
 * sheet whose largest table is over the limit is not read at all, and said so.
 * Requests are planned under the budget (4 MB); a read Excel refuses as too large is done again
 * in row blocks, halved until Excel accepts them. Error values arrive as their texts (#DIV/0!) and become errors.
 */
export async function readSheets(context: Excel.RequestContext, sheets: readonly { name: string; sheet: Excel.Worksheet }[], options: ReadOptions = {}): Promise<SheetSnapshot[]> {
  const supports = options.supports ?? officeSupports;
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  const limit = options.cellLimit ?? READ_CELL_LIMIT;
  const first = await readInBox(context, sheets, options, supports, limit);
  let sized: Sized[];
  let fitting: (Queued | undefined)[] = [];
  let light: Queued[] | undefined;
  if (!('failed' in first)) {
    sized = first.sized;
    fitting = first.fitting;
  } else {
    // Too large, or more than 512 merged areas (Excel says only that it failed): the sizes and where the formulas are, values and merges then in blocks.
    options.alongside?.();
    light = sheets.map((entry) => queueFirstPass(entry, true, supports));
    try {
      await context.sync();
    } catch {
      throw first.failed;
    }
    sized = light;
  }
  const isLarge = (entry: Sized) => !entry.used.isNullObject && entry.used.rowCount * entry.used.columnCount > limit;
  const guarded = await guardLarge(context, sized.filter(isLarge), limit);
  const ordinary = sheets.filter((_, i) => !isLarge(sized[i]) && !fitting[i]);

  let queued = light ? light.filter((_, i) => !isLarge(sized[i])) : ordinary.map((entry) => queueFirstPass(entry, false, supports));
  let blocked = !!light;
  if (ordinary.length > 0 && !light) {
    try {
      await context.sync();
    } catch (error) {
      queued = ordinary.map((entry) => queueFirstPass(entry, true, supports));
      try {
        await context.sync();
      } catch {
        throw error;
      }
      blocked = true;
    }
  }
  // The large sheets, as their region: origin and size of what is read; values and merges in blocks.
  const all: (Queued & { region?: Area | null; formulaAreas?: Area[]; unread?: UnreadRange[] })[] = sized.map((entry, i) => {
    const guard = guarded.get(entry);
    if (fitting[i]) return fitting[i]!;
    if (!guard) return queued[ordinary.indexOf(sheets[i])];
    return { name: entry.name, sheet: entry.sheet, used: entry.used, region: guard.region, formulaAreas: guard.formulas, unread: guard.unread };
  });
  const box = (q: (typeof all)[number]) => (q.region !== undefined
    ? q.region && { top: q.region.top, left: q.region.left, rowCount: q.region.bottom - q.region.top + 1, columnCount: q.region.right - q.region.left + 1 }
    : q.used.isNullObject ? null : { top: q.used.rowIndex, left: q.used.columnIndex, rowCount: q.used.rowCount, columnCount: q.used.columnCount });
  // Over its cell limit Excel may answer `values === null` rather than fail: those sheets are read in blocks too.
  const inBlocks = (q: (typeof all)[number]) => box(q) !== null && (q.region !== undefined || blocked || !Array.isArray(q.used.values));
  const snapshots: SheetSnapshot[] = all.map((q) => {
    const b = box(q);
    return {
      name: q.name,
      origin: b ? { row: b.top, col: b.left } : { row: 0, col: 0 },
      values: !b || inBlocks(q) ? [] : (q.used.values as unknown[][]).map((row) => rowOf(row, cellOf)),
      merges: [],
      ...(q.unread && q.unread.length > 0 ? { unread: q.unread } : {}),
    };
  });
  const present = all.flatMap((q, sheet) => (box(q) ? [{ q, sheet, b: box(q)! }] : []));
  const missing = present.filter(({ q }) => inBlocks(q));
  if (missing.length > 0) {
    const valueLoads = missing.map(({ sheet, b }): Load => ({ sheet, top: b.top, left: b.left, rowCount: b.rowCount, columnCount: b.columnCount, property: 'values' }));
    await runLoads(context, all, planLoads(valueLoads, budget), (load, data) => snapshots[load.sheet].values.push(...data.map((row) => rowOf(row, cellOf))));
  }

  const secondPass: Load[] = [];
  for (const { q, sheet, b } of present) {
    const snapshot = snapshots[sheet];
    snapshot.merges = q.merged && !q.merged.isNullObject ? parseAreas(q.merged.address) : [];
    if ((blocked || q.region) && supports('ExcelApi', '1.13')) snapshot.merges = await mergesInBlocks(context, q.sheet, b);
    const inside = (area: Area) => area.bottom >= b.top && area.top < b.top + b.rowCount && area.right >= b.left && area.left < b.left + b.columnCount;
    const formulaAreas = q.formulaAreas ?? (q.formulaCells
      ? q.formulaCells.isNullObject ? [] : parseAreas(q.formulaCells.address)
      : [{ top: b.top, left: b.left, bottom: b.top + b.rowCount - 1, right: b.left + b.columnCount - 1 }]);
    for (const area of formulaAreas.filter(inside)) {
      const top = Math.max(area.top, b.top);
      const left = Math.max(area.left, b.left);
      const bottom = Math.min(area.bottom, b.top + b.rowCount - 1);
      const right = Math.min(area.right, b.left + b.columnCount - 1);
      secondPass.push({ sheet, top, left, rowCount: bottom - top + 1, columnCount: right - left + 1, property: 'formulas' });
    }
    if (options.formats === 'none') continue;
    for (const block of numericBlocks(snapshot)) secondPass.push({ sheet, top: block.top, left: block.left, rowCount: block.bottom - block.top + 1, columnCount: block.right - block.left + 1, property: 'numberFormat' });
  }
  const requests = planLoads(secondPass, budget);
  options.onProgress?.(1, 1 + requests.length);
  await runLoads(context, all, requests, (load, data) => {
    const snapshot = snapshots[load.sheet];
    const key = load.property === 'formulas' ? 'formulas' : 'numberFormats';
    const grid = (snapshot[key] ??= snapshot.values.map((row) => blankRow<string>(row.length)));
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

