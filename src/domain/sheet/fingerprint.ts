import { scanSheet } from './scan';
import type { SheetSnapshot } from './snapshot';

/**
 * A fingerprint of what a sheet holds (values and formulas, where they stand): a plan made from one
 * snapshot is refused if the sheet's fingerprint has changed since (the user typed while the pane worked).
 *
 * @example
 * fingerprint(sheetBefore) === fingerprint(sheetAfter) // false when any cell changed
 */
export function fingerprint(sheet: SheetSnapshot): string {
  return scanSheet(sheet).fingerprint;
}
