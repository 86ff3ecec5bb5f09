import { viNumber, type TextFindingDraft } from '../findings';
import { averagesIn } from './averages';
import { carriedTotal } from '../read/context';
import type { Figure } from '../read/figures';
import type { Reading, ReadSentence } from '../read/reading';

/** Communes by criteria met, however the sentence orders it: "12 xã đạt từ 15 đến 18 tiêu chí", "Số xã đạt 19 tiêu chí có 60/207 xã", "đạt 10-14 tiêu chí: 7 xã". */
export type Group = { low: number; high: number; count: number; of?: number; sentence: ReadSentence; start: number; end: number };

const isCommune = (f: Figure) => f.kind === 'commune' && f.high === undefined;

function bounds(g: Figure, size: number): [number, number] | undefined {
  if (g.kind !== 'criterion' || g.of !== undefined) return undefined;
  if (g.high !== undefined) return [g.value, g.high];
  if (g.bound === 'under') return [0, g.value - 1];
  if (g.bound === 'atLeast' || g.bound === 'over') return [g.bound === 'over' ? g.value + 1 : g.value, size];
  if (g.bound === 'exact') return [g.value, g.value];
  return undefined;
}

/** The groups of one sentence, each inside one clause (between ";", or "," before the next count). */
export function groupsOf(sentence: ReadSentence, size: number): Group[] {
  const groups: Group[] = [];
  const f = sentence.figures;
  const gap = (a: Figure, b: Figure) => sentence.folded.slice(a.end - sentence.start, b.start - sentence.start);
  const used = new Set<Figure>();
  for (let i = 0; i < f.length; i++) {
    const c = f[i];
    if (!isCommune(c) || used.has(c)) continue;
    // Count first: "12 xã đạt (từ) 15 đến 18 tiêu chí", "05 xã đạt dưới 10 tiêu chí".
    const next = f[i + 1];
    if (next && /^[^\d;,.]{0,50}?\bdat\s*(?:chuan\s*)?(?:tu\s*|duoi\s*|tren\s*)?$/.test(gap(c, next)) && !/\bbinh quan\b/.test(gap(c, next))) {
      const b = bounds(next, size);
      if (b) {
        groups.push({ low: b[0], high: b[1], count: c.value, of: c.of, sentence, start: c.start, end: next.end });
        used.add(c);
        used.add(next);
        continue;
      }
    }
    // Group first: "Số xã đạt 19 tiêu chí có 60/207 xã", "nhóm đạt 15-18 tiêu chí: 12 xã", "từ 10-14 tiêu chí có 7 xã".
    const previous = f[i - 1];
    if (previous && !used.has(previous) && (/^\s*(?:tieu chi\s*)?(?:,\s*)?(?:co|la|:|gom|chiem|=|-|–)?\s*(?:co\s*)?$/.test(gap(previous, c)) || /^\s*\)\s*[a-z ]{0,40}?\b(?:co|la)\s*$/.test(gap(previous, c)))) {
      const b = bounds(previous, size);
      const head = sentence.folded.slice(Math.max(0, previous.start - sentence.start - 40), previous.start - sentence.start);
      if (b && /\b(so xa|xa|nhom|dat)\b[^;,]{0,30}$/.test(head) && !/\bbinh quan\b[^;,]{0,30}$/.test(head)) {
        groups.push({ low: b[0], high: b[1], count: c.value, of: c.of, sentence, start: previous.start, end: c.end });
        used.add(c);
        used.add(previous);
      }
    }
  }
  return groups;
}

/** Runs of groups: in one sentence, or in sentences that follow each other (list items) with the same total. */
export function groupRuns(reading: Reading, size: number): Group[][] {
  const runs: Group[][] = [];
  let last: ReadSentence | undefined;
  for (const sentence of reading.sentences) {
    const groups = groupsOf(sentence, size);
    if (groups.length === 0) {
      if (sentence.figures.length || sentence.heading) last = undefined;
      continue;
    }
    const run = runs[runs.length - 1];
    const continues = run && last && sentence.index - last.index <= 2 && (run[0].of ?? groups[0].of) === (groups[0].of ?? run[0].of);
    if (continues) run.push(...groups);
    else runs.push([...groups]);
    last = sentence;
  }
  return runs;
}

/**
 * A distribution of communes by criteria met, however its sentences are worded ("Có 12 xã đạt từ
 * 15 đến 18 tiêu chí", "Số xã đạt 19 tiêu chí có 60/207 xã", "đạt 10-14 tiêu chí: 7 xã"): when the
 * groups cover every level down to 5 criteria or fewer they add up to the communes (the ratio's
 * denominator, or the total the paragraph or heading states: "Toàn huyện có 59 xã"); a partial
 * list only must not exceed them. An average stated just before it must lie within what its bounds
 * allow.
 *
 * @example
 * groupClaims(readText(prepareText('Toàn huyện có 20 xã, trong đó: 5 xã đạt 19 tiêu chí, 8 xã đạt 15-18 tiêu chí, 6 xã đạt 10-14 tiêu chí, 2 xã đạt 5-9 tiêu chí.')), 19)[0].code // 'text-distribution'
 */
export function groupClaims(reading: Reading, size: number): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  const averages = averagesIn(reading.text);
  for (const run of groupRuns(reading, size)) {
    if (run.length < 2) continue;
    const first = run[0];
    const communes = first.of ?? carriedTotal(reading, first.sentence, 'xa', first.start);
    const counted = run.reduce((t, g) => t + g.count, 0);
    const sorted = [...run].sort((a, b) => b.high - a.high);
    const distinct = sorted.every((g, i) => i === 0 || g.high < sorted[i - 1].low);
    if (!distinct) continue;
    const complete = sorted.every((g, i) => i === 0 || g.high === sorted[i - 1].low - 1) && sorted[sorted.length - 1].low <= 5 && sorted[0].high === size;
    const lastGroup = run[run.length - 1];
    const quote = run.map((g) => reading.text.flat.slice(g.start, g.end)).join('; ');
    if (communes !== undefined && (complete ? counted !== communes : counted > communes)) {
      findings.push({
        code: 'text-distribution', line: reading.text.lineOf(lastGroup.end - 1), quote, actual: String(counted), expected: String(communes),
        params: { counts: run.map((g) => g.count).join(' + '), complete: complete ? 'yes' : 'no' },
      });
    }
    const total = complete ? counted : communes;
    if (!complete || !total) continue;
    const min = run.reduce((t, g) => t + g.count * g.low, 0) / total;
    const max = run.reduce((t, g) => t + g.count * g.high, 0) / total;
    const start = first.start;
    const average = averages.find((a) => a.end <= start && start - a.end < 400) ?? averages.find((a) => a.start >= lastGroup.end && a.start - lastGroup.end < 200);
    if (!average || (average.low <= max + average.half && average.high >= min - average.half)) continue;
    const shown = (v: number) => viNumber(v, 2).replace(/,?0+$/, '');
    findings.push({
      code: 'text-average', line: reading.text.lineOf(average.end - 1), quote: reading.text.flat.slice(average.start, average.end).replace(/\s+/g, ' '),
      actual: average.low === average.high ? shown(average.low) : `${shown(average.low)} – ${shown(average.high)}`,
      expected: `${shown(Math.round(min * 100) / 100)} – ${shown(Math.round(max * 100) / 100)}`, params: { source: 'distribution' },
    });
  }
  return findings;
}
