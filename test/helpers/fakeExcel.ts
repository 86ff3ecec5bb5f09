/**
 * A recording stand-in for an Excel request context, for host code that writes: every queued
 * operation is logged and becomes visible only at `sync()`, which the tests count.
 */
import { isCellError, type SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { a1 } from '../../src/domain/sheet/address';

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
};

/** A counting stand-in for Excel (see `FakeExcelOptions` for the failures it can be asked to raise). */
export function fakeExcel(options: FakeExcelOptions = {}) {
  const pending: Operation[] = [];
  const applied: Operation[] = [];
  /** Bytes of each request (what a sync sends and what it brings back), as JSON. */
  const requests: number[] = [];
  let bytes = 0;
  const record = (op: Operation) => {
    pending.push(op);
    bytes += JSON.stringify(op).length;
  };
  const snapshotOf = (sheet: string) => options.sheets?.find((s) => s.name === sheet);
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
        if (compute) for (const p of [properties].flat()) bytes += JSON.stringify(read()[p]).length;
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
    const meets = (m: { top: number; left: number; bottom: number; right: number }) => !within || (m.top <= within.bottom && m.bottom >= within.top && m.left <= within.right && m.right >= within.left);
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
              getMergedAreasOrNullObject: () => mergedAreas(sheet, snapshot, undefined, areas),
              getSpecialCellsOrNullObject: () => areas(empty ? '' : formulaAddress(snapshot)),
            };
          },
          getRange: (address: string) => rangeProxy(sheet, address),
        }),
      },
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
        throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: options.sizeErrorCode ?? 'ResponsePayloadSizeLimitExceeded' });
      }
      // A batch runs in order and stops at the first operation that fails; what ran before it stays.
      for (const [i, op] of pending.entries()) {
        const fault = op.op === 'fail' ? op.value as Fault : options.failOn?.(op);
        if (!fault) continue;
        applied.push(...pending.slice(0, i));
        pending.splice(0);
        throw Object.assign(new Error(fault.message ?? fault.code), { code: fault.code });
      }
      applied.push(...pending.splice(0));
    },
  };
  return context;
}
