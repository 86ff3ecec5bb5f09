import type { Catalog } from '../catalog/schema';
import { parseCriterionRef, type CriterionRef } from '../text/codes';
import { fold } from '../text/fold';

/**
 * The criterion or indicator a row of a responsibility table names, by its code, its name in the set,
 * or its TT: every reader of who leads what asks here (the checks, the appendix).
 *
 * @example
 * criterionOf('Tiêu chí 17.8', '', catalog) // { number: 17, code: '17.8', indicator: true }
 * criterionOf('Thủy lợi và phòng, chống thiên tai', '3', catalog) // { number: 3, code: '3', indicator: false }
 */
export function criterionOf(label: string, tt: string, catalog: Catalog): CriterionRef | null {
  const ref = parseCriterionRef(label);
  if (ref) return ref;
  const folded = fold(label);
  const named = catalog.criteria.find((c) => { const name = fold(c.name); return folded.length >= 4 && (folded === name || name.startsWith(folded) || folded.startsWith(name)); });
  if (named) return { number: named.number, code: String(named.number), indicator: false };
  return parseCriterionRef(tt);
}
