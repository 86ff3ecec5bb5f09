import { roundHalfUp, viNumber } from './findings';

/**
 * A count as plans write it: two digits under ten ("06 xã", "01/181 xã"), thousands grouped.
 * One convention for every count of a document.
 *
 * @example
 * countText(6) === '06'; countText(181) === '181'; countText(1207) === '1.207'
 */
export function countText(n: number): string {
  return n >= 0 && n < 10 ? String(n).padStart(2, '0') : viNumber(n, 0);
}

/**
 * A share as officials write it: one decimal, none when it rounds to a whole number ("100%",
 * "53%", "44,8%"); more where one decimal would say "100%" of a part or "0%" of something
 * (2.499 of 2.500 communes: "99,96%").
 *
 * @example
 * shareText(13, 13) === '100%'; shareText(81, 181) === '44,8%'; shareText(96, 181) === '53%'
 */
export function shareText(part: number, whole: number): string {
  const value = whole ? (part / whole) * 100 : 0;
  let decimals = 1;
  while (decimals < 4 && ((part < whole && roundHalfUp(value, decimals) >= 100) || (part > 0 && roundHalfUp(value, decimals) <= 0))) decimals++;
  return `${viNumber(value, decimals).replace(/,0+$/, '')}%`;
}

/**
 * Decimals a number needs (up to three).
 *
 * @example
 * decimalsOf(652.8) === 1; decimalsOf(365) === 0
 */
export function decimalsOf(value: number): number {
  const text = String(Number(value.toPrecision(12)));
  return text.includes('.') ? Math.min(3, text.length - text.indexOf('.') - 1) : 0;
}

/**
 * An amount as typed, with the decimals it has ("652,8", "365", "3.200").
 *
 * @example
 * amountText(3002.8) === '3.002,8'; amountText(365) === '365'
 */
export function amountText(value: number): string {
  return viNumber(value, decimalsOf(value));
}

/**
 * A criterion's name as it reads after "về".
 *
 * @example
 * lowerName('Cơ sở vật chất văn hóa') === 'cơ sở vật chất văn hóa'
 */
export function lowerName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi');
}

/**
 * NTM spelled out in running text.
 *
 * @example
 * spellOut('Số xã đạt chuẩn NTM') === 'Số xã đạt chuẩn nông thôn mới'
 */
export function spellOut(label: string): string {
  return label.replace(/\bNTM\b/g, 'nông thôn mới');
}
