/**
 * Sheet snapshots: what a host reads from a workbook and hands to the engine.
 * Coordinates are 0-based and absolute (row 0, column 0 is A1).
 */

/** A cell in error (#REF!, #DIV/0!, #N/A, …). */
export type CellError = { error: string };

export type CellValue = string | number | boolean | null | CellError;

export type Area = { top: number; left: number; bottom: number; right: number };

export type SheetSnapshot = {
  name: string;
  /** Absolute position of `values[0][0]` (the used range's top-left). */
  origin: { row: number; col: number };
  /** Values of the used range, row by row. */
  values: CellValue[][];
  /** Formula text ("=SUM(B2:B9)") or null where the cell holds a typed value. */
  formulas?: (string | null)[][];
  /** Number format of each cell ("0.0%", "General"), when the host knows it. */
  numberFormats?: (string | null)[][];
  /** Merged areas, absolute. */
  merges?: Area[];
  /** Ranges the host did not read, and why (the checks say so: silence must mean "checked"). */
  unread?: UnreadRange[];
};

/**
 * A range a host left unread: data far from the tables it read (a stray value far right or far
 * down would make the sheet too large to read whole), or a sheet too large to read at all.
 */
export type UnreadRange = { range: string; reason: 'far' | 'large'; cells: number; limit: number };

export type WorkbookSnapshot = {
  /** File name or workbook title, for reports. */
  name?: string;
  sheets: SheetSnapshot[];
};

/**
 * A row of `width` blank cells. Every snapshot row is made here or by `rowOf`, whichever host reads
 * it: the engine's hot loops, compiled for one kind of array, slow down by half once a process has
 * seen rows of another kind (the task pane checks what Excel gives and what a fill leaves).
 *
 * @example
 * blankRow(3) // [null, null, null]
 */
export function blankRow<T>(width: number): (T | null)[] {
  return new Array<T | null>(width).fill(null);
}

/**
 * A snapshot row holding `cells` (each through `cell`), `width` cells wide (blank past `cells`).
 *
 * @example
 * rowOf(['x', 2], String, 3) // ['x', '2', null]
 */
export function rowOf<S, T>(cells: readonly S[], cell: (value: S) => T | null, width = cells.length): (T | null)[] {
  const row = blankRow<T>(width);
  for (let c = 0; c < cells.length && c < width; c++) row[c] = cell(cells[c]);
  return row;
}

/** How Excel shows an error value (#REF!, #DIV/0!, …) where it gives values as texts. */
export const ERROR_TEXT = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BLOCKED!|CONNECT!|BUSY!|FIELD!|UNKNOWN!)$/;

/**
 * The error a cell shows: an error value's, or a text that reads as one ("#REF!", " #N/A ").
 *
 * @example
 * errorOf({ error: '#REF!' }) === '#REF!'; errorOf(' #N/A ') === '#N/A'; errorOf('x') === null
 */
export function errorOf(value: CellValue): string | null {
  if (typeof value === 'string') return errorText(value);
  return isCellError(value) ? value.error : null;
}

/**
 * The error a text reads as, or null. Most texts are marks and names: they are ruled out by their
 * first character (an error text starts with "#" or a space), not searched.
 */
export function errorText(text: string): string | null {
  const first = text.charCodeAt(0);
  const maybe = first === HASH || first <= SPACE || first === NO_BREAK_SPACE || (first >= 0x1680 && /^\s/.test(text));
  if (!maybe || text.length === 0) return null;
  const trimmed = text.trim();
  return ERROR_TEXT.test(trimmed) ? trimmed : null;
}

const HASH = 35;
const SPACE = 32;
const NO_BREAK_SPACE = 160;

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}
