import { BUILTIN_CATALOGS } from '../../catalog/builtin';
import type { Catalog } from '../../catalog/schema';
import { decideSet, type SetDecision } from '../../catalog/select';
import { criteriaShownInWords } from '../../analysis/criteriaShape';
import type { Reading } from './reading';

/** The criteria set a plan's text is checked against, how it was chosen, and the sentence that showed its size. */
export type TextSet = SetDecision & { shown?: { criteria: number; line: number } };

const PERIOD = /\b(20\d\d)\s*[-–]\s*(20\d\d)\b/g;
/** Words that put a sentence under another set than the plan's: the old set, the previous period. */
const EARLIER = /\b(bo tieu chi cu|giai doan truoc|theo bo tieu chi giai doan)\b/;

/**
 * The size of the set the text's own sentences show ("đạt 19/19 tiêu chí", "15/19 tiêu chí", "đủ
 * 19 tiêu chí"; `criteriaShownInWords`, as the workbook's texts are read), the largest, with its
 * line. A sentence naming a period the plan's year is outside ("giai đoạn 2016-2020" in a 2022
 * plan) or the old set speaks of another set, and shows nothing of the plan's.
 */
function shownIn(reading: Reading): TextSet['shown'] {
  const year = reading.plan.year;
  let best: TextSet['shown'];
  for (const sentence of reading.sentences) {
    const folded = sentence.folded.replace(/\s+/g, ' ');
    if (EARLIER.test(folded)) continue;
    if (year !== undefined && [...folded.matchAll(PERIOD)].some((m) => year < Number(m[1]) || year > Number(m[2]))) continue;
    const criteria = criteriaShownInWords(folded);
    if (criteria !== undefined && (!best || criteria > best.criteria)) best = { criteria, line: sentence.line };
  }
  return best;
}

/**
 * The criteria set of a plan's text, chosen by the rule the workbook's set is chosen by (`decideSet`,
 * catalog/select.ts) from the same evidence: the plan's year (`planFactsOf`: its title, objectives,
 * date, or the workbook's), "nâng cao" in its title, and the size its sentences show. A text with
 * no year that says "đạt 19/19 tiêu chí" gets the 19-criterion set; a 2027 text whose sentences
 * show 19 criteria gets the 19-criterion set with the 2026 set kept as the conflict.
 *
 * @example
 * criteriaSetOf(readText(prepareText('Xã A đạt 19/19 tiêu chí.'))).catalog.id // 'xa-ntm-2021-2025'
 */
export function criteriaSetOf(reading: Reading, catalogs: readonly Catalog[] = BUILTIN_CATALOGS): TextSet {
  const { plan } = reading;
  const shown = shownIn(reading);
  const decided = decideSet(catalogs, {
    year: plan.year !== undefined ? { year: plan.year, advanced: plan.advanced !== undefined } : undefined,
    advanced: plan.advanced !== undefined,
    shown: shown?.criteria,
  });
  return { ...decided, shown };
}
