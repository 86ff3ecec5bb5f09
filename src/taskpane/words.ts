import type { Lang } from '../domain/findings/codes';
import { setName } from '../domain/catalog/names';
import type { CheckData } from './engine/types';
import { isCancelled } from './engine/types';
import type { Strings } from './strings';
import { failureOf } from '../hosts/excel/failures';
import { failureText as failureWords } from '../hosts/excel/failureMessages';

/**
 * A criteria set as a commune office names it ("Bộ tiêu chí xã NTM 2021–2025"), never its id; a set
 * a user supplied keeps its own title.
 *
 * @example
 * catalogName({ id: 'xa-ntm-2021-2025', title: '…', from: 2021, to: 2025, advanced: false, criteria: 19, builtin: true }, 'vi') === 'Bộ tiêu chí xã NTM 2021–2025'
 */
export function catalogName(catalog: Pick<CheckData['catalog'], 'id' | 'title' | 'builtin'>, lang: Lang): string {
  return catalog.builtin ? setName(catalog.id, lang) : catalog.title;
}

/** The first cells of a list, for a message: "'Giao'!E7, 'Giao'!F7 …". */
export const cellList = (cells: readonly string[]) => cells.slice(0, 5).join(', ') + (cells.length > 5 ? ' …' : '');

/**
 * What went wrong in the web page's own work (opening or saving a file), in one line: stopped by the
 * user, a refusal of the add-in's own in the pane's words, else the error's own message (a file that
 * is no workbook, a password) — never Excel's words, as there is no Excel there.
 */
export function failureText(error: unknown, strings: Strings, lang: Lang): string {
  if (isCancelled(error)) return strings.cancelled;
  const failure = failureOf(error);
  if (failure.code === 'other') return failure.raw ?? '';
  const { what, todo } = failureWords(failure, lang);
  return `${what} ${todo}`;
}
