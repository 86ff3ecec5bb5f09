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
  feed(`${sheet.origin.row},${sheet.origin.col};`);
  sheet.values.forEach((row, r) => row.forEach((value, c) => {
    const formula = sheet.formulas?.[r]?.[c];
    if (value === null && !formula) return;
    feed(`${r},${c}=${formula ?? ''}|${isCellError(value) ? value.error : typeof value}:${String(isCellError(value) ? '' : value)};`);
  }));
  return hash.toString(16).padStart(8, '0');
}
