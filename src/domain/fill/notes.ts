import { formatNumber } from '../findings/format';
import { isCellError, type CellValue } from '../sheet/snapshot';

/**
 * The note that keeps what a fill replaced, in Vietnamese number format.
 *
 * @example
 * replacedNote(15.1) === 'Giá trị cũ: 15,1'; replacedNote('=A1+1') === 'Công thức cũ: =A1+1'
 */
export function replacedNote(previous: CellValue | undefined): string {
  if (typeof previous === 'string' && previous.startsWith('=')) return `Công thức cũ: ${previous}`;
  const shown = isCellError(previous) ? previous.error : typeof previous === 'number' ? formatNumber(previous, 'vi', 10) : String(previous ?? '');
  return `Giá trị cũ: ${shown}`;
}
