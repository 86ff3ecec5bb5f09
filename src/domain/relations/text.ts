import { a1 } from '../sheet/address';
import { roundTo } from '../sheet/stated';
import type { At } from './types';

/** Numbers of a computation, marked for the message to show in the reader's language. */
export const n = (value: number): string => `{${roundTo(value, 6)}}`;

/** A cell's address. */
export const cellText = (c: At): string => a1(c.row, c.col);

/** Cells as a formula would name them: "C5:C9" when contiguous, else listed ("C5 + … + C9"). */
export function rangeText(cells: readonly At[], wrap = (range: string) => range): string {
  if (cells.length === 0) return '∅';
  const sameCol = cells.every((c) => c.col === cells[0].col);
  const sameRow = cells.every((c) => c.row === cells[0].row);
  const first = a1(cells[0].row, cells[0].col);
  const last = a1(cells[cells.length - 1].row, cells[cells.length - 1].col);
  const contiguous = sameCol ? cells.every((c, i) => i === 0 || c.row === cells[i - 1].row + 1) : sameRow && cells.every((c, i) => i === 0 || c.col === cells[i - 1].col + 1);
  if (contiguous && cells.length > 1) return wrap(`${first}:${last}`);
  return cells.length > 4 ? `${first} + … + ${last}` : cells.map((c) => a1(c.row, c.col)).join(' + ');
}
