import { roundHalfUp, viNumber, type TextFindingDraft } from '../findings';
import { corrected } from '../quote';
import { intervalOf, type Figure } from '../read/figures';
import type { Reading, ReadSentence } from '../read/reading';
import { inMillions } from '../read/units';

type Region = { from: number; to: number; how: 'listed' | 'among' | 'made-of' };

// "…, trong đó: vốn đầu tư …", "… gồm: …", "…, bao gồm …", "cụ thể: …".
const INTRO = /^[^\d.;()]{0,60}?(?:[,;]|\s|^)\s*(trong do|gom co|bao gom|gom|cu the(?: nhu sau)?|chia ra|phan ra)\s*(?:la\s*)?:?\s*/;
const BRACKET = /^[^\d.;()]{0,70}?\(\s*/;

const family = (f: Figure) => (f.kind === 'money' ? 'money' : f.unit.replace(/^(phuong|thi tran)$/, 'xa'));
/** Units whose figures add up: "26 sản phẩm đạt 4 sao" has 4 stars, not 4 of anything to add; criteria are levels. */
const additive = (f: Figure) => !['percent', 'criterion', 'indicator', 'time', 'times', 'rate', 'other'].includes(f.kind) && f.unit !== 'sao';

function value(f: Figure, whole: Figure): number {
  if (f.kind === 'money') return (inMillions(f.value, f.unit) ?? f.value) / (inMillions(1, whole.unit) ?? 1);
  return f.value;
}

/** The end of the bracket opened at `from` (the offset of "("), in sentence offsets. */
function closing(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return s.length;
}

function regionAfter(sentence: ReadSentence, whole: Figure): Region | undefined {
  const s = sentence.folded;
  const at = whole.end - sentence.start;
  const rest = s.slice(at);
  const bracket = BRACKET.exec(rest);
  if (bracket) {
    const open = at + bracket[0].lastIndexOf('(');
    const inner = s.slice(open + 1, closing(s, open));
    // "(trong đó …)" inside a bracket is still a part of the whole, not the whole's breakdown.
    if (/^\s*trong do\b/.test(inner)) return { from: open + 1, to: closing(s, open), how: 'among' };
    // A bracket that names its parts, or lists two or more ("(vốn đầu tư …, vốn sự nghiệp …)"); not a comparison "(11,64 tiêu chí/xã)".
    return { from: open + 1, to: closing(s, open), how: /^\s*(?:gom|bao gom|cu the|giao|chia ra)\b/.test(inner) ? 'made-of' : 'listed' };
  }
  const intro = INTRO.exec(rest);
  if (!intro) return undefined;
  const from = at + intro[0].length;
  // "5 xã đạt 14 tiêu chí gồm Thắng Quân, …; 3 xã …": names after "gồm", the next clause is not a part.
  const semicolon = s.indexOf(';', from);
  const firstPart = sentence.figures.find((f) => f.start - sentence.start >= from && f.kind === whole.kind);
  const to = semicolon >= 0 && firstPart && firstPart.start - sentence.start > semicolon ? from : s.length;
  return { from, to, how: intro[1] === 'trong do' ? 'among' : 'made-of' };
}

/**
 * The parts of a whole within one sentence: inline after "trong đó", "gồm", "bao gồm", "cụ thể", or
 * in brackets ("612.100 triệu đồng (vốn đầu tư 570.000 triệu đồng, vốn sự nghiệp 42.100 triệu
 * đồng)", "20 xóm (… xã Đức Xuân: 05 xóm; xã Vân Trình: 09 xóm; xã Lê Lợi: 06 xóm)"). Money parts add
 * up to their total when there are two or more (one part is at most the total); counts listed by
 * "gồm", "cụ thể" or in brackets add up to their total, counts after "trong đó" are each at most it.
 * Bounds ("gần 7,1 tỷ", "hơn 3,4 tỷ", "01 xóm trở lên") are intervals; exact amounts are exact,
 * compared at the digits the total shows. A part's share ("…, chiếm 93,1%") is taken of the total.
 *
 * @example
 * inlineParts(readText(prepareText('Tổng vốn 12,5 tỷ đồng, trong đó vốn đầu tư gần 7,1 tỷ, vốn sự nghiệp hơn 3,4 tỷ.')))[0].code // 'text-total'
 */
export function inlineParts(reading: Reading): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  for (const sentence of reading.sentences) {
    const taken = new Set<Figure>();
    for (const whole of sentence.figures) {
      if (!additive(whole) || whole.of !== undefined || taken.has(whole) || whole.high !== undefined) continue;
      const region = regionAfter(sentence, whole);
      if (!region) continue;
      const inside = sentence.figures.filter((f) => f.start - sentence.start >= region.from && f.end - sentence.start <= region.to);
      // A part's own breakdown (a bracket or "trong đó" after it) is not a part of this whole.
      const nested = new Set<Figure>();
      for (const f of inside) {
        if (nested.has(f)) continue;
        const sub = regionAfter(sentence, f);
        if (sub && sub.from < region.to) for (const g of inside) if (g.start - sentence.start >= sub.from && g.end - sentence.start <= Math.min(sub.to, region.to)) nested.add(g);
      }
      const parts = inside.filter((f) => !nested.has(f) && f.kind !== 'percent' && f.of === undefined && family(f) === family(whole) && f.high === undefined);
      if (parts.length === 0 || (region.how === 'listed' && parts.length < 2)) continue;
      for (const p of parts) taken.add(p);
      if (sentence.folded.slice(region.from, region.to).split(/\btrong do\b/).length > 2) continue;
      const relation = whole.kind === 'money' ? (parts.length >= 2 ? 'equal' : 'atMost') : region.how !== 'among' && parts.length >= 2 ? 'equal' : 'each';
      findings.push(...compare(reading, sentence, whole, parts, relation));
      findings.push(...partShares(reading, sentence, whole, parts));
    }
  }
  return findings;
}

function compare(reading: Reading, sentence: ReadSentence, whole: Figure, parts: Figure[], relation: 'equal' | 'atMost' | 'each'): TextFindingDraft[] {
  const half = 0.5 * 10 ** -whole.decimals;
  // "tối thiểu là 193.155,6 tỷ đồng, trong đó: …": the parts break down the stated figure itself.
  const stated = whole.bound === 'exact' || whole.bound === 'atLeast' || whole.bound === 'atMost';
  const [wl, wh] = stated ? [whole.value - half, whole.value + half] : intervalOf(whole);
  if (relation === 'each') {
    const over = parts.find((p) => p.bound === 'exact' && p.value > wh + 1e-9);
    if (!over) return [];
    return [finding(reading, sentence, whole, [over], over.value, 'part')];
  }
  let low = 0;
  let high = 0;
  for (const p of parts) {
    const [pl, ph] = p.bound === 'exact' ? [p.value, p.value] : intervalOf(p);
    const scale = value({ ...p, value: 1 }, whole);
    low += pl * scale;
    high += ph * scale;
  }
  const holds = relation === 'equal' ? high >= wl - 1e-9 && low <= wh + 1e-9 : low <= wh + 1e-9;
  if (holds) return [];
  return [finding(reading, sentence, whole, parts, low === high ? low : relation === 'atMost' ? low : (low + high) / 2, relation === 'atMost' ? 'part' : 'sum', low !== high)];
}

function finding(reading: Reading, sentence: ReadSentence, whole: Figure, parts: Figure[], sum: number, what: 'sum' | 'part', approximate = false): TextFindingDraft {
  const decimals = Math.max(whole.decimals, ...parts.filter((p) => p.unit === whole.unit).map((p) => p.decimals));
  const expected = `${approximate ? '~' : ''}${viNumber(sum, decimals)}`;
  const unit = reading.text.flat.slice(whole.start, whole.end).replace(/^[\d.,\s]+/, '').trim() || whole.unit;
  return {
    code: 'text-total', line: reading.text.lineOf(whole.start), quote: sentence.quote, actual: whole.text, expected,
    params: { items: parts.map((p) => reading.text.flat.slice(p.start, p.end).replace(/\s+/g, ' ')).join(' + '), unit, what, ...(approximate ? {} : { corrected: corrected(sentence.quote, whole.text, expected) }) },
  };
}

/** The exact sum of exact parts in the whole's unit (undefined when a part is a bound). */
export function exactSum(parts: Figure[], whole: Figure): number | undefined {
  if (parts.some((p) => p.bound !== 'exact')) return undefined;
  return parts.reduce((sum, p) => sum + value(p, whole), 0);
}

/** A share that holds with the sum of the parts when the stated whole is off it: the whole's finding says it. */
export function holdsWithSum(share: Figure, part: Figure, whole: Figure, sum: number | undefined): boolean {
  if (sum === undefined || sum <= 0 || Math.abs(sum - whole.value) <= 0.5 * 10 ** -whole.decimals) return false;
  const [low, high] = intervalOf(share);
  const exact = (value(part, whole) / sum) * 100;
  return exact >= low - 1e-9 && exact <= high + 1e-9;
}

function partShares(reading: Reading, sentence: ReadSentence, whole: Figure, parts: Figure[], all: Figure[] = parts): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  const sum = all.length >= 2 ? exactSum(all, whole) : undefined;
  for (const part of parts) {
    const share = sentence.figures.find((f) => f.kind === 'percent' && f.start >= part.end && /^[^\d;]{0,20}?(?:chiem|bang|ty le|\()\s*(?:ty le\s*)?$/.test(sentence.folded.slice(part.end - sentence.start, f.start - sentence.start)));
    if (!share) continue;
    const exact = (value(part, whole) / whole.value) * 100;
    const [low, high] = intervalOf(share);
    // A bound on the part or the whole ("trên 293 tỷ") widens what the share may be.
    const [pl, ph] = part.bound === 'exact' ? [part.value, part.value] : intervalOf(part);
    const [wl, wh] = whole.bound === 'exact' ? [whole.value, whole.value] : intervalOf(whole);
    const scale = value({ ...part, value: 1 }, whole);
    const least = ((pl * scale) / Math.max(wh, 1e-9)) * 100;
    const most = wl > 0 ? ((ph * scale) / wl) * 100 : Infinity;
    if (most >= low - 1e-9 && least <= high + 1e-9) continue;
    if (holdsWithSum(share, part, whole, sum)) continue;
    const expected = `${viNumber(roundHalfUp(exact, share.decimals), share.decimals)}%`;
    findings.push({
      code: 'text-item-share', line: reading.text.lineOf(share.start), quote: sentence.quote, actual: `${share.text}%`, expected,
      params: { amount: part.text, total: whole.text, exact: viNumber(exact, 3), corrected: corrected(sentence.quote, `${share.text}%`, expected) },
    });
  }
  return findings;
}

// "…, trong đó:", "… gồm:", "… như sau:" ending the sentence of a whole.
const OPENS_LIST = /(?:\btrong do|\bgom(?: co)?|\bbao gom|\bcu the(?: nhu sau)?|\bnhu sau|\bchia ra)?\s*:\s*$/;

/**
 * A whole whose sentence ends with ":" ("Tổng mức vốn … là 193.155,6 tỷ đồng, trong đó:") and the
 * list items under it ("a) Ngân sách trung ương: 63.155,6 tỷ đồng;" "b) …"), each item's first figure
 * of the whole's kind a part: money adds up, counts after "gồm"/"cụ thể"/"như sau" add up, counts
 * after "trong đó" are each at most the whole. Items without such a figure leave the list unjudged.
 *
 * @example
 * listedParts(readText(prepareText('Tổng vốn là 100 tỷ\nđồng, trong đó:\na) NSTW: 60 tỷ đồng;\nb) NSĐP: 30 tỷ đồng.')))[0].expected // '90'
 */
export function listedParts(reading: Reading): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  const { sentences } = reading;
  sentences.forEach((sentence, i) => {
    if (!OPENS_LIST.test(sentence.folded)) return;
    const candidates = sentence.figures.filter((f) => f.kind !== 'percent' && f.of === undefined && f.high === undefined);
    const whole = candidates[candidates.length - 1];
    if (!whole || !additive(whole) || !/^[^\d]{0,60}$/.test(sentence.folded.slice(whole.end - sentence.start))) return;
    const first = sentences[i + 1];
    if (!first?.item || first.heading) return;
    const items: ReadSentence[][] = [];
    for (let k = i + 1; k < sentences.length; k++) {
      const s = sentences[k];
      if (s.item && s.marker === first.marker && s.block !== items[items.length - 1]?.[0].block) items.push([s]);
      else if (items.length && s.block === items[items.length - 1][0].block) items[items.length - 1].push(s);
      else break;
    }
    if (items.length < 2) return;
    const parts = items.map((item) => item[0].figures.find((f) => f.kind !== 'percent' && f.of === undefined && f.high === undefined && family(f) === family(whole)));
    if (parts.some((p) => p === undefined)) return;
    const how = /\btrong do\b/.test(sentence.folded.slice(whole.end - sentence.start)) && whole.kind !== 'money' ? 'each' : 'equal';
    const found = compare(reading, sentence, whole, parts as Figure[], how);
    findings.push(...found);
    items.forEach((item, k) => findings.push(...partShares(reading, item[0], whole, [parts[k]!], parts as Figure[])));
  });
  return findings;
}

// "Trong đó:", "Trong đó," opening the sentence after the whole's.
const AMONG_OPENS = /^\s*(?:[-+]\s*)?trong do\b\s*[:,]?/;

/**
 * The whole a sentence ends on ("Tổng kinh phí thực hiện năm 2027: 1.250.500 triệu đồng.") and the
 * money the next sentence breaks it into ("Trong đó: ngân sách trung ương 350.000 triệu đồng (chiếm
 * 28%); ngân sách địa phương …; vốn huy động khác …"): two or more parts add up to the whole, as
 * inline. (Their shares are taken of the whole in carried.ts, and left to this finding when they hold
 * with the parts' sum.)
 *
 * @example
 * partsAfterWhole(readText(prepareText('Tổng kinh phí: 100 triệu đồng. Trong đó: NSTW 60 triệu đồng; NSĐP 30 triệu đồng.')))[0].expected // '90'
 */
export function partsAfterWhole(reading: Reading): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  const { sentences } = reading;
  sentences.forEach((sentence, i) => {
    if (i === 0 || !AMONG_OPENS.test(sentence.folded) || sentence.heading) return;
    const previous = sentences[i - 1];
    const wholes = previous.figures.filter((f) => f.kind === 'money' && f.of === undefined && f.high === undefined);
    const whole = wholes[wholes.length - 1];
    if (!whole || wholes.length !== 1 || !/^[^\d]{0,25}$/.test(previous.folded.slice(whole.end - previous.start))) return;
    const parts = sentence.figures.filter((f) => f.kind === 'money' && f.of === undefined && f.high === undefined);
    if (parts.length < 2) return;
    findings.push(...compare(reading, previous, whole, parts, 'equal'));
  });
  return findings;
}
