import { BUILTIN_CATALOGS } from '../domain/catalog/builtin';
import { checkWorkbook } from '../domain/engine';
import { WorkbookReadError } from '../hosts/xlsx/readSnapshot';
import { readWorkbookFile } from '../hosts/xlsx/files';
import { parseCheckArgs, UsageError } from './args';
import { catalogFromOptions } from './catalogOption';
import { formatReport } from './printReport';
import { runFill } from './fill';
import { runAppendix } from './appendix';
import { runTemplate } from './template';
import { runConsolidate } from './consolidate';
import { runCheckText } from './checkText';
import { runWriteText } from './writeText';

export type Output = { out: (text: string) => void; err: (text: string) => void };

const USAGE = `ntm-plan — kiểm tra kế hoạch xây dựng nông thôn mới trong sổ tính Excel

Cách dùng:
  ntm-plan check <sổ tính> [--json] [--catalog <id>] [--catalog-file f.json] [--communes N] [--lang vi|en]
  ntm-plan fill <sổ tính> -o <out.xlsx> [--overwrite] [--json] [--catalog <id>] [--communes N] [--lang vi|en]
  ntm-plan appendix <sổ tính> -o <out.xlsx> [--json] [--plan-number …] [--plan-date …]
  ntm-plan check-text <ke-hoach.txt|ke-hoach.docx> [--json] [--lang vi|en]
  ntm-plan write-text <sổ tính> [-o van-ban.txt|van-ban.docx]
  ntm-plan consolidate <tệp hoặc thư mục của xã…> -o <tinh.xlsx> [--communes-file ds.txt] [--json] [--year 2027]
  ntm-plan template <loại> -o <out.xlsx> [--communes "A;B"] [--year 2027]
  ntm-plan catalogs [--json]

Sổ tính: .xlsx, .xls (Excel 97–2003), .ods (LibreOffice) hoặc .csv — nhận ra theo nội dung; kết quả luôn ghi .xlsx.
Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi hoặc sổ tính trống, 2 không đọc được tệp hoặc dùng sai lệnh.`;

async function runCheck(argv: string[], io: Output): Promise<number> {
  const args = parseCheckArgs(argv);
  const catalog = await catalogFromOptions(args);
  const snapshot = await readWorkbookFile(args.file);
  const report = checkWorkbook(snapshot, { catalog, communes: args.communes }, args.lang);
  io.out(args.json ? JSON.stringify(report, null, 2) : formatReport(report, args.lang));
  // A workbook with nothing in it was not checked: never exit 0 as if it were clean.
  return report.stats.errors > 0 || report.issues.some((issue) => issue.code === 'empty-workbook' || issue.code === 'no-table') ? 1 : 0;
}

function runCatalogs(argv: string[], io: Output): number {
  const rows = BUILTIN_CATALOGS.map((c) => ({
    id: c.id, title: c.title, decision: c.decision, period: `${c.period.from}-${c.period.to}`,
    criteria: c.criteria.length, indicators: c.criteria.reduce((n, k) => n + k.indicators.length, 0),
  }));
  if (argv.includes('--json')) io.out(JSON.stringify(rows, null, 2));
  else io.out(rows.map((r) => `${r.id.padEnd(26)} ${r.period}  ${String(r.criteria).padStart(2)} tiêu chí, ${String(r.indicators).padStart(2)} chỉ tiêu  ${r.decision}`).join('\n'));
  return 0;
}

/** The command line: returns the exit code; never lets an exception out as a stack trace. */
export async function main(argv: string[], io: Output = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await runCheck(rest, io);
    if (command === 'fill') return await runFill(rest, io);
    if (command === 'appendix') return await runAppendix(rest, io);
    if (command === 'template') return await runTemplate(rest, io);
    if (command === 'consolidate') return await runConsolidate(rest, io);
    if (command === 'check-text') return await runCheckText(rest, io);
    if (command === 'write-text') return await runWriteText(rest, io);
    if (command === 'catalogs') return runCatalogs(rest, io);
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`không có lệnh "${command}" (dùng: check, check-text, write-text, fill, appendix, consolidate, template, catalogs)`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof WorkbookReadError) {
      io.err(`ntm-plan: ${error.message}`);
      return 2;
    }
    io.err(`ntm-plan: lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
