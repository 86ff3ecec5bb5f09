import type { Lang } from '../domain/findings/codes';
import { setName } from '../domain/catalog/names';
import type { CheckData } from './engine/types';
import { isCancelled } from './engine/types';
import type { Strings } from './strings';

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
 * What went wrong, in the pane's words where the pane knows the error (a protected or changed sheet,
 * cells changed before an undo), else the error's own message.
 */
export function failureText(error: unknown, strings: Strings): string {
  if (isCancelled(error)) return strings.cancelled;
  if (!(error instanceof Error)) return String(error);
  const data = error as Error & { sheets?: string[]; reason?: string; cells?: string[] };
  if (error.name === 'WriteRefusedError' && data.sheets) return data.reason === 'changed' ? strings.refusedChanged(data.sheets.join(', ')) : strings.refusedProtected(data.sheets.join(', '));
  if (error.name === 'UndoRefusedError' && data.cells) return strings.undoRefused(data.cells.length, cellList(data.cells));
  return error.message;
}
