/**
 * Vietnamese number reading: "." groups thousands and "," marks decimals ("3.002,8",
 * "41,4%"), zero padding ("01"), ratios ("75/181").
 */

export type ParsedNumber = {
  value: number;
  /** Digits shown after the decimal mark. */
  decimals: number;
  /** True when the text ended with a percent sign: `value` is then in percent units. */
  percent: boolean;
};

export type ParsedRatio = { numerator: number; denominator: number };

const NUMBER_TEXT = /^[-+\u2212]?\d[\d.,]*$/;
/** A letter after the digits: a unit may follow the number. */
const LETTER = /\p{L}/u;
/**
 * The unit a clerk types after a count or an amount ("96 xã", "643 tỷ", "1.250 triệu đồng", "12 thôn"),
 * with or without diacritics: the number is the cell's. Not "tiêu chí" ("10 tiêu chí" names a band).
 */
const UNIT_SUFFIX = /\s+(xa|ty|ty dong|trieu|trieu dong|trd|dong|thon|ho)\.?$/;
const HAS_DIGIT = /\d/;
const SPACE = /\s/;

/**
 * The code of a text's first character that is not a space (-1 when there is none): a number begins
 * with a digit or a sign, so the other texts (names, labels) are not read further.
 */
export function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 128 || !SPACE.test(text[i])) return code;
  }
  return -1;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function normaliseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, '').replace(/\u2212/g, '-');
}

function readDigits(body: string): { value: number; decimals: number } | null {
  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;
  let integer = body;
  let fraction = '';
  if (dots > 0 && commas > 0) {
    const decimalMark = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const groupMark = decimalMark === ',' ? '.' : ',';
    const at = body.lastIndexOf(decimalMark);
    if (body.indexOf(decimalMark) !== at) return null;
    integer = body.slice(0, at).split(groupMark).join('');
    fraction = body.slice(at + 1);
  } else if (commas === 1) {
    [integer, fraction] = body.split(',');
  } else if (commas > 1) {
    if (!/^\d{1,3}(,\d{3})+$/.test(body)) return null;
    integer = body.replace(/,/g, '');
  } else if (dots >= 1) {
    if (/^\d{1,3}(\.\d{3})+$/.test(body)) integer = body.replace(/\./g, '');
    else if (dots === 1) [integer, fraction] = body.split('.');
    else return null;
  }
  if (!/^\d+$/.test(integer) || !/^\d*$/.test(fraction)) return null;
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  return Number.isFinite(value) ? { value, decimals: fraction.length } : null;
}

/**
 * Reads a number typed the Vietnamese way. Returns null for anything that is not one number.
 *
 * @example
 * parseVietnameseNumber('3.002,8') // { value: 3002.8, decimals: 1, percent: false }
 * parseVietnameseNumber('41,4%')   // { value: 41.4, decimals: 1, percent: true }
 * parseVietnameseNumber('4.356')   // { value: 4356, decimals: 0, percent: false }
 * parseVietnameseNumber('643 tỷ')  // { value: 643, decimals: 0, percent: false }
 * parseVietnameseNumber('3, 4')    // null (a list)
 */
export function parseVietnameseNumber(text: string): ParsedNumber | null {
  const first = firstNonSpace(text);
  if (!isDigitCode(first) && first !== 45 && first !== 43 && first !== 0x2212) return null;
  if (!HAS_DIGIT.test(text)) return null;
  // "3, 4" is a list of two criteria; a decimal comma is never followed by a space.
  if (/\d\s*,\s+\d/.test(text)) return null;
  let body = normaliseSpaces(LETTER.test(text) ? withoutUnit(text) : text);
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1);
  if (!NUMBER_TEXT.test(body)) return null;
  const negative = body.startsWith('-');
  if (/^[-+]/.test(body)) body = body.slice(1);
  const read = readDigits(body);
  if (!read) return null;
  return { value: negative ? -read.value : read.value, decimals: read.decimals, percent };
}

/** A number's text without the unit typed after it ("643 tỷ" → "643"); anything else as it is. */
function withoutUnit(text: string): string {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trimEnd();
  const unit = UNIT_SUFFIX.exec(plain);
  return unit ? plain.slice(0, unit.index) : text;
}

/**
 * Reads a ratio "X/Y" ("75/181", "61/207 xã").
 *
 * @example
 * parseRatio('75/181 xã') // { numerator: 75, denominator: 181 }
 */
export function parseRatio(text: string): ParsedRatio | null {
  if (!isDigitCode(firstNonSpace(text))) return null;
  const match = /^\s*(\d[\d.]*)\s*\/\s*(\d[\d.]*)(\s*\D.*)?$/su.exec(text);
  if (!match || /\d/.test(match[3] ?? '')) return null;
  const numerator = parseVietnameseNumber(match[1]);
  const denominator = parseVietnameseNumber(match[2]);
  if (!numerator || !denominator || denominator.value === 0) return null;
  return { numerator: numerator.value, denominator: denominator.value };
}

/** Decimals of a JavaScript number as typed (0.25 → 2, 12 → 0), ignoring float noise. */
export function typedDecimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = Number(value.toPrecision(12)).toString();
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
