import { isCellError, type SheetSnapshot } from './snapshot';

/**
 * A fingerprint of what a sheet holds (values and formulas, where they stand): a plan made from one
 * snapshot is refused if the sheet's fingerprint has changed since (the user typed while the pane worked).
 *
 * @example
 * fingerprint(sheetBefore) === fingerprint(sheetAfter) // false when any cell changed
 */
export function fingerprint(sheet: SheetSnapshot): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  const feedNumber = (n: number) => {
    hash ^= n & 0xffff;
    hash = Math.imul(hash, 0x01000193) >>> 0;
    hash ^= n >>> 16;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  feedNumber(sheet.origin.row);
  feedNumber(sheet.origin.col);
  const { values, formulas } = sheet;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      const formula = formulas?.[r]?.[c];
      if (value === null && !formula) continue;
      feedNumber(r);
      feedNumber(c);
      if (formula) feed(formula);
      if (isCellError(value)) feed(`#${value.error}`);
      else if (typeof value === 'string') feed(`s${value}`);
      else feed(`${typeof value}${String(value)}`);
    }
  }
  return hash.toString(16).padStart(8, '0');
}
