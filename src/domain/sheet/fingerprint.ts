import { isCellError, type SheetSnapshot } from './snapshot';

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function mix(hash: number, n: number): number {
  return Math.imul(hash ^ n, PRIME) >>> 0;
}

const NUMBER = new Float64Array(1);
const NUMBER_WORDS = new Uint32Array(NUMBER.buffer);

function mixNumber(hash: number, value: number): number {
  NUMBER[0] = value;
  return mix(mix(hash, NUMBER_WORDS[0]), NUMBER_WORDS[1]);
}

function hashText(text: string): number {
  let hash = OFFSET;
  for (let i = 0; i < text.length; i++) hash = mix(hash, text.charCodeAt(i));
  return hash;
}

/**
 * A fingerprint of what a sheet holds (values and formulas, where they stand): a plan made from one
 * snapshot is refused if the sheet's fingerprint has changed since (the user typed while the pane worked).
 * Each distinct text is hashed once; cells mix their position, kind and that hash.
 *
 * @example
 * fingerprint(sheetBefore) === fingerprint(sheetAfter) // false when any cell changed
 */
export function fingerprint(sheet: SheetSnapshot): string {
  const texts = new Map<string, number>();
  const textHash = (text: string) => {
    let hash = texts.get(text);
    if (hash === undefined) texts.set(text, (hash = hashText(text)));
    return hash;
  };
  let hash = mix(mix(OFFSET, sheet.origin.row), sheet.origin.col);
  const { values, formulas } = sheet;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const formulaRow = formulas?.[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      const formula = formulaRow?.[c];
      if (value === null && !formula) continue;
      hash = mix(mix(hash, r), c);
      if (formula) hash = mix(hash, textHash(formula));
      if (typeof value === 'string') hash = mix(mix(hash, 1), textHash(value));
      else if (typeof value === 'number') hash = mixNumber(mix(hash, 2), value);
      else if (isCellError(value)) hash = mix(mix(hash, 3), textHash(value.error));
      else if (value !== null) hash = mix(mix(hash, 4), value ? 1 : 0);
    }
  }
  return hash.toString(16).padStart(8, '0');
}
