import { parseVietnameseNumber } from '../../text/numbers';
import { viNumber, type TextFindingDraft } from '../findings';
import type { PlanFigures } from '../figures';
import { quoteOf } from '../quote';
import type { PlanText } from '../source';
import { averagesIn, distributionLines } from './averages';
import { criterionCounts } from './criteria';

// "Tổng nhu cầu vốn thực hiện là 4.756 tỷ đồng", "tổng vốn … 313.791 triệu đồng".
const FUNDING_TOTAL = /\btong (?:nhu cau )?von\b[^.;:\d]{0,60}?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(ty|trieu) dong\b/g;

function criteriaClaims(text: PlanText, figures: PlanFigures): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  for (const [k, stated] of criterionCounts(text)) {
    const table = figures.criteria.find((t) => t.number === k);
    if (!table || (table.end === stated.reached && table.communes === stated.communes)) continue;
    findings.push({
      code: 'text-workbook', line: text.lineOf(stated.end - 1), quote: quoteOf(text, stated.start, stated.end),
      actual: `${stated.reached}/${stated.communes}`, expected: `${table.end}/${table.communes}`, params: { criterion: k, what: 'criterion' },
    });
  }
  return findings;
}

function distributionClaims(text: PlanText, figures: PlanFigures): TextFindingDraft[] {
  const { distribution } = figures;
  if (!distribution) return [];
  const findings: TextFindingDraft[] = [];
  for (const line of distributionLines(text)) {
    const group = distribution.groups.find((g) => g.min === line.low && g.max === line.high);
    if (!group || (group.count === line.count && distribution.communes === line.communes)) continue;
    findings.push({
      code: 'text-workbook', line: text.lineOf(line.end - 1), quote: quoteOf(text, line.start, line.end),
      actual: `${line.count}/${line.communes}`, expected: `${group.count}/${distribution.communes}`, params: { group: group.label, what: 'group' },
    });
  }
  for (const average of averagesIn(text)) {
    // Shown to the digits the text shows: "15,1" is any average from 15,05 to 15,15.
    if (distribution.average >= average.low - average.half && distribution.average <= average.high + average.half) continue;
    const decimals = Math.max(1, Math.round(-Math.log10(average.half * 2)));
    findings.push({
      code: 'text-workbook', line: text.lineOf(average.end - 1), quote: quoteOf(text, average.start, average.end),
      actual: average.low === average.high ? viNumber(average.low, decimals) : `${viNumber(average.low, decimals)} – ${viNumber(average.high, decimals)}`,
      expected: viNumber(distribution.average, decimals), params: { what: 'average' },
    });
  }
  return findings;
}

function fundingClaims(text: PlanText, figures: PlanFigures): TextFindingDraft[] {
  const { funding } = figures;
  if (!funding) return [];
  const match = [...text.folded.matchAll(FUNDING_TOTAL)][0];
  const stated = match ? parseVietnameseNumber(match[1]) : null;
  if (!match || !stated) return [];
  const unit = match[2] === 'ty' ? 'tỷ đồng' : 'triệu đồng';
  const total = funding.unit === unit ? funding.total : unit === 'tỷ đồng' ? funding.total / 1000 : funding.total * 1000;
  // Within the rounding of the digits the text shows.
  if (Math.abs(total - stated.value) <= 0.5 * 10 ** -stated.decimals + 1e-9) return [];
  const end = match.index! + match[0].length;
  return [{
    code: 'text-workbook', line: text.lineOf(end - 1), quote: quoteOf(text, match.index!, end),
    actual: `${match[1]} ${unit}`, expected: `${viNumber(total, stated.decimals)} ${unit}`, params: { what: 'funding' },
  }];
}

/**
 * The text's numbers against the workbook's figures: each criterion's "X/Y" (communes meeting it at
 * year end, of how many), each line of the distribution of communes by criteria met, the average of
 * criteria per commune (at the digits the text shows) and the total funding (in the text's unit).
 *
 * @example
 * workbookClaims(prepareText(plan), planFigures(analyzeWorkbook(snapshot)))
 */
export function workbookClaims(text: PlanText, figures: PlanFigures): TextFindingDraft[] {
  return [...criteriaClaims(text, figures), ...distributionClaims(text, figures), ...fundingClaims(text, figures)];
}
