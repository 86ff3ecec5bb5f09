/** Excel's day 0 of the 1900 date system, as JavaScript counts it (after Excel's phantom 29/02/1900). */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * True for a number format that shows a date ("dd/mm/yyyy", "d-mmm-yy", "[$-vi-VN]dd/mm/yyyy"):
 * day or year codes outside quoted text and brackets. Times alone ("h:mm") and numbers are not dates.
 *
 * @example
 * isDateFormat('dd/mm/yyyy') === true; isDateFormat('0.0%') === false; isDateFormat('"ngày" 0') === false
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare);
}

/**
 * A date serial as the text a planner reads (dd/mm/yyyy), as the file reader gives dates.
 *
 * @example
 * dateText(46022) === '31/12/2025'
 */
export function dateText(serial: number): string {
  const date = new Date(EPOCH + Math.floor(serial) * DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
