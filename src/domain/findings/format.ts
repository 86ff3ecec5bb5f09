import type { Lang } from './codes';

/**
 * Formats a number for a message: Vietnamese uses "," for decimals and "." for thousands.
 *
 * @example
 * formatNumber(3002.8, 'vi') === '3.002,8'; formatNumber(0.4144, 'en', 2) === '0.41'
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: maxDecimals }).format(value);
}
