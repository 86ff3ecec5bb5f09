import type { Lang } from '../findings/codes';
import { BUILTIN_CATALOGS } from './builtin';

/**
 * A criteria set as a commune office names it: "Bộ tiêu chí xã NTM 2021–2025", never its id; a set
 * a user supplied keeps its own title (else its id).
 *
 * @example
 * setName('xa-ntm-2021-2025', 'vi') === 'Bộ tiêu chí xã NTM 2021–2025'
 * setName('xa-ntm-nang-cao-2021-2025', 'en') === 'Advanced commune NTM criteria 2021–2025'
 */
export function setName(id: string, lang: Lang, title?: string): string {
  const set = BUILTIN_CATALOGS.find((c) => c.id === id);
  if (!set) return title ?? id;
  const years = `${set.period.from}–${set.period.to}`;
  const advanced = set.tier !== 'dat-chuan';
  return lang === 'vi' ? `Bộ tiêu chí xã NTM${advanced ? ' nâng cao' : ''} ${years}` : `${advanced ? 'Advanced commune' : 'Commune'} NTM criteria ${years}`;
}

/**
 * A criterion or indicator code as a plan writes it: "tiêu chí số 10", "chỉ tiêu 17.8" (anything
 * else as it is).
 *
 * @example
 * criterionName('10', 'vi') === 'tiêu chí số 10'; criterionName('17.8', 'en') === 'indicator 17.8'
 */
export function criterionName(code: string, lang: Lang): string {
  const bare = code.replace(/^tiêu chí( số)?\s*/i, '');
  if (/^\d+$/.test(bare)) return lang === 'vi' ? `tiêu chí số ${bare}` : `criterion ${bare}`;
  if (/^\d+(\.\d+)+$/.test(bare)) return lang === 'vi' ? `chỉ tiêu ${bare}` : `indicator ${bare}`;
  return code;
}
