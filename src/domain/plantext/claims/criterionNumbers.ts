import { BUILTIN_CATALOGS } from '../../catalog/builtin';
import type { Catalog } from '../../catalog/schema';
import { fold } from '../../text/fold';
import type { TextFindingDraft } from '../findings';
import type { Reading } from '../read/reading';

/**
 * The commune criteria sets a plan of a year may speak of: the set in force and the advanced set of
 * its period; in the first two years of a period also the previous period's set (plans then still
 * name criteria the old way: "Tiêu chí số 11 về Hộ nghèo" in 2021).
 */
export function setsInForce(year: number | undefined, catalogs: readonly Catalog[] = BUILTIN_CATALOGS, withPrevious = true): Catalog[] {
  const communes = catalogs.filter((c) => c.level === 'xa');
  if (year === undefined) return communes;
  const current = communes.filter((c) => c.period.from <= year && year <= c.period.to);
  const previous = communes.filter((c) => withPrevious && c.period.to < year && year - c.period.to <= 2 && year - (current[0]?.period.from ?? year) <= 1);
  return current.length ? [...current, ...previous] : communes;
}

// "Tiêu chí số 5 về Giao thông", "tiêu chí số 9: Nhà ở dân cư", "Tiêu chí 14 (Y tế)", "tiêu chí số 3 - Thủy lợi".
const NUMBERED = /\btieu chi\s+(?:so\s+)?(\d{1,2})(?![.,]\d|\s*\/)\s*(?:(?:ve|la)\s+|[:(–-]\s*|“|")["“]?\s*([a-z][a-z ,-]{2,60}?)(?=["”)]|[.;:]|\s+(?:nam|phan dau|co|dat|duy tri|tiep tuc|thuc hien|toan|\d)|,\s|$)/g;
// Words that make another set the subject: villages, districts, the old period, the advanced set.
// ("thôn" alone: "nông thôn" is every criterion's word.)
const OTHER_SET = /\b(cap thon|thon,? (?:ban|xom)|thon (?:dat chuan|nong thon moi|ntm|kieu mau)|\d+ thon|xom|khu dan cu|huyen nong thon moi|cap huyen|huyen dat chuan|nang cao|kieu mau|hien dai|bo tieu chi cu|tinh dat chuan|do thi|phuong)\b/;
const PERIOD = /\b(20\d\d)\s*[-–]\s*(20\d\d)\b/g;

/** The sentence speaks of a period other than the plan's ("giai đoạn 2021-2025" in a 2027 plan), or of a set of another size. */
function otherPeriod(folded: string, year: number | undefined, size: number): boolean {
  if (new RegExp(`\\b(?!${size}\\b)(10|19)\\s+tieu chi\\b`).test(folded)) return true;
  if (year === undefined) return false;
  return [...folded.matchAll(PERIOD)].some((m) => year < Number(m[1]) || year > Number(m[2]));
}

function matches(words: string, name: string): boolean {
  if (words.length < 4 || name.length < 4) return false;
  return words.startsWith(name) || name.startsWith(words);
}

/**
 * Criteria by number and name against the sets in force for the plan's year, in either direction:
 * a number outside every set ("tiêu chí số 14" in a 2027 plan, whose set has 10), and a number
 * named as another criterion of the set ("Tiêu chí số 5 về Giao thông" where Giao thông is 2).
 * Sentences about villages, districts, the advanced set or an earlier period are left alone. A text
 * whose sentences show another set than its year's (`shown`, `criteriaSetOf`: "19/19 tiêu chí" in a
 * 2027 plan, said once as text-set-mismatch) is read against that set too.
 *
 * @example
 * criterionNumbers(readText(prepareText('KẾ HOẠCH năm 2024\n- Tiêu chí số 5 về Giao thông: …')))[0].expected // '2'
 */
export function criterionNumbers(reading: Reading, shown?: Catalog): TextFindingDraft[] {
  const sets = [...setsInForce(reading.plan.year), ...(shown ? [shown] : [])];
  if (sets.length === 0) return [];
  // A number is outside the sets of the plan's own period (a 2027 plan has no criterion 14); names may still follow the previous one.
  const size = Math.max(...[...setsInForce(reading.plan.year, BUILTIN_CATALOGS, false), ...(shown ? [shown] : [])].map((c) => c.criteria.length));
  const findings: TextFindingDraft[] = [];
  for (const sentence of reading.sentences) {
    for (const m of sentence.folded.matchAll(NUMBERED)) {
      const k = Number(m[1]);
      const line = reading.text.lineOf(sentence.start + m.index!);
      const context = sentence.folded + ' ' + reading.sentences.filter((s) => sentence.headings.includes(s.index)).map((s) => s.folded).join(' ');
      if (OTHER_SET.test(context) || otherPeriod(context, reading.plan.year, size)) continue;
      const words = m[2].trim().replace(/^(ve|la)\s+/, '');
      if (k > size || k === 0) {
        if (reading.plan.year === undefined) continue;
        findings.push({ code: 'text-criterion-number', line, quote: sentence.quote, actual: String(k), expected: `1–${size}`, params: { criterion: k, size, year: reading.plan.year } });
        continue;
      }
      const own = sets.some((c) => c.criteria.some((x) => x.number === k && matches(words, fold(x.name))));
      if (own) continue;
      const others = [...new Set(sets.flatMap((c) => c.criteria.filter((x) => x.number !== k && matches(words, fold(x.name))).map((x) => x.number)))];
      if (others.length !== 1) continue;
      const written = reading.text.flat.slice(sentence.start + m.index! + m[0].length - m[2].length, sentence.start + m.index! + m[0].length).trim();
      findings.push({ code: 'text-criterion-name', line, quote: sentence.quote, actual: String(k), expected: String(others[0]), params: { criterion: k, name: written, named: others[0] } });
    }
  }
  return findings;
}
