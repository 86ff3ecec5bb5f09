import { fold } from '../text/fold';
import { parseVietnameseNumber } from '../text/numbers';
import { isCellError, type Area, type CellValue, type SheetSnapshot } from './snapshot';
import { scanSheet, type SheetScan } from './scan';

/**
 * Read access to a snapshot by absolute coordinates, aware of merged areas, with folded texts
 * cached: the one place the engine touches raw cells.
 */
export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly snapshot: SheetSnapshot;
  /**
   * The snapshot's cells, held by the grid itself: hosts build snapshots of different shapes (a file,
   * Office.js, a generated workbook), and the hot accessors then read one shape only.
   */
  private readonly values: readonly (readonly CellValue[])[];
  private readonly formulas: readonly (readonly (string | null)[] | null | undefined)[] | undefined;
  private readonly formats: readonly (readonly (string | null)[] | null | undefined)[] | undefined;
  private readonly originRow: number;
  private readonly originCol: number;
  private readonly mergeOwner: Map<number, Area>;
  /** Rows some merged area covers, from row `mergedFrom` (a row of no merge reads its values directly). */
  private readonly mergedRows: Uint8Array;
  private readonly mergedFrom: number;
  private rowList?: number[];
  /** Folded texts by column then row, filled as they are asked for (recognisers ask for the same cells many times). */
  private readonly texts: string[][] = [];
  private colList?: number[];
  private scanned?: SheetScan;

  /**
   * `window`: the columns a table side by side with another owns — the same cells, read only between
   * `left` and `right` (see `window()`).
   */
  constructor(snapshot: SheetSnapshot, window?: { left: number; right: number; parent: Grid }) {
    this.snapshot = snapshot;
    this.values = snapshot.values;
    this.formulas = snapshot.formulas ?? undefined;
    this.formats = snapshot.numberFormats ?? undefined;
    this.name = snapshot.name;
    this.originRow = snapshot.origin.row;
    this.originCol = snapshot.origin.col;
    this.top = snapshot.origin.row;
    const width = snapshot.values.reduce((max, row) => Math.max(max, row.length), 0);
    this.bottom = this.top + snapshot.values.length - 1;
    this.left = window?.left ?? this.originCol;
    this.right = window?.right ?? this.originCol + width - 1;
    if (window) {
      this.mergeOwner = window.parent.mergeOwner;
      this.mergedRows = window.parent.mergedRows;
      this.mergedFrom = window.parent.mergedFrom;
      this.scanned = window.parent.scan();
      return;
    }
    this.mergeOwner = new Map();
    const merges = snapshot.merges ?? [];
    // Merged areas may reach past the used range's rows.
    this.mergedFrom = merges.reduce((min, area) => Math.min(min, area.top), this.top);
    const last = merges.reduce((max, area) => Math.max(max, area.bottom), this.bottom);
    this.mergedRows = new Uint8Array(Math.max(0, last - this.mergedFrom + 1));
    for (const area of merges) {
      for (let r = area.top; r <= area.bottom; r++) {
        this.mergedRows[r - this.mergedFrom] = 1;
        for (let c = area.left; c <= area.right; c++) this.mergeOwner.set(this.key(r, c), area);
      }
    }
  }

  /**
   * The same sheet seen between two columns: a table side by side with another is read in its own
   * columns. Cells keep their absolute coordinates.
   *
   * @example
   * grid.window(6, 10).cols() // [6, 7, 8, 9, 10]
   */
  window(left: number, right: number): Grid {
    return new Grid(this.snapshot, { left: Math.max(left, this.originCol), right, parent: this });
  }

  /** True for a grid seen between two columns of its sheet. */
  get windowed(): boolean {
    const width = this.snapshot.values.reduce((max, row) => Math.max(max, row.length), 0);
    return this.left !== this.originCol || this.right !== this.originCol + width - 1;
  }

  private key(row: number, col: number): number {
    return row * 20000 + col;
  }

  /** The raw value at an absolute cell (null outside the used range). */
  value(row: number, col: number): CellValue {
    return this.values[row - this.originRow]?.[col - this.originCol] ?? null;
  }

  /** The value shown at a cell, taking a merged area's value from its top-left cell. */
  shown(row: number, col: number): CellValue {
    if (this.mergedRows[row - this.mergedFrom] !== 1) return this.value(row, col);
    const area = this.mergeOwner.get(this.key(row, col));
    return area ? this.value(area.top, area.left) : this.value(row, col);
  }

  /** The column of a row's first value in `rowValues` (the used range's first column, windowed or not). */
  get valuesLeft(): number {
    return this.originCol;
  }

  /** True when some merged area covers a row (its shown values may come from another row). */
  merged(row: number): boolean {
    return this.mergedRows[row - this.mergedFrom] === 1;
  }

  /** The merged area a cell belongs to, if any. */
  mergeOf(row: number, col: number): Area | undefined {
    return this.mergedRows[row - this.mergedFrom] === 1 ? this.mergeOwner.get(this.key(row, col)) : undefined;
  }

  formula(row: number, col: number): string | null {
    return this.formulas?.[row - this.originRow]?.[col - this.originCol] ?? null;
  }

  numberFormat(row: number, col: number): string | null {
    return this.formats?.[row - this.originRow]?.[col - this.originCol] ?? null;
  }

  /** Folded text of the shown value ('' for blanks, numbers as typed); fold caches by text. */
  text(row: number, col: number): string {
    const r = row - this.originRow;
    const c = col - this.originCol;
    if (r < 0 || c < 0 || r >= this.values.length || col > this.right) return this.foldedAt(row, col);
    // By column: the recognisers read a few label columns of every row, rarely a whole row.
    const texts = (this.texts[c] ??= []);
    return (texts[r] ??= this.foldedAt(row, col));
  }

  private foldedAt(row: number, col: number): string {
    const value = this.shown(row, col);
    return value === null || isCellError(value) ? '' : fold(value);
  }

  /** The shown value as a string, untouched ('' for blanks and errors). */
  raw(row: number, col: number): string {
    const value = this.shown(row, col);
    return value === null || isCellError(value) ? '' : String(value);
  }

  isBlank(row: number, col: number): boolean {
    const value = this.value(row, col);
    return value === null || (typeof value === 'string' && value.trim() === '');
  }

  /** A numeric reading of a cell: numbers as they are, texts parsed the Vietnamese way. */
  number(row: number, col: number): number | null {
    const value = this.value(row, col);
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value === 'string') return parseVietnameseNumber(value)?.value ?? null;
    return null;
  }

  /** The absolute rows of the used range, top to bottom (one array per grid). */
  rows(): readonly number[] {
    return (this.rowList ??= range(this.top, this.bottom));
  }

  /** The absolute columns of the used range, left to right (one array per grid). */
  cols(): readonly number[] {
    return (this.colList ??= range(this.left, this.right));
  }

  /** The sheet's one full pass over every cell (fingerprint, long texts, errors), made when first asked. */
  scan(): SheetScan {
    return (this.scanned ??= scanSheet(this.snapshot));
  }

  /**
   * How many cells of a whole row (every column, whatever the window) hold a number or a text with a
   * digit: only those may read as a number written in digits. From the sheet's one full pass.
   */
  digitCellsIn(row: number): number {
    return this.scan().digitCells[row - this.originRow] ?? 0;
  }

  /** The raw values of a row of the used range, from column `valuesLeft` (empty outside it). */
  rowValues(row: number): readonly CellValue[] {
    return this.values[row - this.originRow] ?? [];
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
