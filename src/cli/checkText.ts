import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkPlanText, type TextReport } from '../domain/plantext/check';
import { analyzeWorkbook } from '../domain/engine';
import { planFigures } from '../domain/plantext/figures';
import { openWorkbookFile } from '../hosts/xlsx/files';
import type { TextFinding } from '../domain/plantext/findings';
import { decodeText } from '../hosts/xlsx/convert';
import { sniffFormat } from '../hosts/xlsx/formats';
import { docxText } from '../hosts/docx/readDocx';
import { UsageError } from './args';
import type { Output } from './main';

/** The plan's text: a .docx's paragraphs (one per line), or a text file in any of the encodings offices save. */
async function planText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: ${code === 'ENOENT' ? 'không có tệp này' : `không mở được (${code ?? String(error)})`}`);
  }
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const { format } = sniffFormat(view);
  if (format === 'xlsx' || format === 'ods' || format === 'xls') throw new UsageError(`${file}: là sổ tính, không phải văn bản kế hoạch; dùng "ntm-plan check ${file}" cho sổ tính, hoặc "--workbook ${file}" để so văn bản với sổ tính`);
  if (view[0] === 0x50 && view[1] === 0x4b) {
    try {
      return await docxText(view);
    } catch (error) {
      throw new UsageError(`${file}: không đọc được văn bản .docx (${(error as Error).message.split('\n')[0]})`);
    }
  }
  return decodeText(view);
}

function line(issue: TextFinding, lang: 'vi' | 'en'): string {
  const level = lang === 'vi' ? { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' }[issue.severity] : issue.severity.toUpperCase();
  const fix = typeof issue.params.corrected === 'string' ? `\n      ${lang === 'vi' ? 'sửa thành' : 'corrected'}: "${issue.params.corrected}"` : '';
  return `  ${level.padEnd(9)} dòng ${String(issue.line).padStart(4)}  ${issue.code}: ${issue.message}\n      "${issue.quote}"${fix}`.replace('dòng', lang === 'vi' ? 'dòng' : 'line');
}

/** "Đã đọc 42 câu có số liệu, 3 câu chưa hiểu được": what the check read and what it did not. */
function coverageLine(report: TextReport, lang: 'vi' | 'en'): string {
  const { read, unread, claims } = report.stats;
  const tables = report.unread.filter((u) => u.kind !== 'sentence').length;
  return lang === 'vi'
    ? `Đã đọc ${read} câu có số liệu (${claims} số liệu), ${unread} câu chưa hiểu được${tables ? `, ${tables} bảng chưa đọc được` : ''}.`
    : `Read ${read} sentences with figures (${claims} figures), ${unread} not understood${tables ? `, ${tables} tables not read` : ''}.`;
}

/** `ntm-plan check-text <plan.txt|plan.docx> [--json] [--lang vi|en] [--workbook book.xlsx]`: the numeric claims of a plan's text. */
export async function runCheckText(argv: string[], io: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false }, lang: { type: 'string', default: 'vi' }, workbook: { type: 'string' } } });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('cần đúng một tệp văn bản: ntm-plan check-text <ke-hoach.txt|ke-hoach.docx> [--workbook so-tinh.xlsx]');
  const lang = values.lang;
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang nhận vi hoặc en, không nhận "${String(lang)}"`);
  const file = positionals[0];
  const figures = values.workbook ? planFigures(analyzeWorkbook((await openWorkbookFile(values.workbook)).snapshot)) : undefined;
  const report = checkPlanText(await planText(file), lang, figures);
  if (values.json) {
    io.out(JSON.stringify({
      file: path.basename(file),
      issues: report.issues.map(({ code, severity, line: at, quote, message, expected, actual, params }) => ({ code, severity, line: at, quote, message, expected, actual, ...(typeof params.corrected === 'string' ? { corrected: params.corrected } : {}) })),
      unread: report.unread.map(({ line: at, quote }) => ({ line: at, quote })),
      stats: report.stats,
    }, null, 2));
  } else {
    io.out(`${lang === 'vi' ? 'Tệp' : 'File'}: ${path.basename(file)}`);
    io.out(coverageLine(report, lang));
    for (const issue of report.issues) io.out(line(issue, lang));
    if (report.unread.length) {
      io.out(lang === 'vi' ? 'Chưa hiểu được (cần người đọc kiểm tra):' : 'Not understood (to be checked by a reader):');
      for (const unread of report.unread) io.out(`  ${lang === 'vi' ? 'dòng' : 'line'} ${String(unread.line).padStart(4)}  "${unread.quote}"`);
    }
    io.out(lang === 'vi' ? `Tổng cộng: ${report.stats.errors} lỗi, ${report.stats.warnings} cảnh báo (${report.stats.lines} dòng).` : `Total: ${report.stats.errors} errors, ${report.stats.warnings} warnings (${report.stats.lines} lines).`);
  }
  return report.stats.errors > 0 ? 1 : 0;
}
