import type { TextFindingDraft } from '../findings';
import { quoteOf } from '../quote';
import type { PlanText } from '../source';
import { planDate } from './dates';

/**
 * The year a plan is for: the year its title names after "Kế hoạch" ("… huyện Thạch An năm 2025"),
 * else the year of its own date.
 *
 * @example
 * planYearOfText(prepareText('KẾ HOẠCH\nXây dựng nông thôn mới năm 2025')) === 2025
 */
export function planYearOfText(text: PlanText): number | undefined {
  const head = text.folded.slice(0, 3000);
  const start = head.indexOf('ke hoach');
  const titled = start >= 0 ? /\bnam (20\d\d)\b/.exec(head.slice(start, start + 400)) : null;
  return titled ? Number(titled[1]) : planDate(text)?.year;
}

/** Words that look ahead: what follows them is what the plan's own year will do. */
const AHEAD = /\b(du kien(?: dau tu| thuc hien| trien khai| bo tri| phan bo)?|phan dau(?: trong| den)?|ke hoach dau tu)\s+(?:trong\s+)?nam (20\d\d)\b/g;

/**
 * A plan that plans for an earlier year than its own: "dự kiến đầu tư năm 2024" in a 2025 plan (a
 * list copied from last year's plan). Years named as results ("đến hết năm 2024", "kết quả năm
 * 2024") are not concerned.
 *
 * @example
 * staleYears(prepareText('KẾ HOẠCH năm 2025\nDanh mục dự án dự kiến đầu tư năm 2024'))[0].code // 'text-stale-year'
 */
export function staleYears(text: PlanText): TextFindingDraft[] {
  const year = planYearOfText(text);
  if (year === undefined) return [];
  const findings: TextFindingDraft[] = [];
  for (const match of text.folded.matchAll(AHEAD)) {
    const named = Number(match[2]);
    if (named >= year || named < year - 5) continue;
    const start = match.index!;
    const end = start + match[0].length;
    findings.push({ code: 'text-stale-year', line: text.lineOf(end - 1), quote: quoteOf(text, start, end), actual: `năm ${named}`, expected: `năm ${year}`, params: { named, year } });
  }
  return findings;
}
