import { parseVietnameseNumber } from '../../text/numbers';
import { roundHalfUp, viNumber, type TextFindingDraft } from '../findings';
import { corrected, quoteOf } from '../quote';
import type { PlanText } from '../source';

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+|\d+`;
// "X/Y xã (đạt tiêu chí …), chiếm (tỷ lệ) Z%": the share stated for a ratio, a few words apart
// ("tỷ lệ" as a bad scan reads it too: "ty 1€").
const SHARE = new RegExp(String.raw`(?<![\d/.,])(${NUMBER})\s*/\s*(${NUMBER})(?![\d/])((?:[^%/;.]|\.(?=\d)){0,90}?)\b(chiem|bang|dat)\s*(?:ty\s+\S{1,3}\s*|khoang\s*|la\s*)?(\d+(?:,\d+)?)\s*%`, 'g');

/**
 * "X/Y xã, chiếm Z%": Z must be X/Y at the precision shown (within half a unit of its last digit).
 *
 * @example
 * shareClaims(prepareText('Số xã đạt 15-18 tiêu chí có 01/181 xã, chiếm 0,5%'))[0].expected // '0,6%'
 */
export function shareClaims(text: PlanText): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  for (const match of text.folded.matchAll(SHARE)) {
    const numerator = parseVietnameseNumber(match[1])?.value;
    const denominator = parseVietnameseNumber(match[2])?.value;
    const stated = parseVietnameseNumber(match[5]);
    if (numerator === undefined || !denominator || !stated || numerator > denominator) continue;
    // "tháng 9/2021, chiếm 30,3%": a month of a year, not a ratio.
    if (numerator <= 12 && denominator >= 1950 && denominator <= 2099 && !/[.,]/.test(match[2])) continue;
    const exact = (numerator / denominator) * 100;
    const half = 0.5 * 10 ** -stated.decimals;
    if (Math.abs(exact - stated.value) <= half + 1e-9) continue;
    const start = match.index!;
    const end = start + match[0].length;
    const actual = `${match[5]}%`;
    const expected = `${viNumber(roundHalfUp(exact, stated.decimals), stated.decimals)}%`;
    const quote = quoteOf(text, start, end);
    findings.push({
      code: 'text-share', line: text.lineOf(end - 1), quote, actual, expected,
      params: { numerator: match[1], denominator: match[2], exact: viNumber(exact, 3), corrected: corrected(quote, match[5], expected.slice(0, -1)) },
    });
  }
  return findings;
}
