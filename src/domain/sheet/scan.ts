import { blankRow, errorText, isCellError, type CellValue, type SheetSnapshot } from './snapshot';

/** A cell by 0-based absolute coordinates. */
export type CellAt = { row: number; col: number };

/** What one pass over every cell of a sheet finds. */
export type SheetScan = {
  /** See `fingerprint`. */
  fingerprint: string;
  /** Cells holding a text long enough to be a label (marks and numbers are not), row by row. */
  longTexts: CellAt[];
  /** Cells showing an error (#REF!, #N/A …), as an error value or as its text. */
  errors: (CellAt & { error: string })[];
  /**
   * Per row of the snapshot: its cells that may read as a number written in digits (numbers, and
   * texts with an ASCII digit in them). Only these can repeat a header cell "1", "2" … typed again.
   */
  digitCells: Uint16Array;
};

/** Texts at least this long may be labels ("Tổng số xã", "Bình quân …"); marks and names are shorter. */
export const LONG_TEXT = 8;

/**
 * Called on each text rather than looked up on it: texts reach the pass in many internal forms (from a
 * file, from Excel, typed in code), and looking the method up on each would compile to a slow generic read.
 */
const charCodeAt = String.prototype.charCodeAt;

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;
/** Spreads a column's number over the word its content is mixed with. */
const COLUMN = 0x9e3779b1;
/** Texts up to this length are mixed in character by character, after their kind and length: quicker than looking them up. */
const SHORT_TEXT = 24;

function mix(hash: number, n: number): number {
  return Math.imul(hash ^ n, PRIME) >>> 0;
}

const NUMBER = new Float64Array(1);
const NUMBER_WORDS = new Uint32Array(NUMBER.buffer);

function mixNumber(hash: number, value: number): number {
  NUMBER[0] = value;
  return mix(mix(hash, NUMBER_WORDS[0]), NUMBER_WORDS[1]);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function hashText(text: string): number {
  let hash = OFFSET;
  for (let i = 0; i < text.length; i++) hash = mix(hash, charCodeAt.call(text, i));
  return hash;
}

/**
 * Reads every cell of a sheet once (the engine's one full pass): its fingerprint, its long texts and
 * its errors. Each row mixes its index into the fingerprint, each cell its column, kind and content;
 * long texts are hashed once per distinct text.
 *
 * @example
 * scanSheet(snapshot).errors // [{ row: 4, col: 3, error: '#REF!' }]
 */
export function scanSheet(sheet: SheetSnapshot): SheetScan {
  return scanCells(sheet.values, sheet.formulas, sheet.origin.row, sheet.origin.col);
}

/**
 * The pass itself, given the cells rather than the snapshot (hosts build snapshot objects of
 * different shapes). A sheet without formulas is read against one blank row, so that every sheet
 * takes the same path: compiled for one shape, the loop slows down by half once it meets another.
 */
function scanCells(values: readonly (readonly CellValue[])[], formulas: SheetSnapshot['formulas'], originRow: number, originCol: number): SheetScan {
  const hashes = new Map<string, number>();
  const longHash = (text: string): number => {
    let textHash = hashes.get(text);
    if (textHash === undefined) hashes.set(text, (textHash = hashText(text)));
    return textHash;
  };
  const longTexts: CellAt[] = [];
  const errors: SheetScan['errors'] = [];
  const digitCells = new Uint16Array(values.length);
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  const blank = blankRow<string>(width);
  const formulaRows = formulas ?? Array.from({ length: values.length }, () => blank);
  let hash = mix(mix(OFFSET, originRow), originCol);
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const formulaRow = formulaRows[r] ?? blank;
    hash = mix(hash, r);
    let digits = 0;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      const formula = formulaRow[c];
      if (value === null && !formula) continue;
      // The column and what the cell holds, mixed in one step.
      const place = Math.imul(c + 1, COLUMN);
      if (formula) hash = mix(mix(hash, place ^ 5), longHash(formula));
      if (typeof value === 'string') {
        const length = value.length;
        hash = mix(hash, place ^ (length * 8 + 1));
        if (length <= SHORT_TEXT) {
          // Two UTF-16 units per step.
          let digit = false;
          for (let i = 0; i < length; i += 2) {
            const pair = charCodeAt.call(value, i) | ((i + 1 < length ? charCodeAt.call(value, i + 1) : 0) << 16);
            hash = mix(hash, pair);
            digit ||= isDigit(pair & 0xffff) || isDigit(pair >>> 16);
          }
          if (digit) digits++;
        } else {
          hash = mix(hash, longHash(value));
          digits++;
        }
        if (length >= LONG_TEXT) longTexts.push({ row: originRow + r, col: originCol + c });
        // Only a text that begins with "#" or a space may show an error: the others are not asked.
        // An empty text is not asked for its first character (reading past its end slows the whole loop).
        const first = length === 0 ? 0 : charCodeAt.call(value, 0);
        if (length > 0 && (first === 35 || first <= 32 || first === 160 || first >= 0x1680)) {
          const error = errorText(value);
          if (error) errors.push({ row: originRow + r, col: originCol + c, error });
        }
      } else if (typeof value === 'number') {
        // Whole numbers (counts, amounts) in one step; others by their 64 bits.
        hash = (value | 0) === value ? mix(mix(hash, place ^ 6), value) : mixNumber(mix(hash, place ^ 2), value);
        digits++;
      } else if (isCellError(value)) {
        hash = mix(mix(hash, place ^ 3), longHash(value.error));
        errors.push({ row: originRow + r, col: originCol + c, error: value.error });
      } else if (value !== null) {
        hash = mix(hash, place ^ (value ? 4 : 12));
      } else {
        hash = mix(hash, place ^ 7);
      }
    }
    digitCells[r] = Math.min(digits, 0xffff);
  }
  return { fingerprint: hash.toString(16).padStart(8, '0'), longTexts, errors, digitCells };
}
