import { fold } from './fold';

/** What a mark in a responsibility matrix says an agency does for a criterion. */
export type Role = 'lead' | 'partner' | 'unclear';

/** Marks a legend defines: "C: Chủ trì; P: Phối hợp", "Cơ quan chủ trì (CT), phối hợp (PH)". */
export type RoleLegend = ReadonlyMap<string, Exclude<Role, 'unclear'>>;

const roleOf = (words: string): Exclude<Role, 'unclear'> => (words.startsWith('chu tri') ? 'lead' : 'partner');

/**
 * The role marks a text defines, in the two ways plans write them.
 *
 * @example
 * parseRoleLegend('C: Chủ trì; P: Phối hợp').get('p') // 'partner'
 * parseRoleLegend('Cơ quan chủ trì (CT), phối hợp (PH)').get('ct') // 'lead'
 */
export function parseRoleLegend(text: string): Map<string, Exclude<Role, 'unclear'>> {
  const legend = new Map<string, Exclude<Role, 'unclear'>>();
  const folded = fold(text, '();:=,-');
  for (const match of folded.matchAll(/(?:^|[;,\s(])["(]?([a-z*+]{1,3})[")]?\s*(?:[:=]|-)\s*(?:co quan |don vi )?(chu tri|phoi hop)\b/g)) legend.set(match[1], roleOf(match[2]));
  for (const match of folded.matchAll(/\b(chu tri|phoi hop)[^()]{0,24}\(\s*([a-z*+]{1,3})\s*\)/g)) legend.set(match[2], roleOf(match[1]));
  return legend;
}

const LEAD_MARKS = new Set(['c', 'ct', 'chu tri', 'ch', 'tri', 'chu tri thuc hien']);
const PARTNER_MARKS = new Set(['p', 'ph', 'phoi hop', 'ph thuc hien']);
const TICKS = new Set(['x', 'v', '*', '+', '1', '•', '●', '✓', '✔', 'o']);

/**
 * The role a mark gives: the legend first, then the usual "CT"/"PH", then a tick under a group
 * header that says which ("Cơ quan chủ trì" over the agencies). Null for a blank cell.
 *
 * @example
 * roleOfMark('x', 'co quan chu tri', new Map()) // 'lead'
 * roleOfMark('PH', undefined, new Map()) // 'partner'
 */
export function roleOfMark(value: unknown, group: string | undefined, legend: RoleLegend): Role | null {
  const typed = value === null || value === undefined ? '' : String(value).trim();
  if (!typed) return null;
  const mark = fold(typed);
  const defined = legend.get(mark);
  if (defined) return defined;
  if (LEAD_MARKS.has(mark)) return 'lead';
  if (PARTNER_MARKS.has(mark)) return 'partner';
  if (!TICKS.has(mark) && !TICKS.has(typed)) return 'unclear';
  const says = group ?? '';
  const lead = /\bchu tri\b/.test(says);
  const partner = /\bphoi hop\b/.test(says);
  if (lead !== partner) return lead ? 'lead' : 'partner';
  return 'unclear';
}

/**
 * True for a bare tick ("x", "✓", "1"): a mark that says an agency is concerned, not which role it has.
 *
 * @example
 * isTick('X') // true
 * isTick('CT') // false
 */
export function isTick(value: unknown): boolean {
  const typed = value === null || value === undefined ? '' : String(value).trim();
  return typed !== '' && (TICKS.has(fold(typed)) || TICKS.has(typed));
}
