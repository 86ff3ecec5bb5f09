import type { CheckReport } from '../engine';
import type { Lang } from '../findings/codes';
import { formatNumber } from '../findings/format';

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/**
 * The one line that says what a check found and what it covered: never "no errors" alone while a
 * table was not read.
 *
 * @example
 * summaryLine(report, 'vi') // "Không có lỗi trong 3 bảng đã đọc; 1 bảng chưa đọc được: 'Phan nhom'!A3:E9."
 */
export function summaryLine(report: Pick<CheckReport, 'stats' | 'coverage'>, lang: Lang): string {
  const { errors, warnings } = report.stats;
  const { tables, unread } = report.coverage;
  const n = (value: number) => formatNumber(value, lang, 0);
  const where = unread.slice(0, 3).map((u) => `${quoted(u.sheet)}!${u.range}`).join(', ') + (unread.length > 3 ? (lang === 'vi' ? ` và ${n(unread.length - 3)} bảng khác` : ` and ${n(unread.length - 3)} more`) : '');
  if (lang === 'vi') {
    const found = errors > 0 ? `${n(errors)} lỗi, ${n(warnings)} cảnh báo trong ${n(tables)} bảng đã đọc` : tables === 0 ? 'Chưa đọc được bảng nào: chưa kiểm tra được gì' : `Không có lỗi trong ${n(tables)} bảng đã đọc${warnings ? ` (${n(warnings)} cảnh báo)` : ''}`;
    return unread.length ? `${found}; ${n(unread.length)} bảng chưa đọc được: ${where}.` : `${found}.`;
  }
  const found = errors > 0 ? `${n(errors)} errors, ${n(warnings)} warnings in the ${n(tables)} tables read` : tables === 0 ? 'No table could be read: nothing was checked' : `No errors in the ${n(tables)} tables read${warnings ? ` (${n(warnings)} warnings)` : ''}`;
  return unread.length ? `${found}; ${n(unread.length)} tables not read: ${where}.` : `${found}.`;
}
