/**
 * A recording stand-in for an Excel request context, for host code that writes: every queued
 * operation is logged and becomes visible only at `sync()`, which the tests count.
 */
import { isCellError, type SheetSnapshot } from '../../src/domain/sheet/snapshot';

export type Operation = { op: string; sheet?: string; address?: string; value?: unknown };

function cellsOf(snapshot: SheetSnapshot | undefined, row: number, col: number, rows: number, cols: number) {
  const at = (r: number, c: number) => snapshot?.values[r - snapshot.origin.row]?.[c - snapshot.origin.col] ?? null;
  const formulaAt = (r: number, c: number) => snapshot?.formulas?.[r - snapshot.origin.row]?.[c - snapshot.origin.col] ?? null;
  const grid = <T>(f: (r: number, c: number) => T) => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(row + i, col + j)));
  return {
    values: grid((r, c) => { const v = at(r, c); return v === null ? '' : isCellError(v) ? v.error : v; }),
    formulas: grid((r, c) => { const v = at(r, c); return formulaAt(r, c) ?? (v === null ? '' : isCellError(v) ? v.error : v); }),
    numberFormat: grid(() => 'General'),
    valueTypes: grid((r, c) => { const v = at(r, c); return v === null ? 'Empty' : isCellError(v) ? 'Error' : typeof v === 'number' ? 'Double' : 'String'; }),
  };
}

type Protection = { protected: boolean };

export function fakeExcel(options: { protectedSheets?: string[]; notes?: Record<string, string>; sheets?: readonly SheetSnapshot[] } = {}) {
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
      load: () => {
        if (compute) bytes += JSON.stringify(read()).length;
      },
      get formulas() { return read().formulas; },
      set formulas(value: unknown) { record({ op: 'formulas', sheet, address, value }); },
      get values() { return read().values; },
      set values(value: unknown) { record({ op: 'values', sheet, address, value }); },
      get numberFormat() { return read().numberFormat; },
      set numberFormat(value: unknown) { record({ op: 'numberFormat', sheet, address, value }); },
      get valueTypes() { return read().valueTypes; },
      format,
      merge: () => record({ op: 'merge', sheet, address }),
    };
  };
  const sheetObject = (sheet: string) => context.workbook.worksheets.getItem(sheet);
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
          getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => rangeProxy(sheet, `R${row}C${col}:${rows}x${cols}`, () => cellsOf(snapshotOf(sheet), row, col, rows, cols)),
          getUsedRangeOrNullObject: () => {
            const snapshot = snapshotOf(sheet);
            return {
              load: () => undefined,
              isNullObject: !snapshot || snapshot.values.length === 0,
              rowIndex: snapshot?.origin.row ?? 0,
              columnIndex: snapshot?.origin.col ?? 0,
              rowCount: snapshot?.values.length ?? 0,
              columnCount: snapshot?.values[0]?.length ?? 0,
              getMergedAreasOrNullObject: () => ({ load: () => undefined, isNullObject: true, address: '' }),
            };
          },
          getRange: (address: string) => rangeProxy(sheet, address),
        }),
      },
      notes: {
        add: (address: string, value: string) => record({ op: 'note', address, value }),
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
      comments: { add: (address: string, value: string) => record({ op: 'comment', address, value }) },
    },
    application: { suspendApiCalculationUntilNextSync: () => record({ op: 'suspend' }) },
    async sync() {
      context.syncs++;
      requests.push(bytes);
      bytes = 0;
      applied.push(...pending.splice(0));
    },
  };
  return context;
}
