import type { Catalog } from '../../catalog/schema';
import { fold } from '../../text/fold';
import type { TextFindingDraft } from '../findings';
import { quoteOf } from '../quote';
import type { PlanText } from '../source';

// "Đối với xã Đức Xuân: … thực hiện 02 tiêu chí chưa đạt: Tiêu chí số 9: Nhà ở dân cư; Tiêu chí số 10: Thu nhập."
const UNMET = /\bdoi voi xa ([a-z][a-z ]{1,30}?)\s*:[^:]{0,200}?\b(\d{1,2}) tieu chi chua dat\b/g;
// "… đạt tiêu chí Nghèo đa chiều (Cụ thể chỉ tiêu giao cho xã Đức Xuân, xã Lê lợi, xã Vân trình)".
const ASSIGNED = /\btieu chi ((?:so \d{1,2}\b)?[^().;]{0,60}?)\s*\(cu the chi tieu giao cho (?:cac )?xa\s*:?\s*([^)]{1,300})\)/g;

/** `commune` folded, `name` as the text writes it (the folded copy keeps offsets). */
type Unmet = { commune: string; name: string; criteria: number[]; start: number; end: number };

function unmetOf(text: PlanText): Unmet[] {
  return [...text.folded.matchAll(UNMET)].flatMap((m) => {
    const count = Number(m[2]);
    const end = m.index! + m[0].length;
    const listed = [...text.folded.slice(end, end + 300).matchAll(/\btieu chi so (\d{1,2})\b/g)].map((n) => Number(n[1])).slice(0, count);
    // Only a list as long as its count says which criteria the commune lacks, and no others.
    const at = m.index! + m[0].indexOf(m[1]);
    const name = text.flat.slice(at, at + m[1].length).trim();
    return listed.length === count && count > 0 ? [{ commune: m[1].trim(), name, criteria: listed, start: m.index!, end }] : [];
  });
}

function criterionOf(phrase: string, names: readonly { number: number; name: string }[]): number | undefined {
  const numbered = /^so (\d{1,2})\b/.exec(phrase);
  if (numbered) return Number(numbered[1]);
  const words = phrase.trim();
  return names.find((c) => words.startsWith(c.name) || (words.length >= 4 && c.name.startsWith(words)))?.number;
}

/**
 * A commune the text says lacks exactly N criteria ("Đối với xã Đức Xuân: … 02 tiêu chí chưa đạt:
 * Tiêu chí số 9 …; Tiêu chí số 10 …") that the text also assigns another criterion to reach this year
 * ("03 xã đạt tiêu chí Nghèo đa chiều (Cụ thể chỉ tiêu giao cho xã Đức Xuân, …)"): both cannot hold.
 * Criteria named in words are those of the text's set (`criteriaSetOf`, as check-text chose it).
 *
 * @example
 * communeCriteriaClaims(prepareText(thachAnPlan), xaNtm20212025)[0].params // { commune: 'Đức Xuân', criterion: 11, … }
 */
export function communeCriteriaClaims(text: PlanText, catalog: Pick<Catalog, 'criteria'>): TextFindingDraft[] {
  const unmet = unmetOf(text);
  if (unmet.length === 0) return [];
  const names = catalog.criteria.map((c) => ({ number: c.number, name: fold(c.name) }));
  const findings: TextFindingDraft[] = [];
  for (const m of text.folded.matchAll(ASSIGNED)) {
    const criterion = criterionOf(m[1], names);
    if (criterion === undefined) continue;
    const communes = m[2].split(/[,;]|\bva\b/).map((c) => c.trim().replace(/^xa\s+/, '').trim()).filter(Boolean);
    for (const lack of unmet) {
      if (!communes.includes(lack.commune) || lack.criteria.includes(criterion)) continue;
      const end = m.index! + m[0].length;
      findings.push({
        code: 'text-commune-criteria', line: text.lineOf(end - 1), quote: quoteOf(text, m.index!, end),
        actual: `${criterion}`, expected: lack.criteria.join(', '),
        params: { commune: lack.name, criterion, count: lack.criteria.length, listed: lack.criteria.join(', '), listedLine: text.lineOf(lack.end - 1) },
      });
    }
  }
  return findings;
}
