import { parseVietnameseNumber } from '../../text/numbers';
import { viNumber, type TextFindingDraft } from '../findings';
import { quoteOf } from '../quote';
import type { PlanText } from '../source';
import { criterionCounts } from './criteria';

export type Stated = { low: number; high: number; text: string; start: number; end: number; half: number };

// "bình quân 01 xã trên địa bàn tỉnh đạt từ 11 – 11,5 tiêu chí", "Bình quân tiêu chí nông thôn mới đạt 15,1 tiêu chí/xã".
const AVERAGE = /\bbinh quan\b(?:\s+tieu chi(?: nong thon moi)?)?(?:(?!\btieu chi\b)[^.;%]){0,70}?\b(?:dat\s+)?(?:tu\s+)?(\d+(?:,\d+)?)(?:\s*[-–]\s*(\d+(?:,\d+)?))?\s*tieu chi/g;
/** An average over a part of the communes (the border communes, the special ones): not the whole's. */
const SUBSET = /\b(xa diem|bien gioi|dac biet kho khan|da dat chuan|xa dat chuan|nang cao|xom|(?<!nong )thon)\b/;
const WHOLE = /\b(toan tinh|toan huyen|tren dia ban|cac xa|tieu chi nong thon moi|tieu chi\/xa|01 xa|1 xa)\b/;
// "nâng tổng số … lên 160/207", "… toàn tỉnh là 103/207", "lên là 194/207", "Duy trì tốt 207/207 xã".
// "- Số xã đạt 15-18 tiêu chí có 01/181 xã", "Số xã đạt từ 5-9 tiêu chí có 35/181 xã".
const GROUP_LINE = /\bso xa dat\s+(?:tu\s+)?(?:(duoi)\s+)?(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+tieu chi\b[^/]{0,20}?(\d{1,4})\s*\/\s*(\d{1,4})(?![\d/])/g;

/** A line of a distribution: "Số xã đạt 15-18 tiêu chí có 01/181 xã" (bounds of criteria met, communes, of how many). */
export type DistributionLine = { low: number; high: number; count: number; communes: number; start: number; end: number };

/**
 * The distribution lines of a text, in order.
 *
 * @example
 * distributionLines(prepareText('- Số xã đạt 15-18 tiêu chí có 01/181 xã'))[0] // { low: 15, high: 18, count: 1, communes: 181, … }
 */
export function distributionLines(text: PlanText): DistributionLine[] {
  return [...text.folded.matchAll(GROUP_LINE)].map((g) => ({
    low: g[1] === 'duoi' ? 0 : Number(g[2]), high: g[1] === 'duoi' ? Number(g[2]) - 1 : Number(g[3] ?? g[2]),
    count: Number(g[4]), communes: Number(g[5]), start: g.index!, end: g.index! + g[0].length,
  }));
}

/** The stated averages of criteria per commune over all the communes ("Bình quân đạt 15,1 tiêu chí/xã"). */
export function averagesIn(text: PlanText): Stated[] {
  return [...text.folded.matchAll(AVERAGE)].flatMap((m) => {
    const low = parseVietnameseNumber(m[1])?.value;
    const high = m[2] ? parseVietnameseNumber(m[2])?.value : low;
    const before = text.folded.slice(Math.max(0, m.index! - 80), m.index!).split(/[.;]/).pop() ?? '';
    if (low === undefined || high === undefined || SUBSET.test(before + m[0]) || !WHOLE.test(m[0] + text.folded.slice(m.index! + m[0].length, m.index! + m[0].length + 6))) return [];
    const decimals = Math.max(parseVietnameseNumber(m[1])?.decimals ?? 0, m[2] ? parseVietnameseNumber(m[2])?.decimals ?? 0 : 0);
    return [{ half: 0.5 * 10 ** -decimals, low: Math.min(low, high), high: Math.max(low, high), text: text.flat.slice(m.index!, m.index! + m[0].length), start: m.index!, end: m.index! + m[0].length }];
  });
}

function finding(text: PlanText, average: Stated, low: number, high: number, source: string): TextFindingDraft {
  const shown = (v: number) => viNumber(v, 2).replace(/,?0+$/, '');
  return {
    code: 'text-average', line: text.lineOf(average.end - 1), quote: quoteOf(text, average.start, average.end),
    actual: average.low === average.high ? shown(average.low) : `${shown(average.low)} – ${shown(average.high)}`,
    expected: low === high ? shown(low) : `${shown(low)} – ${shown(high)}`,
    params: { source },
  };
}

/**
 * A stated average of criteria per commune against what the text's own numbers allow: the
 * distribution of communes by criteria met listed under it (its bounds), or the per-criterion
 * counts at year end (their sum over the communes, a criterion the text does not give counted as met
 * by all). Also: the distribution's counts must add up to the number of communes.
 *
 * @example
 * averageClaims(prepareText('bình quân 01 xã đạt 11 tiêu chí ... Tiêu chí số 2 … lên 60/207 …'))
 */
export function averageClaims(text: PlanText, criteria: number): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  const averages = averagesIn(text);
  const groups = [...text.folded.matchAll(GROUP_LINE)];
  // Runs of distribution lines (each starting within 200 characters of the previous one's end).
  const runs: RegExpMatchArray[][] = [];
  for (const g of groups) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (previous && g.index! - (previous.index! + previous[0].length) < 200 && g[5] === previous[5]) last.push(g);
    else runs.push([g]);
  }
  for (const run of runs.filter((r) => r.length >= 2)) {
    const communes = Number(run[0][5]);
    const counted = run.reduce((t, g) => t + Number(g[4]), 0);
    const first = run[0].index!;
    const last = run[run.length - 1].index! + run[run.length - 1][0].length;
    const bounds = run.map((g) => ({ count: Number(g[4]), low: g[1] === 'duoi' ? 0 : Number(g[2]), high: g[1] === 'duoi' ? Number(g[2]) - 1 : Number(g[3] ?? g[2]) }));
    // A list of every group (contiguous down to 5 criteria or fewer, or "dưới …") must add up to the
    // communes; a partial one ("trong đó: 19 tiêu chí …; 15-18 …") only must not exceed them.
    const sorted = [...bounds].sort((a, b) => b.high - a.high);
    const complete = sorted.every((b, i) => i === 0 || b.high === sorted[i - 1].low - 1) && sorted[sorted.length - 1].low <= 5;
    if (complete ? counted !== communes : counted > communes) {
      findings.push({ code: 'text-distribution', line: text.lineOf(last - 1), quote: quoteOf(text, first, last), actual: String(counted), expected: String(communes), params: { counts: run.map((g) => Number(g[4])).join(' + '), complete: complete ? 'yes' : 'no' } });
    }
    const min = bounds.reduce((t, b) => t + b.count * b.low, 0) / communes;
    const max = bounds.reduce((t, b) => t + b.count * b.high, 0) / communes;
    const average = averages.find((a) => a.end <= first && first - a.end < 300);
    if (complete && average && (average.low > max + average.half || average.high < min - average.half)) findings.push(finding(text, average, Math.round(min * 100) / 100, Math.round(max * 100) / 100, 'distribution'));
  }
  const reached = criterionCounts(text);
  const sizes = new Set([...reached.values()].map((r) => r.communes));
  if (reached.size >= criteria - 2 && sizes.size === 1) {
    const communes = [...sizes][0];
    const sum = [...reached.values()].reduce((t, r) => t + r.reached, 0);
    const min = sum / communes;
    const max = (sum + (criteria - reached.size) * communes) / communes;
    for (const average of averages) {
      if (findings.some((f) => f.code === 'text-average' && f.quote === quoteOf(text, average.start, average.end))) continue;
      if (average.low > max + average.half || average.high < min - average.half) findings.push(finding(text, average, Math.round(min * 100) / 100, Math.round(max * 100) / 100, 'criteria'));
    }
  }
  return findings;
}
