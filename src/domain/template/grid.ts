import { blankRow, type Area, type CellValue, type SheetSnapshot } from '../sheet/snapshot';

/** Builds a sheet cell by cell (0-based), for templates. */
export class SheetBuilder {
  private readonly cells = new Map<string, { value: CellValue; formula?: string }>();
  private readonly merges: Area[] = [];
  private rows = 0;
  private cols = 0;

  constructor(readonly name: string) {}

  set(row: number, col: number, value: CellValue, formula?: string): this {
    this.cells.set(`${row},${col}`, { value, formula });
    this.rows = Math.max(this.rows, row + 1);
    this.cols = Math.max(this.cols, col + 1);
    return this;
  }

  row(row: number, values: readonly CellValue[], from = 0): this {
    values.forEach((value, i) => { if (value !== null && value !== undefined) this.set(row, from + i, value); });
    return this;
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    this.merges.push({ top, left, bottom, right });
    return this;
  }

  /** Makes sure the used range reaches a cell (blank inputs at the edge). */
  reach(row: number, col: number): this {
    this.rows = Math.max(this.rows, row + 1);
    this.cols = Math.max(this.cols, col + 1);
    return this;
  }

  snapshot(): SheetSnapshot {
    const values: CellValue[][] = Array.from({ length: this.rows }, () => blankRow(this.cols));
    const formulas: (string | null)[][] = Array.from({ length: this.rows }, () => blankRow(this.cols));
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(',').map(Number);
      values[r][c] = cell.value;
      formulas[r][c] = cell.formula ?? null;
    }
    return { name: this.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats: values.map((row) => blankRow(row.length)), merges: this.merges };
  }
}
