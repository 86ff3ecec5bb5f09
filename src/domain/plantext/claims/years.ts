import type { TextFindingDraft } from '../findings';
import { quoteOf } from '../quote';
import type { Reading } from '../read/reading';

/** Words that look ahead: what follows them is what the plan's own year will do. */
const AHEAD = /\b(du kien(?: dau tu| thuc hien| trien khai| bo tri| phan bo)?|phan dau(?: trong| den)?|ke hoach dau tu)\s+(?:trong\s+)?nam (20\d\d)\b/g;

/**
 * A plan that plans for an earlier year than its own: "dự kiến đầu tư năm 2024" in a 2025 plan (a
 * list copied from last year's plan). Years named as results ("đến hết năm 2024", "kết quả năm
 * 2024") are not concerned. The plan's year is the reading's (`planFactsOf`), as for every check.
 *
 * @example
 * staleYears(readText(prepareText('KẾ HOẠCH năm 2025\nDanh mục dự án dự kiến đầu tư năm 2024')))[0].code // 'text-stale-year'
 */
export function staleYears(reading: Reading): TextFindingDraft[] {
  const { text } = reading;
  const year = reading.plan.year;
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

/**
 * A text checked beside a workbook that plans for another year ("Kế hoạch năm 2027" against a
 * workbook of 2026): said once, at the line the text's year was read on; the text's year stands
 * (`planFactsOf` decides how the two relate).
 *
 * @example
 * yearAgainstWorkbook(readText(prepareText('KẾ HOẠCH năm 2027'), 2026))[0].params // { year: 2027, workbookYear: 2026, yearSource: 'title' }
 */
export function yearAgainstWorkbook(reading: Reading): TextFindingDraft[] {
  const { plan, text } = reading;
  if (plan.workbookYear === undefined || plan.year === undefined) return [];
  const line = plan.yearLine ?? 1;
  return [{
    code: 'text-workbook-year', line, quote: text.lines[line - 1]?.trim() ?? '', actual: String(plan.year), expected: String(plan.workbookYear),
    params: { year: plan.year, workbookYear: plan.workbookYear, yearSource: plan.yearSource ?? 'title' },
  }];
}
