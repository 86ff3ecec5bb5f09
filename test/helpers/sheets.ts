import { parseA1 } from '../../src/domain/sheet/address';
import { blankRow, rowOf, type Area, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../src/domain/sheet/snapshot';

/** 0-based coordinates of an A1 address, for fixtures (after HyperFormula's `adr`). */
export function adr(address: string): { row: number; col: number } {
  const parsed = parseA1(address);
  if (!parsed) throw new Error(`not an A1 address: ${address}`);
  return parsed;
}

/** A merged area from an A1 range ("C3:U3"). */
export function merge(range: string): Area {
  const [from, to] = range.split(':').map(adr);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

export type SheetOptions = {
  origin?: string;
  merges?: string[];
  /** Number formats by A1 address. */
  formats?: Record<string, string>;
  /** Formulas by A1 address (the value in `rows` is then the formula's result). */
  formulas?: Record<string, string>;
};

/** A snapshot from an inline 2-D grid: `rows[0][0]` stands at `origin` (A1 by default). */
export function sheet(name: string, rows: CellValue[][], options: SheetOptions = {}): SheetSnapshot {
  const origin = adr(options.origin ?? 'A1');
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const values = rows.map((row) => rowOf(row, (cell) => (cell === undefined ? null : cell), width));
  const grid = <T>(entries: Record<string, T> | undefined): (T | null)[][] | undefined => {
    if (!entries) return undefined;
    const out = values.map((row) => blankRow<T>(row.length));
    for (const [address, entry] of Object.entries(entries)) {
      const at = adr(address);
      out[at.row - origin.row][at.col - origin.col] = entry;
    }
    return out;
  };
  return {
    name,
    origin,
    values,
    formulas: grid(options.formulas),
    numberFormats: grid(options.formats),
    merges: (options.merges ?? []).map(merge),
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name: 'test.xlsx', sheets };
}

/** A sheet's first view as the tests of one table per sheet look at it: its kind ('unknown' when none) and model. */
export function primary(reading: { views: readonly { kind: string; model: unknown }[] }): { kind: string; model?: unknown } {
  const view = reading.views[0];
  return view ? { kind: view.kind, model: view.model } : { kind: 'unknown' };
}
