/**
 * Folding of Vietnamese text for matching: headers, labels, names, marks and agencies typed
 * in any Unicode form, with misplaced or missing diacritics, in any case and spacing all
 * fold to the same key.
 */

const COMBINING_MARKS = /\p{M}/gu;
/** Folded texts (the common case: nothing kept beyond letters, digits and %). */
const PLAIN = new Map<string, string>();
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Folds a text to a matching key: decomposes (NFD), drops every combining mark wherever it
 * sits, maps đ to d, lowercases, and turns punctuation and runs of spaces into one space.
 *
 * @example
 * fold('Tỷ lệ (%)') === fold('Ty le %') // 'ty le %'
 * fold('xa ̃ hôị') === 'xa hoi'
 * fold('Tiêu chí 13.2', '.') === 'tieu chi 13.2'
 */
export function fold(text: unknown, keep = ''): string {
  if (text === null || text === undefined) return '';
  const raw = typeof text === 'string' ? text : String(text);
  const cache = keep === '' ? PLAIN : cacheFor(keep);
  const known = cache.get(raw);
  if (known !== undefined) return known;
  const folded = (keep === '' && raw.length <= QUICK_LENGTH ? foldQuickly(raw) : undefined) ?? foldSlowly(raw, keep);
  if (cache.size > 50_000) cache.clear();
  cache.set(raw, folded);
  return folded;
}

function foldSlowly(raw: string, keep: string): string {
  return raw
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(notWordFor(keep), ' ')
    .trim();
}

/**
 * Short texts (names, marks, labels) seen for the first time are folded character by character, a
 * few times quicker than the full path: a national sheet brings thousands of names at its first check.
 */
const QUICK_LENGTH = 40;
/** What each character below `QUICK_CODES` folds to on its own: a letter or digit (its code), or one of these. */
const UNKNOWN = 0;
const SEPARATOR = -1;
const MARK = -2;
const OTHER = -3;
const QUICK_CODES = 0x2400;
const QUICK = new Int32Array(QUICK_CODES);
const IS_MARK = /^\p{M}$/u;

/** How one character folds (see QUICK), learnt from the full path the first time it is seen. */
function quickCode(code: number): number {
  let known = QUICK[code];
  if (known === UNKNOWN) {
    const char = String.fromCharCode(code);
    const folded = foldSlowly(char, '');
    const first = folded.charCodeAt(0);
    known = IS_MARK.test(char) ? MARK
      : folded === '' ? SEPARATOR
        // A letter, a digit or "%", alone: anything else (a ligature, a letter of two) takes the full path.
        : folded.length === 1 && ((first >= 97 && first <= 122) || (first >= 48 && first <= 57) || first === 37) ? first : OTHER;
    QUICK[code] = known;
  }
  return known;
}

/**
 * The folded text, character by character: the same as the full path, as dropping marks before
 * spaces are merged makes it (undefined for a character it does not know: a surrogate, a sign
 * past U+2400, a letter folding to two).
 */
function foldQuickly(raw: string): string | undefined {
  let out = '';
  let space = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    let folded: number;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) folded = code;
    else if (code >= 65 && code <= 90) folded = code + 32;
    else if (code === 32) folded = SEPARATOR;
    else if (code >= QUICK_CODES) return undefined;
    else folded = quickCode(code);
    if (folded === MARK) continue;
    if (folded === SEPARATOR) { space = out !== ''; continue; }
    if (folded === OTHER) return undefined;
    if (space) { out += ' '; space = false; }
    out += String.fromCharCode(folded);
  }
  return out;
}

// Planning sheets repeat the same few texts (marks, labels) thousands of times: fold each once.
const CACHES = new Map<string, Map<string, string>>([['', PLAIN]]);
const NOT_WORD = new Map<string, RegExp>();

function cacheFor(keep: string): Map<string, string> {
  let cache = CACHES.get(keep);
  if (!cache) CACHES.set(keep, (cache = new Map()));
  return cache;
}

function notWordFor(keep: string): RegExp {
  let pattern = NOT_WORD.get(keep);
  if (!pattern) NOT_WORD.set(keep, (pattern = new RegExp(`[^a-z0-9%${keep.replace(/[-\]\\^]/g, '\\$&')}]+`, 'g')));
  return pattern;
}

/** True when `phrase` (already folded) stands in `folded` as whole words. */
export function hasWords(folded: string, phrase: string): boolean {
  if (!phrase) return false;
  for (let at = folded.indexOf(phrase); at !== -1; at = folded.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if ((at === 0 || folded.charCodeAt(at - 1) === SPACE) && (end === folded.length || folded.charCodeAt(end) === SPACE)) return true;
  }
  return false;
}

const SPACE = 32;

/** True when any of the folded phrases stands in `folded` as whole words. */
export function hasAnyWords(folded: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => hasWords(folded, phrase));
}

/** True when `folded` begins with any of the phrases as whole words. */
export function startsWithWords(folded: string, phrases: readonly string[]): boolean {
  for (const phrase of phrases) if (startsWithPhrase(folded, phrase)) return true;
  return false;
}

/** True when `folded` begins with the folded phrase as whole words. */
export function startsWithPhrase(folded: string, phrase: string): boolean {
  return folded.startsWith(phrase) && (folded.length === phrase.length || folded.charCodeAt(phrase.length) === SPACE);
}

const LETTERS = new Map<number, number>();

/**
 * The code of the lowercase plain letter a character folds to ("ơ" → "o", "M" → "m", "Đ" → "d"),
 * else 0 (a digit, a space, a sign, a combining mark): a label whose first letter is not the one a
 * phrase begins with need not be folded to know it does not begin with it.
 *
 * @example
 * foldedLetter('Ố'.charCodeAt(0)) === 'o'.charCodeAt(0); foldedLetter('1'.charCodeAt(0)) === 0
 */
export function foldedLetter(code: number): number {
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  if (!(code >= 0xc0) || (code >= 0x300 && code <= 0x36f)) return 0;
  let letter = LETTERS.get(code);
  if (letter === undefined) {
    const folded = fold(String.fromCharCode(code));
    const first = folded.length === 1 ? folded.charCodeAt(0) : 0;
    LETTERS.set(code, (letter = first >= 97 && first <= 122 ? first : 0));
  }
  return letter;
}
