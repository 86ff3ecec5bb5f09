/**
 * Folding of Vietnamese text for matching: headers, labels, names, marks and agencies typed
 * in any Unicode form, with misplaced or missing diacritics, in any case and spacing all
 * fold to the same key.
 */

const COMBINING_MARKS = /\p{M}/gu;
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
  const notWord = new RegExp(`[^a-z0-9%${keep.replace(/[-\]\\^]/g, '\\$&')}]+`, 'g');
  return String(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(notWord, ' ')
    .trim();
}

/** True when `phrase` (already folded) stands in `folded` as whole words. */
export function hasWords(folded: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${folded} `.includes(` ${phrase} `);
}

/** True when any of the folded phrases stands in `folded` as whole words. */
export function hasAnyWords(folded: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => hasWords(folded, phrase));
}

/** True when `folded` begins with any of the phrases as whole words. */
export function startsWithWords(folded: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => folded === phrase || folded.startsWith(`${phrase} `));
}

/**
 * Folds a commune or village name for comparison, dropping a leading "xã", "phường",
 * "thị trấn", "xóm", "thôn" or "bản".
 *
 * @example
 * communeKey('Xã Lê lợi') === communeKey('LÊ LỢI') // 'le loi'
 */
export function communeKey(name: unknown): string {
  return fold(name).replace(/^(xa|phuong|thi tran|tt|xom|thon|ban)\s+/, '');
}
