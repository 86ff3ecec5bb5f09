import { communesListed } from '../domain/consolidate/expected';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { BUILTIN_CATALOGS } from '../domain/catalog/builtin';
import { catalogForYear } from '../domain/catalog/select';
import { consolidate, planningYear } from '../domain/consolidate/gather';
import { exclusionText, unreadableMarks } from '../domain/consolidate/report';
import { consolidatedTemplate } from '../domain/consolidate/sheets';
import type { Consolidation } from '../domain/consolidate/types';
import type { Lang } from '../domain/findings/codes';
import { previousRowsIn, readSourceWorkbook, writeConsolidation } from '../hosts/xlsx/consolidation';
import { openWorkbookFile } from '../hosts/xlsx/files';
import { sniffFormat } from '../hosts/xlsx/formats';
import { openWorkbookBytes } from '../hosts/xlsx/open';
import { saveWorkbook } from '../hosts/xlsx/save';
import { communeRecords } from '../domain/consolidate/records';
import { analyzeWorkbook, localize } from '../domain/engine';
import { parseConsolidateArgs, UsageError } from './args';
import { catalogFromOptions } from './catalogOption';
import type { Output } from './main';
import { setName } from './printReport';
import { formatNumber } from '../domain/findings/format';

const WORKBOOK = /\.(xlsx|xlsm|xls|ods|csv)$/i;

/** The workbook files named or found in the folders named (recursively), sorted; never the output itself or Excel's lock files. */
async function inputFiles(inputs: readonly string[], output: string): Promise<string[]> {
  const found = new Set<string>();
  const visit = async (entry: string, named: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(entry);
    } catch {
      if (named) found.add(entry); // reported as unreadable, never skipped silently
      return;
    }
    if (info.isDirectory()) {
      for (const child of (await readdir(entry)).sort()) await visit(path.join(entry, child), false);
    } else if (named || (WORKBOOK.test(entry) && !path.basename(entry).startsWith('~$'))) {
      if (path.resolve(entry) !== path.resolve(output)) found.add(entry);
    }
  };
  for (const input of inputs) await visit(input, true);
  return [...found].sort((a, b) => a.localeCompare(b));
}

/** What the "Tệp nguồn" column says of a file: its name, or its path where two files share a name. */
function labels(files: readonly string[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const file of files) count.set(path.basename(file), (count.get(path.basename(file)) ?? 0) + 1);
  return new Map(files.map((file) => [file, count.get(path.basename(file))! > 1 ? path.normalize(file) : path.basename(file)]));
}

/** The communes expected: a text file with one per line, or a workbook (the province's assignment template). */
async function expectedCommunes(file: string): Promise<string[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UsageError(`không đọc được ${file}: ${(error as Error).message.split('\n')[0]}`, `cannot read ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const { format } = sniffFormat(view);
  if (format !== 'other' && format !== 'csv') {
    const { snapshot } = await openWorkbookBytes(view, file);
    return communeRecords(file, analyzeWorkbook(snapshot)).map((r) => r.name);
  }
  return communesListed(bytes.toString('utf8'));
}

function jsonOf(result: Consolidation, output: string | null, sheets: string[], lang: Lang) {
  return {
    output,
    sheets,
    catalog: result.catalog.id,
    year: result.planYear,
    communes: result.communes.map(({ name, file, sheet, row }) => ({ name, file, sheet, row })),
    expected: result.expected,
    missing: result.missing,
    unexpected: result.unexpected,
    duplicates: result.duplicates.map((d) => ({ name: d.name, files: d.sources.map((s) => s.file), sources: d.sources })),
    excluded: result.excluded.map((e) => ({ file: e.file, reason: exclusionText(e.reason, lang), kind: e.reason.kind, communes: e.communes ?? [] })),
    unreadable: result.unreadable,
    blankRows: result.blankRows,
    unreadableMarks: unreadableMarks(result),
    issues: result.issues.map(({ file, code, severity, sheet, cell, message }) => ({ file, code, severity, sheet, cell, message })),
  };
}

/** Anything the province office must act on. */
export function needsAction(result: Consolidation): boolean {
  return result.missing.length + result.duplicates.length + result.excluded.length + result.unreadable.length + result.unexpected.length + result.blankRows.length > 0
    || result.issues.some((i) => i.severity === 'error') || unreadableMarks(result).length > 0;
}

function summary(result: Consolidation, output: string | null, sheets: string[], lang: Lang): string[] {
  const vi = lang === 'vi';
  const n = (value: number) => formatNumber(value, lang, 0);
  const lines = [output
    ? (vi ? `Đã ghi ${output}: ${n(result.communes.length)} xã từ ${n(result.files.length)} tệp (${setName(result.catalog.id, result.catalog.title, lang)}, năm ${result.planYear}); trang: ${sheets.join(', ')}.`
      : `Wrote ${output}: ${n(result.communes.length)} communes from ${n(result.files.length)} files (${setName(result.catalog.id, result.catalog.title, lang)}, ${result.planYear}); sheets: ${sheets.join(', ')}.`)
    : (vi ? 'Không đọc được tệp nào: không ghi tệp kết quả.' : 'No file could be read: nothing written.')];
  if (result.expected.length) lines.push(vi ? `Xã dự kiến ${result.expected.length}, đã nhận ${result.communes.length - result.unexpected.length}.` : `Communes expected ${result.expected.length}, received ${result.communes.length - result.unexpected.length}.`);
  if (result.missing.length) lines.push(`${vi ? 'THIẾU' : 'MISSING'} ${result.missing.length}: ${result.missing.join(', ')}`);
  for (const d of result.duplicates) lines.push(`${vi ? 'TRÙNG' : 'DUPLICATE'} ${d.name}: ${d.sources.map((s) => `${s.file} (${s.sheet}!${s.cell})`).join(', ')}`);
  for (const e of result.excluded) lines.push(`${vi ? 'LOẠI RA' : 'EXCLUDED'} ${e.file}: ${exclusionText(e.reason, lang)}`);
  for (const u of result.unreadable) lines.push(`${vi ? 'KHÔNG ĐỌC ĐƯỢC' : 'UNREADABLE'} ${u.file}: ${u.reason}`);
  if (result.unexpected.length) lines.push(`${vi ? 'NGOÀI DANH SÁCH' : 'NOT EXPECTED'}: ${result.unexpected.join(', ')}`);
  if (result.blankRows.length) lines.push(vi ? `${result.blankRows.length} dòng xã để trống không tổng hợp (xem trang báo cáo).` : `${result.blankRows.length} blank commune rows not gathered (see the report sheet).`);
  const marks = unreadableMarks(result);
  const unassessed = marks.filter((m) => m.value === '').length;
  if (marks.length - unassessed) lines.push(vi ? `${marks.length - unassessed} ký hiệu không đọc được, để trống trong bảng (xem trang báo cáo).` : `${marks.length - unassessed} unreadable marks left blank in the table (see the report sheet).`);
  if (unassessed) lines.push(vi ? `${unassessed} tiêu chí chưa ghi kết quả đánh giá trên trang của xã, để trống trong bảng (xem trang báo cáo).` : `${unassessed} criteria left unassessed on a commune's own sheet, blank in the table (see the report sheet).`);
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (errors.length) lines.push(vi ? `${errors.length} lỗi trong các tệp của xã:` : `${errors.length} error${errors.length === 1 ? '' : 's'} in the commune files:`);
  for (const i of errors.slice(0, 20)) lines.push(`  ${i.file} ${i.sheet}!${i.cell}: ${localize([i], lang)[0].message}`);
  if (errors.length > 20) lines.push(vi ? `  … và ${errors.length - 20} lỗi khác (trang báo cáo liệt kê đủ)` : `  … and ${errors.length - 20} more (the report sheet lists them all)`);
  return lines;
}

/** `ntm-plan consolidate`: gathers the communes' workbooks into the province's tables and a report. */
export async function runConsolidate(argv: string[], io: Output): Promise<number> {
  const args = parseConsolidateArgs(argv);
  const files = await inputFiles(args.inputs, args.output);
  if (files.length === 0) throw new UsageError(`không có sổ làm việc nào (.xlsx, .xls, .ods, .csv) trong: ${args.inputs.join(', ')}`, `no workbook (.xlsx, .xls, .ods, .csv) in: ${args.inputs.join(', ')}`);
  const forced = await catalogFromOptions({ catalog: args.catalog });
  const expected = args.communesFile ? await expectedCommunes(args.communesFile) : [];
  const label = labels(files);
  const sources = [];
  for (const file of files) {
    let bytes: Buffer | undefined;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      sources.push({ file: label.get(file)!, error: code === 'ENOENT' ? 'không có tệp này' : `không mở được (${code ?? String(error)})` });
      continue;
    }
    sources.push(await readSourceWorkbook(label.get(file)!, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), {}, args.lang));
  }
  let workbook: ExcelJS.Workbook;
  let existing = false;
  try {
    await stat(args.output);
    existing = true;
  } catch { /* a new workbook */ }
  if (existing) workbook = (await openWorkbookFile(args.output)).workbook;
  else {
    workbook = new ExcelJS.Workbook();
    workbook.creator = 'ntm-plan';
  }
  const kept = existing ? previousRowsIn(workbook, {}) : [];
  const fallbackYear = args.year ?? planningYear();
  const result = consolidate(sources, {
    expected, kept, catalog: forced?.catalog, year: args.year, fallbackYear,
    fallbackCatalog: catalogForYear(BUILTIN_CATALOGS, fallbackYear, false)!,
  });
  const nothing = sources.every((s) => 'error' in s) && kept.length === 0;
  let sheets: string[] = [];
  if (!nothing) {
    sheets = writeConsolidation(workbook, consolidatedTemplate(result));
    await saveWorkbook(workbook, args.output);
  }
  const output = nothing ? null : args.output;
  io.out(args.json ? JSON.stringify(jsonOf(result, output, sheets, args.lang), null, 2) : summary(result, output, sheets, args.lang).join('\n'));
  if (nothing) return 2;
  return needsAction(result) ? 1 : 0;
}
