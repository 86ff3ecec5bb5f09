import { isNilText } from '../sheet/stated';
import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { fold } from '../text/fold';
import { formulaAtRow, rowFormula } from './cells';
import type { CellStyle, CellWrite, ColumnWrite, FillRole, SkippedCell, SkipReason } from './types';

/** A cell the fill wants to hold a formula or a label. */
export type Target = {
  row: number;
  col: number;
  role: FillRole;
  key?: string;
  formula?: string;
  text?: string;
  numberFormat?: string;
  style?: CellStyle;
  value?: number | string;
};

/** A formula down a column, one cell per item: built from each row's 1-based number. */
export type ColumnTarget = {
  col: number;
  role: FillRole;
  formula: (rowNumber: string) => string;
  numberFormat?: string;
  style?: CellStyle;
};

/** Collects the writes and skips of one sheet, deciding cell by cell what may be written. */
export class SheetWrites {
  readonly writes: CellWrite[] = [];
  readonly columns: ColumnWrite[] = [];
  readonly skipped: SkippedCell[] = [];
  /** Writes by cell, built the first time a filler asks (assignment sheets never do). */
  private byCell?: Map<number, Pick<CellWrite, 'value'>>;
  private readonly skippedAt = new Set<number>();

  constructor(private readonly grid: Grid, private readonly overwrite: boolean) {}

  /**
   * Writes a formula or label into a cell: a blank cell always; a cell holding the same formula
   * or label never (the fill is idempotent); a typed value or another formula only with
   * `overwrite`, and then the old content goes with the write, to be kept in the cell's note.
   */
  put(target: Target): void {
    const { grid } = this;
    const { row, col } = target;
    if (this.insideMerge(row, col)) return this.skip(target, 'merged');
    const formula = grid.formula(row, col);
    if (formula !== null) {
      if (target.formula === undefined || !sameFormula(formula, target.formula)) this.replaceOrSkip(target, formula, 'user-formula');
      return;
    }
    if (grid.isBlank(row, col)) {
      this.add(target);
      return;
    }
    const value = grid.value(row, col);
    if (target.text !== undefined && fold(value) === fold(target.text)) return;
    this.replaceOrSkip(target, value, 'typed-value');
  }

  /**
   * Writes a formula down a column, one cell per item (a commune's row): the blank cells become one
   * ColumnWrite; every other cell is decided as `put` decides it.
   */
  putColumn<T extends { row: number }>(target: ColumnTarget, items: readonly T[], keyOf: (item: T) => string, valueOf: (item: T) => number | string | undefined): void {
    const { grid } = this;
    const { col, role, numberFormat } = target;
    const parts = rowFormula(target.formula);
    // Sized once for every item (a national sheet's column holds thousands), cut to the cells kept.
    const rows = new Array<number>(items.length);
    const keys = new Array<string>(items.length);
    const values = new Array<number | string | undefined>(items.length);
    let kept = 0;
    for (const item of items) {
      const { row } = item;
      if (parts && grid.formula(row, col) === null && grid.isBlank(row, col) && !this.insideMerge(row, col)) {
        rows[kept] = row;
        keys[kept] = keyOf(item);
        values[kept] = valueOf(item);
        kept++;
      } else {
        const formula = parts ? formulaAtRow(parts, row) : target.formula(String(row + 1));
        this.put({ row, col, role, key: keyOf(item), formula, value: valueOf(item), numberFormat, style: target.style });
      }
    }
    if (kept === 0) return;
    rows.length = kept;
    keys.length = kept;
    values.length = kept;
    const column: ColumnWrite = { sheet: grid.name, col, rows, role, keys, rowFormula: parts ?? [], values, numberFormat, style: target.style ?? 'computed' };
    this.columns.push(column);
    if (this.byCell) this.index(column);
  }

  /** A cell of a merged area other than its top-left: Excel shows and keeps only the top-left's content. */
  private insideMerge(row: number, col: number): boolean {
    const area = this.grid.mergeOf(row, col);
    return area !== undefined && (area.top !== row || area.left !== col);
  }

  /** True when a formula is to be written at the cell (or is there already): its value is then the computed one. */
  willWrite(row: number, col: number): boolean {
    const key = cellKey(row, col);
    return this.written().has(key) || (this.grid.formula(row, col) !== null && !this.skippedAt.has(key));
  }

  /** The value a planned write will give a cell, if one is planned there. */
  plannedValue(row: number, col: number): number | undefined {
    const value = this.written().get(cellKey(row, col))?.value;
    return typeof value === 'number' ? value : undefined;
  }

  /** Why a cell was skipped, if it was. */
  skippedFor(row: number, col: number): SkipReason | undefined {
    if (!this.skippedAt.has(cellKey(row, col))) return undefined;
    const cell = a1(row, col);
    return this.skipped.find((s) => s.cell === cell)?.reason;
  }

  skip(target: Pick<Target, 'row' | 'col' | 'role' | 'key'>, reason: SkipReason, current: CellWrite['replaces'] = this.grid.value(target.row, target.col)): void {
    this.skippedAt.add(cellKey(target.row, target.col));
    this.skipped.push({ sheet: this.grid.name, cell: a1(target.row, target.col), role: target.role, key: target.key, reason, current: current ?? undefined });
  }

  private add(target: Target, replaces?: CellWrite['replaces']): void {
    const write: CellWrite = {
      sheet: this.grid.name, row: target.row, col: target.col, cell: a1(target.row, target.col), role: target.role, key: target.key,
      formula: target.formula, text: target.text, numberFormat: target.numberFormat,
      style: target.style ?? (target.text !== undefined ? 'label' : 'computed'), value: target.value, replaces,
    };
    this.byCell?.set(cellKey(target.row, target.col), write);
    this.writes.push(write);
  }

  private written(): Map<number, Pick<CellWrite, 'value'>> {
    if (!this.byCell) {
      this.byCell = new Map(this.writes.map((w) => [cellKey(w.row, w.col), w]));
      for (const column of this.columns) this.index(column);
    }
    return this.byCell;
  }

  private index(column: ColumnWrite): void {
    column.rows.forEach((row, i) => this.byCell!.set(cellKey(row, column.col), { value: column.values[i] }));
  }

  private replaceOrSkip(target: Target, current: CellWrite['replaces'], reason: SkipReason): void {
    if (this.overwrite) this.add(target, current);
    else this.skip(target, reason, current);
  }
}

function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

/** Formulas compare equal whatever their case, spacing and absolute markers. */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) => f.replace(/^=/, '').replace(/\$/g, '').replace(/\s+/g, '').toUpperCase();
  return norm(a) === norm(b);
}

/** True when a cell holds a number typed as text ("05", "652,8"): formulas would not count it. */
export function isTextNumber(grid: Grid, row: number, col: number): boolean {
  const value = grid.value(row, col);
  return typeof value === 'string' && value.trim() !== '' && (grid.number(row, col) !== null || isNilText(value));
}

export const FORMAT = { count: '0', share: '0.0%', shareUnits: '0.0', average: '0.0', amount: '#,##0.0' } as const;
