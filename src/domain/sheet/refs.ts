import { a1, columnLetters } from './address';

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

/**
 * References to cells as few ranges as they allow (consecutive cells of a row or a column joined).
 *
 * @example
 * refsOf([{ row: 4, col: 2 }, { row: 5, col: 2 }, { row: 8, col: 2 }]) // ['C5:C6', 'C9']
 */
export function refsOf(cells: readonly { row: number; col: number }[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= cells.length; i++) {
    const prev = cells[i - 1];
    const here = cells[i];
    const joins = here && ((here.col === prev.col && here.row === prev.row + 1) || (here.row === prev.row && here.col === prev.col + 1));
    if (joins && (i - start < 2 || (cells[start].col === cells[start + 1].col) === (here.col === prev.col))) continue;
    out.push(i - 1 === start ? ref(cells[start].row, cells[start].col) : rangeRef(cells[start].row, cells[start].col, prev.row, prev.col));
    start = i;
  }
  return out;
}

/** A COUNTIF criterion literal: a number as it is, a text quoted with inner quotes doubled. */
function criterion(mark: string | number): string {
  return typeof mark === 'number' ? String(mark) : `"${mark.replace(/"/g, '""')}"`;
}

/**
 * Counts the cells of a range holding any of the marks (COUNTIF ignores case).
 *
 * @example
 * countMarks('C6:U6', ['x']) === '=COUNTIF(C6:U6,"x")'
 * countMarks('C6:U6', ['KH', 2025]) === '=COUNTIF(C6:U6,"KH")+COUNTIF(C6:U6,2025)'
 */
export function countMarks(range: string, marks: readonly (string | number)[]): string {
  if (marks.length === 0) return '=0';
  let around = COUNT_AROUND.get(marks);
  if (!around) {
    around = ['=COUNTIF('];
    marks.forEach((mark, i) => around!.push(`,${criterion(mark)})${i < marks.length - 1 ? '+COUNTIF(' : ''}`));
    COUNT_AROUND.set(marks, around);
  }
  return around.join(range);
}

// A sheet counts the same marks in every commune's row: the text around each mention of the range
// is made once, and each formula is one joined (flat) string, not a chain of concatenations.
const COUNT_AROUND = new WeakMap<readonly (string | number)[], string[]>();
