import type { TextFindingDraft } from '../findings';
import { viNumber } from '../findings';
import { quoteOf } from '../quote';
import type { PlanText } from '../source';
import { averagesIn } from './averages';
import { yearOf } from '../read/context';
import type { Reading } from '../read/reading';

/** The year the sentence around an offset speaks of. */
function yearAt(reading: Reading | undefined, offset: number): number | undefined {
  const sentence = reading?.sentences.find((s) => s.start <= offset && offset < s.end);
  return sentence && reading ? yearOf(reading, sentence) : undefined;
}

// "đến cuối năm 2025 không còn xã dưới 15 tiêu chí", "không còn xã nào đạt dưới 15 tiêu chí".
const FLOOR = /\bkhong (?:con|co) xa (?:nao )?(?:dat )?duoi (\d{1,2}) tieu chi\b|\b(?:100% (?:so )?xa|tat ca cac xa|toan bo cac xa) (?:deu )?dat (?:tu |toi thieu |it nhat )(\d{1,2}) tieu chi\b/;
// "nâng tổng số xã đạt chuẩn (nông thôn mới) lên 75/181 xã".
const REACHED = /\btong so xa dat chuan (?:nong thon moi )?(?:len |la )(\d{1,3})\s*\/\s*(\d{1,3})\b/;
// "Duy trì … 02 xã (Lê Lai, Đức Long) đã được công nhận đạt chuẩn", "Phấn đấu năm 2025 có 03 xã đạt chuẩn nông thôn mới".
const KEPT = /\bduy tri\b[^.;]{0,80}?\b(\d{1,3}) xa\b[^.;]{0,120}?\bda duoc cong nhan dat chuan\b/;
const NEW = /\bphan dau (?:nam 20\d\d |den het nam 20\d\d )?co (?:them )?(\d{1,3}) xa dat chuan nong thon moi\b/;
// "duy trì 13/13 xã đạt tiêu chí …": the communes, the most stated denominator.
const RATIO = /\b\d{1,3}\s*\/\s*(\d{1,3}) xa\b/g;

function communesOf(text: PlanText): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.folded.matchAll(RATIO)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A stated average of criteria per commune against a floor the text sets pages away: with no
 * commune below K criteria and N communes meeting the standard (all criteria), the average is at
 * least (N × criteria + (communes − N) × K) / communes — Thạch An 2025's "15,1 tiêu chí/xã" beside
 * "không còn xã dưới 15 tiêu chí" and 5 of 13 communes at 19 (at least 16,5).
 *
 * Only an average of the same year as the floor: "Năm 2026, bình quân 12,5 tiêu chí/xã" is not held
 * against "đến cuối năm 2027 không còn xã dưới 14 tiêu chí".
 *
 * @example
 * floorClaims(prepareText(plan), 19)[0].expected // '16,5'
 */
export function floorClaims(text: PlanText, criteria: number, reading?: Reading): TextFindingDraft[] {
  const floor = FLOOR.exec(text.folded);
  if (!floor) return [];
  const k = Number(floor[1] ?? floor[2]);
  const reached = REACHED.exec(text.folded);
  const kept = KEPT.exec(text.folded);
  const added = NEW.exec(text.folded);
  const communes = reached ? Number(reached[2]) : communesOf(text);
  if (!communes || k > criteria) return [];
  const full = Math.min(communes, reached ? Number(reached[1]) : Number(kept?.[1] ?? 0) + Number(added?.[1] ?? 0));
  const least = (full * criteria + (communes - full) * k) / communes;
  const findings: TextFindingDraft[] = [];
  const floorYear = yearAt(reading, floor.index);
  for (const average of averagesIn(text)) {
    if (average.high >= least - average.half) continue;
    // Last year's average is not held against next year's floor.
    const averageYear = yearAt(reading, average.start);
    if (floorYear !== undefined && averageYear !== undefined && floorYear !== averageYear) continue;
    const floorEnd = floor.index + floor[0].length;
    findings.push({
      code: 'text-average', line: text.lineOf(average.end - 1), quote: quoteOf(text, average.start, average.end),
      actual: viNumber(average.high, 1), expected: viNumber(Math.floor(least * 10 + 1e-9) / 10, 1),
      params: { source: 'floor', floor: k, full, communes, floorLine: text.lineOf(floorEnd - 1) },
    });
  }
  return findings;
}
