import type { TextFindingDraft } from '../findings';
import { quoteOf } from '../quote';
import type { PlanText } from '../source';

type Day = { day: number; month: number; year: number };

const PLAN_DATE = /\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\b/;
const CITED = /\b(nghi quyet|quyet dinh|ke hoach|thong tu|nghi dinh|cong van|chi thi|thong bao|van ban|huong dan)\s+so\s+([\w./-]+?)\s+ngay\s+(\d{1,2})\s*(?:\/|-|\s+thang\s+)(\d{1,2})\s*(?:\/|-|\s+nam\s+)(\d{4})\b/g;

const value = (d: Day) => d.year * 10_000 + d.month * 100 + d.day;
const shown = (d: Day) => `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;

/**
 * The plan's own date: "…, ngày 22 tháng 02 năm 2019" in its first lines (the header).
 *
 * @example
 * planDate(prepareText('Lạng Sơn, ngày 22 tháng 02 năm 2019')) // { day: 22, month: 2, year: 2019 }
 */
export function planDate(text: PlanText): Day | undefined {
  const head = text.lines.slice(0, 25).map((line) => line.length).reduce((a, b) => a + b + 1, 0);
  const match = PLAN_DATE.exec(text.folded.slice(0, head));
  return match ? { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) } : undefined;
}

/**
 * A document the plan cites ("Nghị quyết số 12/NQ-HĐND ngày 10/12/2019") dated after the plan itself.
 *
 * @example
 * datesAfterPlan(prepareText('Lạng Sơn, ngày 22 tháng 02 năm 2019\nCăn cứ Nghị quyết số 12/NQ-HĐND ngày 10/12/2019'))[0].code // 'text-date-after-plan'
 */
export function datesAfterPlan(text: PlanText): TextFindingDraft[] {
  const plan = planDate(text);
  if (!plan) return [];
  const findings: TextFindingDraft[] = [];
  for (const match of text.folded.matchAll(CITED)) {
    const cited = { day: Number(match[3]), month: Number(match[4]), year: Number(match[5]) };
    if (cited.month < 1 || cited.month > 12 || cited.day < 1 || cited.day > 31 || value(cited) <= value(plan)) continue;
    const start = match.index!;
    const end = start + match[0].length;
    const document = text.flat.slice(start, start + match[1].length + 4 + match[2].length).replace(/\s+/g, ' ');
    findings.push({
      code: 'text-date-after-plan', line: text.lineOf(end - 1), quote: quoteOf(text, start, end), actual: shown(cited), expected: `≤ ${shown(plan)}`,
      params: { document, date: shown(cited), planDate: shown(plan) },
    });
  }
  return findings;
}
