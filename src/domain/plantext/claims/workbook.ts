import { parseVietnameseNumber } from '../../text/numbers';
import { viNumber, type TextFindingDraft } from '../findings';
import type { Funding, PlanFigures } from '../figures';
import { quoteOf } from '../quote';
import { prepareText, type PlanText } from '../source';
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

/** An amount of the table in the text's unit (tỷ or triệu đồng), and whether the text's digits show it. */
function inTextUnit(value: number, tableUnit: Funding['unit'], textUnit: string): number {
  const unit = textUnit === 'ty' ? 'tỷ đồng' : 'triệu đồng';
  return tableUnit === unit ? value : unit === 'tỷ đồng' ? value / 1000 : value * 1000;
}

function amountFinding(text: PlanText, start: number, end: number, stated: string, textUnit: string, expected: number, params: TextFindingDraft['params']): TextFindingDraft[] {
  const parsed = parseVietnameseNumber(stated);
  // Within the rounding of the digits the text shows.
  if (!parsed || Math.abs(expected - parsed.value) <= 0.5 * 10 ** -parsed.decimals + 1e-9) return [];
  const unit = textUnit === 'ty' ? 'tỷ đồng' : 'triệu đồng';
  return [{ code: 'text-workbook', line: text.lineOf(end - 1), quote: quoteOf(text, start, end), actual: `${stated} ${unit}`, expected: `${viNumber(expected, parsed.decimals)} ${unit}`, params }];
}

function fundingClaims(text: PlanText, figures: PlanFigures): TextFindingDraft[] {
  const { funding } = figures;
  if (!funding) return [];
  const match = [...text.folded.matchAll(FUNDING_TOTAL)][0];
  if (!match) return [];
  const findings = amountFinding(text, match.index!, match.index! + match[0].length, match[1], match[2], inTextUnit(funding.total, funding.unit, match[2]), { what: 'funding' });
  // Each item named after the total with its amount: "1. Ngân sách trung ương là 643 tỷ đồng".
  const after = text.folded.slice(match.index!, match.index! + 4000);
  for (const item of funding.items) {
    // Folded as the text is (one character for one, its punctuation kept).
    const name = prepareText(item.label).folded.trim();
    if (name.length < 4) continue;
    const at = after.indexOf(name);
    if (at < 0) continue;
    const amount = AMOUNT_AFTER.exec(after.slice(at + name.length, at + name.length + 80));
    if (!amount) continue;
    const start = match.index! + at;
    const end = start + name.length + amount.index + amount[0].length;
    findings.push(...amountFinding(text, start, end, amount[1], amount[2], inTextUnit(item.value, funding.unit, amount[2]), { what: 'funding-item', item: item.label }));
  }
  return findings;
}

// "… là 643 tỷ đồng", ": 4.356 triệu đồng" right after an item's name (no other number between).
const AMOUNT_AFTER = /^[^\d.;]{0,40}?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(ty|trieu) dong\b/;

/**
 * The text's numbers against the workbook's figures: each criterion's "X/Y" (communes meeting it at
 * year end, of how many), each line of the distribution of communes by criteria met, the average of
 * criteria per commune (at the digits the text shows), the total funding and each funding item
 * named after it (in the text's unit).
 *
 * @example
 * workbookClaims(prepareText(plan), planFigures(analyzeWorkbook(snapshot)))
 */
export function workbookClaims(text: PlanText, figures: PlanFigures): TextFindingDraft[] {
  return [...criteriaClaims(text, figures), ...distributionClaims(text, figures), ...fundingClaims(text, figures)];
}
