import type { CheckReport } from '../domain/engine';
import { summaryLine } from '../domain/report/summary';
import { READ_CODES, type Lang, type Severity } from '../domain/findings/codes';
import type { SheetKind } from '../domain/recognize/models';

const KIND_NAMES: Record<Lang, Record<SheetKind, string>> = {
  vi: {
    targets: 'chỉ tiêu theo tiêu chí', assignment: 'giao chỉ tiêu theo xã', funding: 'nguồn vốn',
    table: 'bảng (đọc theo cấu trúc bảng)', tasks: 'nhiệm vụ', responsibility: 'phân công phụ trách tiêu chí', unknown: 'không nhận dạng được',
  },
  en: {
    targets: 'per-criterion targets', assignment: 'per-commune assignment', funding: 'funding',
    table: 'table (read by its structure)', tasks: 'task list', responsibility: 'department ↔ criteria', unknown: 'not recognised',
  },
};
const SEVERITY_NAMES: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' },
  en: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
};

/** The readable report of `ntm-plan check`: the set chosen, the sheets, the findings by sheet. */
export function formatReport(report: CheckReport, lang: Lang): string {
  const vi = lang === 'vi';
  const lines: string[] = [];
  lines.push(`${vi ? 'Tệp' : 'File'}: ${report.file ?? ''}`);
  lines.push(`${vi ? 'Bộ tiêu chí' : 'Criteria set'}: ${report.catalog.id} — ${report.catalog.title}`);
  lines.push(`  (${report.catalog.reason})`);
  lines.push(`${vi ? 'Trang tính' : 'Sheets'}:`);
  for (const sheet of report.sheets) {
    lines.push(`  - ${sheet.name}: ${KIND_NAMES[lang][sheet.kind]}`);
    // What was understood of each sheet: what its reader found, each table's family and relations.
    for (const read of report.issues.filter((issue) => issue.sheet === sheet.name && READ_CODES.includes(issue.code))) lines.push(`      ${read.cell}: ${read.message}`);
  }
  for (const sheet of report.sheets) {
    const issues = report.issues.filter((issue) => issue.sheet === sheet.name && !READ_CODES.includes(issue.code));
    if (issues.length === 0) continue;
    lines.push('', `== ${sheet.name} ==`);
    const width = Math.max(...issues.map((issue) => SEVERITY_NAMES[lang][issue.severity].length));
    for (const issue of issues) {
      const key = issue.key ? ` [${issue.key}]` : '';
      lines.push(`  ${SEVERITY_NAMES[lang][issue.severity].padEnd(width)}  ${issue.cell.padEnd(5)} ${issue.code}${key}: ${issue.message}`);
    }
  }
  const { errors, warnings, infos } = report.stats;
  lines.push('');
  lines.push(vi ? `Tổng cộng: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.` : `Total: ${errors} errors, ${warnings} warnings, ${infos} infos.`);
  lines.push(summaryLine(report, lang));
  return lines.join('\n');
}
