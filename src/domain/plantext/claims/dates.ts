import type { TextFindingDraft } from '../findings';
import { quoteOf } from '../quote';
import type { PlanText } from '../source';
import { latestDay, planDateOf, shownDay as shownPlanDay, dayNumber } from '../read/plan';

type Day = { day: number; month: number; year: number };

const CITED = /\b(nghi quyet|quyet dinh|ke hoach|thong tu|nghi dinh|cong van|chi thi|thong bao|van ban|huong dan)\s+so\s+([\w./-]+?)\s*,?\s+ngay\s+(\d{1,2})\s*(?:\/|-|\s+thang\s+)(\d{1,2})\s*(?:\/|-|\s+nam\s+)(\d{4})\b/g;

const shown = (d: Day) => `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;

/**
 * A document the plan cites dated after the plan's own date — read from its header, its number
 * line or its signature, with blanks ("ngày    tháng 02 năm 2019" stands for any day of February:
 * a document of 10/12/2019 is after it).
 *
 * @example
 * citedAfterPlan(prepareText('Số: 46/KH-UBND ngày    /02/2019\nCăn cứ Nghị quyết số 12/NQ-HĐND ngày 10/12/2019'))[0].code // 'text-date-after-plan'
 */
export function citedAfterPlan(text: PlanText): TextFindingDraft[] {
  const plan = planDateOf(text);
  if (!plan) return [];
  const last = latestDay(plan);
  const findings: TextFindingDraft[] = [];
  for (const match of text.folded.matchAll(CITED)) {
    const cited = { day: Number(match[3]), month: Number(match[4]), year: Number(match[5]) };
    if (cited.month < 1 || cited.month > 12 || cited.day < 1 || cited.day > 31 || dayNumber(cited.year, cited.month, cited.day) <= last) continue;
    const start = match.index!;
    const end = start + match[0].length;
    // The plan's own number line ("Số: 46/KH-UBND ngày …") is not a citation.
    if (text.lineOf(start) === plan.line) continue;
    const document = text.flat.slice(start, start + match[1].length + 4 + match[2].length).replace(/\s+/g, ' ');
    findings.push({
      code: 'text-date-after-plan', line: text.lineOf(end - 1), quote: quoteOf(text, start, end), actual: shown(cited), expected: `≤ ${shownPlanDay(plan)}`,
      params: { document, date: shown(cited), planDate: shownPlanDay(plan) },
    });
  }
  return findings;
}
