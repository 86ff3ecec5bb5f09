import { a1, columnLetters } from '../sheet/address';

/**
 * A cell reference for a formula, absolute when asked.
 *
 * @example
 * ref(3, 1) === 'B4'; ref(3, 1, true) === '$B$4'
 */
export function ref(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetters(col)}$${row + 1}` : a1(row, col);
}

/**
 * A range reference.
 *
 * @example
 * rangeRef(5, 2, 17, 20) === 'C6:U18'
 */
export function rangeRef(top: number, left: number, bottom: number, right: number, absolute = false): string {
  return `${ref(top, left, absolute)}:${ref(bottom, right, absolute)}`;
}

/**
 * A sheet name as formulas need it: quoted, inner quotes doubled.
 *
 * @example
 * sheetRef("Giao chỉ tiêu") === "'Giao chỉ tiêu'"; sheetRef("O'Neil") === "'O''Neil'"
 */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
