import type { PlanText } from '../source';

export type CriterionCount = { reached: number; communes: number; start: number; end: number };

const HEADING = /\btieu chi so (\d{1,2})\b/g;
// "nâng tổng số … lên 160/207", "… toàn tỉnh là 103/207", "lên là 194/207", "Duy trì tốt 207/207 xã".
// An indicator's count comes first at times ("đài truyền thanh … lên 90/207, trong đó xã đạt chuẩn tiêu
// chí là 68/207"): the criterion's is the first whose words name the criterion ("… tiêu chí …").
const REACHED = /\b(?:len|la|duy tri(?: tot)?)\s+(?:la\s+)?(\d{1,4})\s*\/\s*(\d{1,4})(?![\d/])/g;

/**
 * Per criterion, the communes the text says meet it at year end ("Tiêu chí số 3 … lên 160/207"),
 * read after the criterion's first heading, with where the numbers stand.
 *
 * @example
 * criterionCounts(prepareText('- Tiêu chí số 3 về Thủy lợi: … lên 160/207 chiếm 77,3%')).get(3) // { reached: 160, communes: 207, … }
 */
export function criterionCounts(text: PlanText): Map<number, CriterionCount> {
  const headings = [...text.folded.matchAll(HEADING)];
  const counts = new Map<number, CriterionCount>();
  headings.forEach((h, i) => {
    const k = Number(h[1]);
    if (counts.has(k)) return;
    const end = Math.min(headings[i + 1]?.index ?? text.folded.length, h.index! + 1500);
    const segment = text.folded.slice(h.index!, end);
    const matches = [...segment.matchAll(REACHED)];
    const m = matches.find((x) => /\btieu chi\b/.test(segment.slice(Math.max(0, x.index! - 70), x.index!))) ?? matches[0];
    if (m) counts.set(k, { reached: Number(m[1]), communes: Number(m[2]), start: h.index! + m.index!, end: h.index! + m.index! + m[0].length });
  });
  return counts;
}
