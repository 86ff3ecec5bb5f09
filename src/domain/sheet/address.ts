/** A1 addressing for 0-based absolute coordinates. */

/**
 * Column letters of a 0-based column index.
 *
 * @example
 * columnLetters(0) === 'A'; columnLetters(27) === 'AB'
 */
export function columnLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  if (col >= 0 && col < 16384) LETTERS[col] = letters;
  return letters;
}

// Plans address the same columns thousands of times.
const LETTERS: string[] = [];

/**
 * A1 address of a 0-based absolute cell.
 *
 * @example
 * a1(3, 1) === 'B4'
 */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * 0-based coordinates of an A1 address; null when it is not one.
 *
 * @example
 * parseA1('B4') // { row: 3, col: 1 }
 */
export function parseA1(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

