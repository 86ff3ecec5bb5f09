import { fold } from './fold';

/** A reference to a criterion ("Tiêu chí số 1") or one of its indicators ("13.2"). */
export type CriterionRef = { number: number; code: string; indicator: boolean };

const PREFIXED = /^(?:tieu chi|tc|chi tieu|ct)\s*(?:so\s*)?(\d{1,2})(?:\.(\d{1,2}))?(?=\D|$)/;
const BARE = /^(\d{1,2})(?:\.(\d{1,2}))?\.?(?=\s|:|$)/;
const DATE = /^\s*\d{1,2}\s*[/-]\s*(?:\d{1,2}\s*[/-]\s*\d{2,4}|(?:19|20)\d\d)\b/;

function toRef(numberText: string, sub: string | undefined): CriterionRef | null {
  const number = Number(numberText);
  if (!Number.isInteger(number) || number <= 0) return null;
  if (sub === undefined) return { number, code: String(number), indicator: false };
  return { number, code: `${number}.${Number(sub)}`, indicator: true };
}

/**
 * Reads a criterion or indicator reference at the start of a label: `1`, `01`, `Tiêu chí số 1`,
 * `TC1`, `TC 1`, `1. Quy hoạch`, `13.2`, `Chỉ tiêu 17.10`. A number followed by "tiêu chí"
 * ("19 tiêu chí") is a count, not a reference.
 *
 * @example
 * parseCriterionRef('Tiêu chí số 8 về TT&TT') // { number: 8, code: '8', indicator: false }
 * parseCriterionRef('13.2')                   // { number: 13, code: '13.2', indicator: true }
 */
export function parseCriterionRef(label: unknown): CriterionRef | null {
  if (typeof label === 'number') {
    if (!Number.isFinite(label) || label <= 0 || label >= 100) return null;
    const [whole, sub] = String(label).split('.');
    return toRef(whole, sub);
  }
  // A date ("30/6/2022", "6/2025") begins with a number too: it is a time, not a criterion.
  if (typeof label === 'string' && DATE.test(label)) return null;
  const folded = fold(label, '.:');
  const prefixed = PREFIXED.exec(folded);
  if (prefixed) return toRef(prefixed[1], prefixed[2]);
  const bare = BARE.exec(folded);
  if (!bare || /^\S+\s+tieu chi/.test(folded)) return null;
  return toRef(bare[1], bare[2]);
}

/**
 * Splits a cell listing codes ("3; 13.2; 17.10", "TC 5, 8") into references, skipping words.
 *
 * @example
 * parseCodeList('3; 13.2; 17.10').map((r) => r.code) // ['3', '13.2', '17.10']
 */
export function parseCodeList(cell: unknown): CriterionRef[] {
  if (typeof cell === 'number') {
    const ref = parseCriterionRef(cell);
    return ref ? [ref] : [];
  }
  const folded = fold(cell, '.');
  const refs: CriterionRef[] = [];
  for (const match of folded.matchAll(/(?<![\d.])(\d{1,2})(?:\.(\d{1,2}))?(?![\d])/g)) {
    const ref = toRef(match[1], match[2]);
    if (ref) refs.push(ref);
  }
  return refs;
}
