import type { PlanText } from './source';

/**
 * The sentence around a claim, as written: back to the last sentence end, semicolon or colon, the
 * start of a list item's line (or 200 characters), forward to the end of the claim; spaces collapsed.
 *
 * @example
 * quoteOf(text, 40, 60) // 'Số xã đạt 15-18 tiêu chí có 01/181 xã, chiếm 0,5%'
 */
export function quoteOf(text: PlanText, start: number, end: number): string {
  let from = start;
  const limit = Math.max(0, start - 200);
  while (from > limit) {
    const line = text.lineOf(from);
    // A line that opens a list item or follows a finished sentence starts the claim's sentence.
    if (from === text.offsetOf(line) && (/^\s*([-–+•*]|\d{1,2}[.)])\s/.test(text.lines[line - 1]) || /[.;:]\s*$/.test(text.lines[line - 2] ?? '.'))) break;
    const previous = text.flat[from - 1];
    if ((previous === ';' || previous === ':') || (previous === ' ' && text.flat[from - 2] === '.' && !/\d/.test(text.flat[from - 3] ?? ''))) break;
    from--;
  }
  return text.flat.slice(from, end).replace(/\s+/g, ' ').replace(/^[\s\-–+•*]+/, '').trim();
}

/** The quote with one stated value replaced by the right one: the corrected wording. */
export function corrected(quote: string, actual: string, expected: string): string {
  const at = quote.lastIndexOf(actual);
  return at < 0 ? quote : `${quote.slice(0, at)}${expected}${quote.slice(at + actual.length)}`;
}
