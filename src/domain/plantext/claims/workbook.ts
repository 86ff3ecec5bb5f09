import type { CriterionProgress } from '../../report/progress';
import type { TextFindingDraft } from '../findings';
import { quoteOf } from '../quote';
import type { PlanText } from '../source';
import { criterionCounts } from './criteria';

/**
 * Each criterion's "X/Y" in the text against the tables: communes meeting it at year end and the
 * number of communes, as the workbook counts them.
 *
 * @example
 * workbookClaims(text, criteriaProgress(analyzeWorkbook(snapshot)))
 */
export function workbookClaims(text: PlanText, tables: readonly CriterionProgress[]): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  for (const [k, stated] of criterionCounts(text)) {
    const table = tables.find((t) => t.number === k);
    if (!table || (table.end === stated.reached && table.communes === stated.communes)) continue;
    findings.push({
      code: 'text-workbook', line: text.lineOf(stated.end - 1), quote: quoteOf(text, stated.start, stated.end),
      actual: `${stated.reached}/${stated.communes}`, expected: `${table.end}/${table.communes}`, params: { criterion: k },
    });
  }
  return findings;
}
