import type { CheckReport } from '../domain/engine';
import { summaryLine } from '../domain/report/summary';
import { READ_CODES, type Lang, type Severity } from '../domain/findings/codes';
import { formatNumber } from '../domain/findings/format';
import { suggestionText, type Suggestion } from '../domain/findings/suggest';
import type { SheetKind } from '../domain/recognize/models';
import { setName as namedSet } from '../domain/catalog/names';
import { wrap } from './wrap';

const KIND_NAMES: Record<Lang, Record<SheetKind, string>> = {
  vi: {
    targets: 'chỉ tiêu theo tiêu chí', assignment: 'giao chỉ tiêu theo xã', funding: 'nguồn vốn',
    table: 'bảng số liệu', tasks: 'nhiệm vụ', responsibility: 'phân công phụ trách tiêu chí', unknown: 'không có bảng nào để kiểm tra',
    catalog: 'danh mục tiêu chí (bộ tiêu chí của sổ làm việc, đã đọc)',
  },
  en: {
    targets: 'targets by criterion', assignment: 'targets by commune', funding: 'funding',
    table: 'table of figures', tasks: 'task list', responsibility: 'who leads each criterion', unknown: 'no table to check',
    catalog: 'criteria list (the workbook\'s criteria set, read)',
  },
};
const SEVERITY_NAMES: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' },
  en: { error: 'ERROR', warning: 'WARNING', info: 'NOTE' },
};

/** A criteria set as an office names it: "Bộ tiêu chí xã NTM 2021–2025" (a set from a file keeps its title). */
export const setName = (id: string, title: string, lang: Lang) => namedSet(id, lang, title);

/**
 * The readable report of `ntm-plan check`: the set chosen and why, the sheets and how they were read,
 * the findings by sheet — each with its cell, its words and what to write — wrapped to `width`.
 */
export function formatReport(report: CheckReport, lang: Lang, width = 80, suggestions: readonly (Suggestion | null)[] = []): string {
  const vi = lang === 'vi';
  const lines: string[] = [];
  const n = (value: number) => formatNumber(value, lang, 0);
  lines.push(wrap(`${vi ? 'Tệp' : 'File'}: ${report.file ?? ''}`, width));
  lines.push(wrap(`${setName(report.catalog.id, report.catalog.title, lang)} (${vi ? 'chọn' : 'chosen'} ${report.catalog.reason})`, width, () => 2));
  lines.push(`${vi ? 'Các trang' : 'Sheets'}:`);
  for (const sheet of report.sheets) {
    lines.push(wrap(`  - ${sheet.name}: ${KIND_NAMES[lang][sheet.kind]}`, width));
    // What was understood of each sheet: what its reader found, each table's family and relations.
    for (const read of report.issues.filter((issue) => issue.sheet === sheet.name && READ_CODES.includes(issue.code))) lines.push(wrap(`      ${read.cell}: ${read.message}`, width, () => 8));
  }
  const shownSeverities = new Set(report.issues.filter((i) => !READ_CODES.includes(i.code)).map((i) => i.severity));
  const severityWidth = Math.max(0, ...[...shownSeverities].map((s) => SEVERITY_NAMES[lang][s].length));
  for (const sheet of report.sheets) {
    const issues = report.issues.map((issue, i) => ({ issue, suggestion: suggestions[i] ?? null })).filter(({ issue }) => issue.sheet === sheet.name && !READ_CODES.includes(issue.code));
    if (issues.length === 0) continue;
    lines.push('', wrap(`== ${sheet.name} ==`, width));
    const cellWidth = Math.max(4, ...issues.map(({ issue }) => issue.cell.length));
    const hang = 2 + severityWidth + 2 + cellWidth + 2;
    for (const { issue, suggestion } of issues) {
      const should = suggestion ? ` ${vi ? 'Nên ghi' : 'Should be'} ${suggestionText(suggestion, lang)}.` : '';
      lines.push(wrap(`  ${SEVERITY_NAMES[lang][issue.severity].padEnd(severityWidth)}  ${issue.cell.padEnd(cellWidth)}  ${issue.message}${should}`, width, () => hang));
    }
  }
  const { errors, warnings, infos } = report.stats;
  lines.push('');
  lines.push(wrap(vi
    ? `Tổng cộng: ${n(errors)} lỗi, ${n(warnings)} cảnh báo, ${n(infos)} thông tin.`
    : `Total: ${n(errors)} ${errors === 1 ? 'error' : 'errors'}, ${n(warnings)} ${warnings === 1 ? 'warning' : 'warnings'}, ${n(infos)} ${infos === 1 ? 'note' : 'notes'}.`, width));
  lines.push(wrap(summaryLine(report, lang), width));
  return lines.join('\n');
}
