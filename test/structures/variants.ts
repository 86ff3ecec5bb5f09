import type { CellValue } from '../../src/domain/sheet/snapshot';

/** How a hand-typed grid may arrive: as typed, decomposed (NFD), without diacritics, or with its numbers typed as text. */
export type Variant = 'nfc' | 'nfd' | 'no-diacritics' | 'text-numbers';
export const VARIANTS: readonly Variant[] = ['nfc', 'nfd', 'no-diacritics', 'text-numbers'];

/** A number as an office types it as text: decimal comma, no grouping below 1.000. */
const asText = (value: number) => String(value).replace('.', ',');

/** The same grid in another variant: words re-spelled, numbers (not TT, not years) typed as text. */
export function variantOf(rows: CellValue[][], variant: Variant): CellValue[][] {
  return rows.map((row) => row.map((cell, col) => {
    if (typeof cell === 'string') {
      if (variant === 'nfd') return cell.normalize('NFD');
      if (variant === 'no-diacritics') return cell.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
      return cell;
    }
    // The TT column stays a number: only the figures become text.
    if (typeof cell === 'number' && variant === 'text-numbers' && col > 0) return asText(cell);
    return cell;
  }));
}
