import { sameSheetName } from '../../domain/sheet/sheetName';

/** "'Giao'!$C$20" → { sheet: 'Giao', cell: 'C20' } (a sheet name quoted or not, as Excel writes it). */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const at = address.lastIndexOf('!');
  const sheet = at < 0 ? '' : address.slice(0, at).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return { sheet, cell: address.slice(at + 1).replace(/\$/g, '').toUpperCase() };
}

/**
 * Whether two addresses name the same cells, as Excel reads them.
 *
 * @example
 * sameAddress("'Giao'!$C$20", 'GIAO!C20') === true
 */
export function sameAddress(a: string, b: string): boolean {
  const [x, y] = [splitAddress(a), splitAddress(b)];
  return x.cell === y.cell && sameSheetName(x.sheet, y.sheet);
}
