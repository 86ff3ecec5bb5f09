import { parseVietnameseNumber } from '../../text/numbers';
import type { TextFindingDraft } from '../findings';
import { corrected, quoteOf } from '../quote';
import type { PlanText } from '../source';

const N = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`;
const SPAN = String.raw`(?:[^.;%]|\.(?=\d)){0,90}?`;
// "có thêm 12 xã …, nâng tổng số … từ 48 xã lên 60 xã" and "tăng từ 48 lên 60 xã, tăng thêm 12 xã".
const ADDED_FIRST = new RegExp(String.raw`\b(?:co them|them|tang them|tang)\s+${N}\s+xa\b${SPAN}\btu\s+${N}(?:\s*/\s*\d+)?\s*(?:xa\s+)?len\s+${N}(?![\d/])`, 'g');
const ADDED_LAST = new RegExp(String.raw`\btu\s+${N}(?:\s*/\s*\d+)?\s*(?:xa\s+)?len\s+${N}(?![\d/])${SPAN}\b(?:tang them|tang|them)\s+${N}\s+xa\b`, 'g');

// "Đến hết năm 2026 có 73 xã đạt chuẩn; năm 2027 phấn đấu có thêm 12 xã, nâng tổng số xã đạt chuẩn lên 85 xã" (no "từ").
const HAD_ADDED = new RegExp(String.raw`\bco\s+${N}\s+xa\b((?:[^.%]|\.(?=\d)){0,80}?)\b(?:co them|them|tang them)\s+${N}\s+xa\b((?:[^.;%]|\.(?=\d)){0,90}?\bnang\s+(?:tong\s+)?so\b[^.;%\d]{0,60}?)\blen\s+${N}(?![\d/])`, 'g');
// A count of another standard ("đạt chuẩn nâng cao", "kiểu mẫu") is not the same count.
const QUALITY = /\b(nang cao|kieu mau|hien dai|tieu chi)\b/g;
const qualities = (text: string) => [...new Set([...text.matchAll(QUALITY)].map((m) => m[1]))].sort().join();

const value = (text: string) => parseVietnameseNumber(text)?.value;

/**
 * "từ A lên B" beside "thêm N", and "có A xã …; … thêm N xã, nâng tổng số … lên B": A + N must be B.
 *
 * @example
 * progressClaims(prepareText('có thêm 12 xã đạt chuẩn, nâng tổng số từ 48 xã lên 61 xã'))[0].expected // '60'
 */
export function progressClaims(text: PlanText): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  const check = (match: RegExpMatchArray, added: string, from: string, to: string) => {
    const [n, a, b] = [value(added), value(from), value(to)];
    if (n === undefined || a === undefined || b === undefined || a + n === b) return;
    const start = match.index!;
    const end = start + match[0].length;
    const quote = quoteOf(text, start, end);
    const expected = String(a + n);
    findings.push({ code: 'text-progress', line: text.lineOf(end - 1), quote, actual: to, expected, params: { from, added, corrected: corrected(quote, `lên ${to}`, `lên ${expected}`) } });
  };
  for (const m of text.folded.matchAll(ADDED_FIRST)) check(m, m[1], m[2], m[3]);
  for (const m of text.folded.matchAll(ADDED_LAST)) check(m, m[3], m[1], m[2]);
  for (const m of text.folded.matchAll(HAD_ADDED)) {
    // "từ A lên B" is read above; the same standard on both sides, or nothing is said.
    if (/\btu\s+\d/.test(m[4]) || qualities(m[2]) !== qualities(m[4])) continue;
    check(m, m[3], m[1], m[5]);
  }
  return findings;
}
