import type { Grid } from '../sheet/grid';
import { formatPrecision, readStated } from '../sheet/stated';
import { typedDecimals } from '../text/numbers';
import type { At } from './types';

/** The key of a cell in an overlay. */
export const cellKey = (row: number, col: number): number => row * 16384 + col;

/**
 * Reads the numbers of a relation's cells for one evaluation: the sheet's values, or what a cell will
 * hold once other relations are written (`overlay`, when the fill computes in dependency order).
 * `decimals` holds the digits shown by the cell read last: the sums of a national table read tens of
 * thousands of cells, and a record per cell is what they would cost.
 */
export class CellReader {
  /** Digits shown by the cell `value` read last. */
  decimals = 0;

  constructor(readonly grid: Grid, private readonly overlay?: ReadonlyMap<number, number>) {}

  /**
   * The number a cell states (NaN when none); "-" and "không có" are 0.
   *
   * @example
   * new CellReader(grid).value({ row: 4, col: 2 }) // 12
   */
  value(cell: At): number {
    const planned = this.overlay?.get(cellKey(cell.row, cell.col));
    if (planned !== undefined) { this.decimals = 6; return planned; }
    const value = this.grid.value(cell.row, cell.col);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return NaN;
      const format = formatPrecision(this.grid.numberFormat(cell.row, cell.col));
      this.decimals = format ? format.decimals + (format.percent ? 2 : 0) : typedDecimals(value);
      return value;
    }
    if (typeof value !== 'string') return NaN;
    const read = readStated(this.grid, cell.row, cell.col);
    if (!read) return NaN;
    this.decimals = read.decimals;
    return read.value;
  }
}
