import type { Lang } from '../findings/codes';
import { averageClaims } from './claims/averages';
import { progressClaims } from './claims/progress';
import { workbookClaims } from './claims/workbook';
import type { PlanFigures } from './figures';
import { datesAfterPlan } from './claims/dates';
import { listClaims } from './claims/lists';
import { placeholders } from './claims/placeholders';
import { staleYears } from './claims/years';
import { floorClaims } from './claims/floor';
import { communeCriteriaClaims } from './claims/communeCriteria';
import { shareClaims } from './claims/shares';
import { totalClaims } from './claims/totals';
import { localizeText, type TextFinding } from './findings';
import { prepareText } from './source';

/** The year the text plans for: the latest "năm 20xx" of its first lines. */
function yearOf(text: PrepareResult): number | undefined {
  const years = [...text.folded.slice(0, 3000).matchAll(/\bnam (20\d\d)\b/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
}

/** The size of the criteria set the text plans under: 10 from 2026, 19 before. */
function criteriaOf(text: PrepareResult): number {
  return (yearOf(text) ?? 0) >= 2026 ? 10 : 19;
}

type PrepareResult = ReturnType<typeof prepareText>;

export type TextReport = { issues: TextFinding[]; stats: { errors: number; warnings: number; lines: number } };

/**
 * Checks the numeric claims of a plan's text: shares of ratios, totals and their items, counts of
 * named communes, cited documents dated after the plan, blanks left to fill in, averages and
 * distributions; with the workbook's figures, each criterion's "X/Y", the distribution, the
 * average and the total funding against them. Findings in line order.
 *
 * @example
 * checkPlanText('Số xã đạt 15-18 tiêu chí có 01/181 xã, chiếm 0,5%', 'vi').issues[0].expected // '0,6%'
 */
export function checkPlanText(raw: string, lang: Lang, figures?: PlanFigures): TextReport {
  const text = prepareText(raw);
  const drafts = [...shareClaims(text), ...totalClaims(text), ...listClaims(text), ...progressClaims(text), ...datesAfterPlan(text), ...staleYears(text), ...placeholders(text), ...averageClaims(text, criteriaOf(text)), ...floorClaims(text, criteriaOf(text)), ...communeCriteriaClaims(text, yearOf(text)), ...(figures ? workbookClaims(text, figures) : [])]
    .sort((a, b) => a.line - b.line);
  const issues = localizeText(drafts, lang);
  return { issues, stats: { errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length, lines: text.lines.length } };
}
