import { fold } from './fold';

/** Every pattern below needs a digit and one of these: most row labels (names) are ruled out at once. */
const GROUP_WORDS = /-|duoi|tieu chi|\btc\b/;
/** Those words need a dash, or a letter that folds to d or t: a label without one is not folded to find out. */
const MAY_GROUP = /[-\u2010-\u2015\u2212dDtT\u0110\u0111\u010e\u010f\u0162-\u0167\u021a\u021b\u1e0a-\u1e13\u1e6a-\u1e71\u1e97]/;

/** Bounds of a distribution group read from a row label. */
export type GroupBounds = { min: number; max: number };

/**
 * Reads a distribution group from a label: "Số xã đạt 19 tiêu chí", "15-18 tiêu chí",
 * "Xã đạt từ 5 - 9 tiêu chí", "dưới 5 tiêu chí", "từ 10 tiêu chí trở lên" (open bound →
 * max Infinity). Returns null for criterion rows such as "Tiêu chí số 19".
 *
 * @example
 * parseGroupLabel('Số xã đạt từ 5-9 tiêu chí') // { min: 5, max: 9 }
 * parseGroupLabel('Dưới 5 tiêu chí')           // { min: 0, max: 4 }
 */
export function parseGroupLabel(label: unknown): GroupBounds | null {
  if (typeof label === 'number') return null;
  const raw = String(label ?? '');
  if (!/\d/.test(raw) || !MAY_GROUP.test(raw)) return null;
  const folded = fold(label, '-/').replace(/(\d{1,2})\s*\/\s*\d{1,2}(?=\s*(?:tieu chi|tc)\b)/g, '$1');
  if (!GROUP_WORDS.test(folded)) return null;
  if (/^(tieu chi|tc|chi tieu)\b/.test(folded)) return null;
  const range = /(\d{1,2})\s*(?:tieu chi|tc)?\s*(?:-|den)\s*(\d{1,2})\s*(tieu chi|tc)\b/.exec(folded) ?? /^(?:xa\s+)?(?:dat\s+)?(?:tu\s+)?(\d{1,2})\s*-\s*(\d{1,2})$/.exec(folded);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    return min <= max ? { min, max } : null;
  }
  const below = /duoi\s+(\d{1,2})\s*(tieu chi|tc)?\b/.exec(folded);
  if (below && Number(below[1]) > 0) return { min: 0, max: Number(below[1]) - 1 };
  const upward = /tu\s+(\d{1,2})\s*(tieu chi|tc)\s*tro len/.exec(folded);
  if (upward) return { min: Number(upward[1]), max: Infinity };
  const exact = /(?:^|\b(?:dat|co|xa|nhom)\s+)(\d{1,2})\s*(tieu chi|tc)\b/.exec(folded) ?? (/\b(dat|xa|hoan thanh|giu vung)\b/.test(folded) ? /\b(\d{1,2})\s*(tieu chi|tc)\b/.exec(folded) : null);
  if (exact) return { min: Number(exact[1]), max: Number(exact[1]) };
  return null;
}
