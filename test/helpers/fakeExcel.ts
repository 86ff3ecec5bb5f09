/**
 * A recording stand-in for an Excel request context, for host code that writes: every queued
 * operation is logged and becomes visible only at `sync()`, which the tests count.
 */
import { isCellError, type SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { a1, parseA1 } from '../../src/domain/sheet/address';
import { play } from './excelState';

export type Operation = { op: string; sheet?: string; address?: string; value?: unknown };

type CellProperty = 'values' | 'formulas' | 'numberFormat';

function cellsOf(snapshot: SheetSnapshot | undefined, row: number, col: number, rows: number, cols: number): Record<CellProperty, unknown[][]> {
  const at = (r: number, c: number) => snapshot?.values[r - snapshot.origin.row]?.[c - snapshot.origin.col] ?? null;
  const formulaAt = (r: number, c: number) => snapshot?.formulas?.[r - snapshot.origin.row]?.[c - snapshot.origin.col] ?? null;
  const formatAt = (r: number, c: number) => snapshot?.numberFormats?.[r - snapshot.origin.row]?.[c - snapshot.origin.col] ?? 'General';
  const grid = <T>(f: (r: number, c: number) => T) => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(row + i, col + j)));
  const shown = (r: number, c: number) => { const v = at(r, c); return v === null ? '' : isCellError(v) ? v.error : v; };
  return { values: grid(shown), formulas: grid((r, c) => formulaAt(r, c) ?? shown(r, c)), numberFormat: grid(formatAt) };
}

/** Where a sheet's formulas are, as Excel's special cells give them: runs of rows, column by column. */
function formulaAddress(snapshot: SheetSnapshot): string {
  const parts: string[] = [];
  const width = snapshot.values[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < snapshot.values.length; r++) {
      if (!snapshot.formulas?.[r]?.[c]) continue;
      let end = r;
      while (snapshot.formulas?.[end + 1]?.[c]) end++;
      const from = a1(snapshot.origin.row + r, snapshot.origin.col + c);
      parts.push(end === r ? from : `${from}:${a1(snapshot.origin.row + end, snapshot.origin.col + c)}`);
      r = end;
    }
  }
  return parts.map((p) => `'${snapshot.name}'!${p}`).join(',');
}

/** Excel on the web refuses a request or response over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

type Protection = { protected: boolean };

/** A documented way for Excel to fail an operation: the batch stops there, what came before it stays applied. */
export type Fault = { code: string; message?: string };

export type FakeExcelOptions = {
  protectedSheets?: string[];
  notes?: Record<string, string>;
  sheets?: readonly SheetSnapshot[];
  /** A used range of more cells than this answers `values === null` instead of failing, as Excel can over its cell limit. */
  nullValuesAbove?: number;
  /** Fails the operation (and every one after it in its batch) when this returns a fault: NotImplemented comments, … */
  failOn?: (op: Operation) => Fault | undefined;
  /** More merged areas than this in a range makes `getMergedAreasOrNullObject` fail its batch (Excel: 512). */
  mergeLimit?: number;
  /** The code a request over the payload limit fails with (Excel on the web has used GeneralException). */
  sizeErrorCode?: string;
  /** Excel Tables by sheet: the data body's A1 range ("A4:F9"). */
  tables?: { sheet: string; name: string; body: string }[];
  /**
   * Excel's calculated columns: a formula written into a table's column is copied by Excel into the
   * column's blank cells (AutoCorrect "Fill formulas in tables", on by default).
   */
  calculatedColumns?: boolean;
  /** The workbook's defined names. */
  names?: { name: string; formula: string }[];
};

/** "=C5/B5" moved down by `rows`: its relative references follow, as Excel copies a formula. */
function shiftRows(formula: string, rows: number): string {
  return formula.replace(/(\$?[A-Z]{1,3})(\$?)(\d+)/g, (all, col: string, dollar: string, row: string) => (dollar ? all : `${col}${Number(row) + rows}`));
}

function bodyArea(body: string) {
  const [from, to] = body.split(':').map(parseA1);
  return { top: from!.row, left: from!.col, bottom: to!.row, right: to!.col };
}

/** A counting stand-in for Excel (see `FakeExcelOptions` for the failures it can be asked to raise). */
export function fakeExcel(options: FakeExcelOptions = {}) {
  const pending: Operation[] = [];
  const applied: Operation[] = [];
  /** Bytes of each request (what a sync sends and what it brings back), as JSON. */
  const requests: number[] = [];
  /** Loads queued, each resolved when the sync reaches its place among the operations. */
  let loads: { at: number; resolve(): void }[] = [];
  let bytes = 0;
  const record = (op: Operation) => {
    pending.push(op);
    bytes += JSON.stringify(op).length;
  };
  // Reads see what the applied operations wrote, as Excel's do.
  let played: { count: number; sheets: readonly SheetSnapshot[] } | undefined;
  const snapshotOf = (sheet: string) => {
    const writes = applied.filter((op) => ['formulas', 'values', 'numberFormat'].includes(op.op)).length;
    if (writes === 0 || !options.sheets) return options.sheets?.find((s) => s.name === sheet);
    if (played?.count !== applied.length) played = { count: applied.length, sheets: play({ workbook: { sheets: [...options.sheets] }, notes: {} }, applied).workbook.sheets };
    return played.sheets.find((s) => s.name === sheet);
  };
  /** The cells Excel's calculated columns fill after a formula lands in a table's column. */
  const autofill = (op: Operation): Operation[] => {
    const target = /^R(\d+)C(\d+):(\d+)x1$/.exec(op.address ?? '');
    if (!options.calculatedColumns || op.op !== 'formulas' || !target) return [];
    const [row, col, rows] = target.slice(1).map(Number);
    const first = (op.value as unknown[][])[0]?.[0];
    if (typeof first !== 'string' || !first.startsWith('=')) return [];
    const table = options.tables?.find((t) => t.sheet === op.sheet && (({ top, left, bottom, right }) => col >= left && col <= right && row >= top && row <= bottom)(bodyArea(t.body)));
    if (!table) return [];
    const { top, bottom } = bodyArea(table.body);
    const now = snapshotOf(op.sheet!);
    const blank = (r: number) => {
      const value = now?.values[r - (now?.origin.row ?? 0)]?.[col - (now?.origin.col ?? 0)];
      const formula = now?.formulas?.[r - (now?.origin.row ?? 0)]?.[col - (now?.origin.col ?? 0)];
      return (value === null || value === undefined || value === '') && !formula;
    };
    const filled: Operation[] = [];
    for (let r = top; r <= bottom; r++) {
      if ((r < row || r >= row + rows) && blank(r)) filled.push({ op: 'formulas', sheet: op.sheet, address: `R${r}C${col}:1x1`, value: [[shiftRows(first, r - row)]] });
    }
    return filled;
  };
  const rangeProxy = (sheet: string, address: string, compute?: () => ReturnType<typeof cellsOf>) => {
    let cached: ReturnType<typeof cellsOf> | undefined;
    const read = () => (cached ??= compute!());
    const format = {
      fill: { set color(value: string) { record({ op: 'fill', sheet, address, value }); } },
      font: { set bold(value: boolean) { record({ op: 'bold', sheet, address, value }); } },
      set wrapText(value: boolean) { record({ op: 'wrap', sheet, address, value }); },
      borders: { getItem: (edge: string) => ({ set style(value: string) { record({ op: `border:${edge}`, sheet, address, value }); } }) },
    };
    return {
      load: (properties: CellProperty | CellProperty[]) => {
        if (!compute) return;
        for (const p of [properties].flat()) bytes += JSON.stringify(compute()[p] ?? null).length;
        // Read at the sync, in the batch's order: a load queued after writes sees them, one queued before does not.
        loads.push({ at: pending.length, resolve: () => { cached = compute(); } });
      },
      get formulas() { return read().formulas; },
      set formulas(value: unknown) { record({ op: 'formulas', sheet, address, value }); },
      get values() { return read().values; },
      set values(value: unknown) { record({ op: 'values', sheet, address, value }); },
      get numberFormat() { return read().numberFormat; },
      set numberFormat(value: unknown) { record({ op: 'numberFormat', sheet, address, value }); },
      format,
      merge: () => record({ op: 'merge', sheet, address }),
      unmerge: () => record({ op: 'unmerge', sheet, address }),
    };
  };
  const sheetObject = (sheet: string) => context.workbook.worksheets.getItem(sheet);
  /** The merged areas a range meets; over the limit, a failure at the next sync, as Excel fails. */
  const mergedAreas = <T>(sheet: string, snapshot: SheetSnapshot | undefined, within: { top: number; left: number; bottom: number; right: number } | undefined, areas: (address: string) => T): T => {
    // As Excel documents: an area is returned when its top-left cell is in the range.
    const meets = (m: { top: number; left: number; bottom: number; right: number }) => !within || (m.top >= within.top && m.top <= within.bottom && m.left >= within.left && m.left <= within.right);
    const found = (snapshot?.merges ?? []).filter(meets);
    if (options.mergeLimit !== undefined && found.length > options.mergeLimit) record({ op: 'fail', value: { code: 'InvalidOperation', message: `more than ${options.mergeLimit} merged areas` } });
    return areas(found.map((m) => `'${sheet}'!${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).join(','));
  };
  const context = {
    syncs: 0,
    pending,
    applied,
    requests,
    workbook: {
      worksheets: {
        load: () => undefined,
        get items() { return (options.sheets ?? []).map((s) => ({ name: s.name, ...sheetObject(s.name) })); },
        getItem: (sheet: string) => ({
          protection: { load: () => undefined, get protected() { return (options.protectedSheets ?? []).includes(sheet); } } as Protection & { load(): void },
          getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => Object.defineProperty(
            rangeProxy(sheet, `R${row}C${col}:${rows}x${cols}`, () => cellsOf(snapshotOf(sheet), row, col, rows, cols)),
            'getMergedAreasOrNullObject',
            { value: () => mergedAreas(sheet, snapshotOf(sheet), { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }, (address) => ({ load: () => { bytes += address.length; }, isNullObject: address === '', address })) },
          ) as ReturnType<typeof rangeProxy> & { getMergedAreasOrNullObject(): { load(): void; isNullObject: boolean; address: string } },
          getUsedRangeOrNullObject: () => {
            const snapshot = snapshotOf(sheet);
            const empty = !snapshot || snapshot.values.length === 0;
            const rows = snapshot?.values.length ?? 0;
            const cols = snapshot?.values[0]?.length ?? 0;
            const cells = rangeProxy(sheet, 'used', () => cellsOf(snapshot, snapshot?.origin.row ?? 0, snapshot?.origin.col ?? 0, rows, cols));
            const usedArea = { top: snapshot?.origin.row ?? 0, left: snapshot?.origin.col ?? 0, bottom: (snapshot?.origin.row ?? 0) + rows - 1, right: (snapshot?.origin.col ?? 0) + cols - 1 };
            const overLimit = options.nullValuesAbove !== undefined && rows * cols > options.nullValuesAbove;
            const areas = (address: string) => ({ load: () => { bytes += address.length; }, isNullObject: address === '', address });
            return {
              load: (properties: string[]) => cells.load(properties.filter((p): p is CellProperty => (p === 'values' && !overLimit) || p === 'formulas' || p === 'numberFormat')),
              get values() { return overLimit ? null : cells.values; },
              isNullObject: empty,
              rowIndex: snapshot?.origin.row ?? 0,
              columnIndex: snapshot?.origin.col ?? 0,
              rowCount: rows,
              columnCount: cols,
              getMergedAreasOrNullObject: () => mergedAreas(sheet, snapshot, usedArea, areas),
              // The smallest range holding both (here always with A1: from the sheet's corner).
              getBoundingRect: () => ({ getMergedAreasOrNullObject: () => mergedAreas(sheet, snapshot, { top: 0, left: 0, bottom: usedArea.bottom, right: usedArea.right }, areas) }),
              getSpecialCellsOrNullObject: () => areas(empty ? '' : formulaAddress(snapshot)),
            };
          },
          getRange: (address: string) => rangeProxy(sheet, address),
          tables: {
            load: () => undefined,
            get items() {
              return (options.tables ?? []).filter((t) => t.sheet === sheet).map((t) => ({
                name: t.name,
                getDataBodyRange: () => {
                  const { top, left, bottom, right } = bodyArea(t.body);
                  const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
                  return Object.assign(range, { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 });
                },
              }));
            },
          },
        }),
      },
      names: { load: () => undefined, items: options.names ?? [] },
      notes: {
        add: (address: string, value: string) => record({ op: 'note', address, value }),
        getItem: (address: string) => ({
          delete: () => record({ op: 'note-delete', address }),
          set content(value: string) { record({ op: 'note-content', address, value }); },
        }),
        getItemOrNullObject: (address: string) => {
          const content = options.notes?.[address];
          return {
            load: () => undefined,
            isNullObject: content === undefined,
            get content() { return content; },
            set content(value: string | undefined) { record({ op: 'note-content', address, value }); },
          };
        },
      },
      comments: {
        add: (address: string, value: string) => record({ op: 'comment', address, value }),
        getItemByCell: (address: string) => ({ delete: () => record({ op: 'comment-delete', address }) }),
      },
    },
    application: {
      suspendApiCalculationUntilNextSync: () => record({ op: 'suspend' }),
      calculate: (type: string) => record({ op: 'calculate', value: type }),
    },
    async sync() {
      context.syncs++;
      requests.push(bytes);
      const tooLarge = bytes > PAYLOAD_LIMIT;
      bytes = 0;
      if (tooLarge) {
        pending.splice(0);
        loads = [];
        throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: options.sizeErrorCode ?? 'ResponsePayloadSizeLimitExceeded' });
      }
      // A batch runs in order and stops at the first operation that fails; what ran before it stays.
      const ops = pending.splice(0);
      const queued = loads;
      loads = [];
      let failure: Fault | undefined;
      for (const [i, op] of ops.entries()) {
        failure = op.op === 'fail' ? op.value as Fault : options.failOn?.(op);
        if (failure) break;
        for (const load of queued) if (load.at === i) load.resolve();
        applied.push(op, ...autofill(op));
      }
      if (failure) throw Object.assign(new Error(failure.message ?? failure.code), { code: failure.code });
      for (const load of queued) if (load.at >= ops.length) load.resolve();
    },
  };
  return context;
}
