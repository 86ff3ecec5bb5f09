import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { fold } from '../text/fold';
import type { CellStyle, CellWrite, FillRole, SkippedCell, SkipReason } from './types';

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

/** Collects the writes and skips of one sheet, deciding cell by cell what may be written. */
export class SheetWrites {
  readonly writes: CellWrite[] = [];
  readonly skipped: SkippedCell[] = [];

  constructor(private readonly grid: Grid, private readonly overwrite: boolean) {}

  /**
   * Writes a formula or label into a cell: a blank cell always; a cell holding the same formula
   * or label never (the fill is idempotent); a typed value or another formula only with
   * `overwrite`, and then the old content goes with the write, to be kept in the cell's note.
   */
  put(target: Target): void {
    const { grid } = this;
    const write: CellWrite = { ...target, sheet: grid.name, cell: a1(target.row, target.col), style: target.style ?? (target.text !== undefined ? 'label' : 'computed') };
    const formula = grid.formula(target.row, target.col);
    const value = grid.value(target.row, target.col);
    if (formula !== null) {
      if (target.formula !== undefined && sameFormula(formula, target.formula)) return;
      this.replaceOrSkip(write, formula, 'user-formula');
      return;
    }
    if (grid.isBlank(target.row, target.col)) {
      this.writes.push(write);
      return;
    }
    if (target.text !== undefined && fold(value) === fold(target.text)) return;
    this.replaceOrSkip(write, value, 'typed-value');
  }

  /** True when a formula is to be written at the cell (or is there already): its value is then the computed one. */
  willWrite(row: number, col: number): boolean {
    if (this.writes.some((w) => w.row === row && w.col === col)) return true;
    return this.grid.formula(row, col) !== null && !this.skipped.some((s) => s.cell === a1(row, col));
  }

  /** The value a planned write will give a cell, if one is planned there. */
  plannedValue(row: number, col: number): number | undefined {
    const value = this.writes.find((w) => w.row === row && w.col === col)?.value;
    return typeof value === 'number' ? value : undefined;
  }

  skip(target: Pick<Target, 'row' | 'col' | 'role' | 'key'>, reason: SkipReason): void {
    this.skipped.push({ sheet: this.grid.name, cell: a1(target.row, target.col), role: target.role, key: target.key, reason, current: this.grid.value(target.row, target.col) ?? undefined });
  }

  private replaceOrSkip(write: CellWrite, current: CellWrite['replaces'], reason: SkipReason): void {
    if (this.overwrite) this.writes.push({ ...write, replaces: current });
    else this.skipped.push({ sheet: write.sheet, cell: write.cell, role: write.role, key: write.key, reason, current: current ?? undefined });
  }
}

/** Formulas compare equal whatever their case, spacing and absolute markers. */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) => f.replace(/^=/, '').replace(/\$/g, '').replace(/\s+/g, '').toUpperCase();
  return norm(a) === norm(b);
}

/** True when a cell holds a number typed as text ("05", "652,8"): formulas would not count it. */
export function isTextNumber(grid: Grid, row: number, col: number): boolean {
  const value = grid.value(row, col);
  return typeof value === 'string' && value.trim() !== '' && grid.number(row, col) !== null;
}

export const FORMAT = { count: '0', share: '0.0%', shareUnits: '0.0', average: '0.0', amount: '#,##0.0' } as const;
