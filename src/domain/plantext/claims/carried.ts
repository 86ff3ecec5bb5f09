import { roundHalfUp, viNumber, type TextFindingDraft } from '../findings';
import { corrected } from '../quote';
import { carriedTotal } from '../read/context';
import { intervalOf, type Figure } from '../read/figures';
import type { Reading, ReadSentence } from '../read/reading';
import { inMillions } from '../read/units';
import { exactSum, holdsWithSum } from './parts';

// Between a count and its share: ", chiếm (tỷ lệ) Z%", ", đạt tỷ lệ Z%", " (tỷ lệ Z%)", " (bằng Z% tổng số xã)", " = Z%".
const LINK = /^[^\d;%]{0,90}?(?:\bchiem\b|\bdat ty le\b|\bty le\b|\bbang\b|=|\(\s*(?:dat\s+)?(?:ty le\s*)?|,\s*dat\b)\s*(?:ty le\s*|la\s*)?(?:khoang\s*|gan\s*|hon\s*|tren\s*)?$/;
// "đạt 96% nghị quyết", "đạt 100% kế hoạch": a share of a target, not of the whole.
const OF_TARGET = /^\s*%?\s*(?:so voi\s*)?(?:ke hoach|muc tieu|chi tieu|nghi quyet|du toan|cung ky)/;
const COUNTABLE = new Set(['commune', 'village', 'district', 'household', 'person', 'agency', 'product', 'count', 'money', 'criterion', 'indicator', 'length', 'area']);

/** A criterion named by its number ("tiêu chí số 9", "chỉ tiêu 6.1") between a count and its share is a name, not a figure in the way. */
const named = (gap: string) => gap.replace(/\b(tieu chi|chi tieu)\s+(?:so\s+)?\d{1,2}(?:\.\d{1,2})?\b/g, '$1 so n');

/** The count a share is taken of: the nearest figure before it that counts something, not a group's bounds ("đạt từ 15 đến 18 tiêu chí"). */
function countBefore(sentence: ReadSentence, share: Figure): Figure | undefined {
  const before = sentence.figures.filter((f) => f.end <= share.start && f.kind !== 'percent' && COUNTABLE.has(f.kind));
  const i = before.length - 1;
  const f = before[i];
  if (!f) return undefined;
  {
    const gap = named(sentence.folded.slice(f.end - sentence.start, share.start - sentence.start));
    if (!LINK.test(gap)) return undefined;
    // "Có 85 xã trên tổng số 96 xã …, đạt tỷ lệ 88,5%": the whole is the 96, the count the 85.
    const part = before[i - 1];
    if (part && part.of === undefined && part.kind === f.kind && f.of === undefined && part.value <= f.value
      && /^\s*(?:tren|trong)\s+(?:tong\s+)?so\s*$/.test(sentence.folded.slice(part.end - sentence.start, f.start - sentence.start))) return { ...part, of: f.value, ofText: f.text };
    // "12 xã đạt từ 15 đến 18 tiêu chí, chiếm 20,3%": the criteria are the group, the share is of the communes.
    const group = f.kind === 'criterion' && f.of === undefined && before[i - 1] && ['commune', 'village'].includes(before[i - 1].kind) && /^\s*(?:\/\s*\d+\s*xa\s*)?[^\d;,]{0,40}?\bdat\b[^\d;,]{0,12}$/.test(sentence.folded.slice(before[i - 1].end - sentence.start, f.start - sentence.start));
    return group ? before[i - 1] : f;
  }
}

/** The ratio a share states right after it: "đạt 88,5% (85/96 xã)", "chiếm 30,8%, tương ứng 37/120 xã", "99% số xã đạt tiêu chí số 10 (96/96 xã)". */
function ratioAfter(sentence: ReadSentence, share: Figure): Figure | undefined {
  const next = sentence.figures.find((f) => f.start >= share.end);
  if (!next || next.of === undefined || !COUNTABLE.has(next.kind) || next.kind === 'money') return undefined;
  const gap = named(sentence.folded.slice(share.end - sentence.start, next.start - sentence.start));
  // "99% số xã đạt tiêu chí số 10 (96/96 xã)": the share of the communes, its ratio in brackets.
  return /^\s*%?\s*(?:(?:so|cac|tong so)\s+xa\b[^\d;()%]{0,60}?)?(?:\(\s*|,\s*(?:tuong ung|bang|voi)\s+)$/.test(gap) ? next : undefined;
}

/** "Trong đó vốn ngân sách trung ương 7.000 triệu đồng, chiếm 56%." after the sentence stating the total: the share of that total. */
function ofPreviousTotal(reading: Reading, sentence: ReadSentence, part: Figure, share: Figure): TextFindingDraft[] {
  if (!/^\s*(?:[-+]\s*)?trong do\b/.test(sentence.folded)) return [];
  const previous = reading.sentences[reading.sentences.indexOf(sentence) - 1];
  const total = previous?.figures.find((f) => f.kind === 'money' && f.bound === 'exact');
  if (!total) return [];
  const exact = ((inMillions(part.value, part.unit) ?? part.value) / (inMillions(total.value, total.unit) ?? total.value)) * 100;
  const [low, high] = intervalOf(share);
  if (exact >= low - 1e-9 && exact <= high + 1e-9) return [];
  // The parts the sentence lists add up to another whole, with which the share holds: the whole is what is wrong (partsAfterWhole).
  const parts = sentence.figures.filter((f) => f.kind === 'money' && f.of === undefined && f.high === undefined);
  if (parts.length >= 2 && holdsWithSum(share, part, total, exactSum(parts, total))) return [];
  const expected = `${viNumber(roundHalfUp(exact, share.decimals), share.decimals)}%`;
  return [{
    code: 'text-item-share', line: reading.text.lineOf(share.start), quote: sentence.quote, actual: `${share.text}%`, expected,
    params: { amount: part.text, total: total.text, exact: viNumber(exact, 3), corrected: corrected(sentence.quote, `${share.text}%`, expected) },
  }];
}

/** Higher tiers of a count of communes met: "nâng cao", "kiểu mẫu", "hiện đại". */
const TIER = /\b(nang cao|kieu mau|hien dai)\b/;

/**
 * The counts a count may be part of, earlier in its sentence, nearest first: the larger counts of the same
 * unit before it, when "trong đó" stands between them or the count names a higher tier ("2.567 xã (42,4%)
 * đạt chuẩn nông thôn mới nâng cao" after "6.084/7.669 xã … đạt chuẩn"; "550 xã (8,8%) … kiểu mẫu" after
 * both).
 */
function parentCounts(sentence: ReadSentence, count: Figure): Figure[] {
  const before = sentence.figures.filter((f) => f.end <= count.start && f.kind === count.kind && f.unit === count.unit && f.high === undefined && f.value > count.value);
  if (before.length === 0) return [];
  const gap = sentence.folded.slice(before[0].end - sentence.start, count.start - sentence.start);
  const after = sentence.folded.slice(count.end - sentence.start, count.end - sentence.start + 80).split(/;|,(?!\d)/)[0];
  return /\btrong do\b/.test(gap) || TIER.test(after) ? before.reverse() : [];
}

/**
 * A share stated after a count ("Có 12 xã đạt từ 15 đến 18 tiêu chí, chiếm 20,3%", "37 xã/120 xã,
 * đạt tỷ lệ 30,83%", "6.009 xã (tỷ lệ 73,06%)") or before its ratio ("đạt 88,5% (85/96 xã)")
 * against the count over its total: the ratio's own
 * denominator, else the total the sentence, its paragraph or its heading states for the same unit.
 * Bounds ("gần", "hơn") widen what is allowed.
 *
 * @example
 * carriedShares(readText(prepareText('Toàn huyện có 59 xã, trong đó:\n- Có 12 xã đạt từ 15 đến 18 tiêu chí, chiếm 21,3%.')))[0].expected // '20,3%'
 */
export function carriedShares(reading: Reading): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  for (const sentence of reading.sentences) {
    for (const share of sentence.figures.filter((f) => f.kind === 'percent' && f.high === undefined)) {
      const count = countBefore(sentence, share) ?? ratioAfter(sentence, share);
      if (count?.kind === 'money') {
        findings.push(...ofPreviousTotal(reading, sentence, count, share));
        continue;
      }
      if (!count || count.high !== undefined) continue;
      if (OF_TARGET.test(sentence.folded.slice(share.end - sentence.start))) continue;
      const total = count.of ?? carriedTotal(reading, sentence, count.unit, count.start);
      if (!total || count.value > total) continue;
      const exact = (count.value / total) * 100;
      const [low, high] = intervalOf(share);
      const [cl, ch] = intervalOf({ ...count, decimals: count.decimals });
      const allowedLow = ((count.bound === 'exact' ? count.value : cl) / total) * 100;
      const allowedHigh = ((count.bound === 'exact' ? count.value : ch) / total) * 100;
      if (allowedHigh >= low - 1e-9 && allowedLow <= high + 1e-9) continue;
      // "… 6.250/8.014 xã (78%) đạt chuẩn; trong đó, có 2.275 xã (36,4%) đạt chuẩn nâng cao": a share of the
      // count it is part of, as the reports print it. Held with that count, no fault; held with neither, the
      // nearer reading is the one said.
      const parents = parentCounts(sentence, count).map((p) => ({ p, share: (count.value / p.value) * 100 }));
      if (parents.some((c) => c.share >= low - 1e-9 && c.share <= high + 1e-9)) continue;
      const nearest = parents.reduce<(typeof parents)[number] | undefined>((best, c) => (Math.abs(c.share - share.value) < Math.abs((best?.share ?? exact) - share.value) ? c : best), undefined);
      const parent = nearest?.p;
      const nearer = nearest !== undefined;
      const said = nearest?.share ?? exact;
      const expected = `${viNumber(roundHalfUp(said, share.decimals), share.decimals)}%`;
      const actual = `${share.text}%`;
      findings.push({
        code: 'text-share', line: reading.text.lineOf(share.end - 1), quote: sentence.quote, actual, expected,
        params: { numerator: count.text, denominator: nearer ? parent!.text : count.ofText ?? String(total), exact: viNumber(said, 3), corrected: corrected(sentence.quote, share.text, expected.slice(0, -1)) },
      });
    }
  }
  return findings;
}
