import path from 'node:path';
import { planFill } from '../domain/fill/plan';
import { localize } from '../domain/engine';
import type { WritePlan } from '../domain/fill/types';
import type { Lang } from '../domain/findings/codes';
import { applyPlanToWorkbook } from '../hosts/xlsx/applyPlan';
import { openWorkbookFile } from '../hosts/xlsx/files';
import { convertedNote } from './convertedNote';
import { saveWorkbook } from '../hosts/xlsx/save';
import { parseFillArgs, UsageError } from './args';
import { catalogFromOptions } from './catalogOption';
import type { Output } from './main';
import { cellWrites, writeCount, writtenSheets } from '../domain/fill/cells';
import { formatNumber } from '../domain/findings/format';

const SKIP_WORDS: Record<Lang, Record<WritePlan['skipped'][number]['reason'], string>> = {
  vi: { 'typed-value': 'giữ giá trị đã nhập (dùng --overwrite để thay)', 'user-formula': 'giữ công thức đã có (dùng --overwrite để thay)', 'text-number': 'số nhập dạng văn bản, công thức không cộng được', 'no-denominator': 'không có tổng số xã để tính tỷ lệ', merged: 'ô nằm trong vùng gộp ô, không ghi', guessed: 'bảng đọc với độ tin cậy thấp, không tự điền', 'no-room': 'dòng tổng hợp không thêm: dưới bảng không còn chỗ trống trước phần ký, ghi chú (không ghi đè, không ghi xuống dưới)' },
  en: { 'typed-value': 'typed value kept (--overwrite replaces it)', 'user-formula': 'existing formula kept (--overwrite replaces it)', 'text-number': 'number typed as text, formulas cannot add it', 'no-denominator': 'no number of communes to divide by', merged: 'inside merged cells, not written', guessed: 'table read with low confidence, not filled', 'no-room': 'summary lines not added: no free rows under the table before the signature block or notes (never written over or below them)' },
};

function summary(plan: WritePlan, file: string, output: string, lang: Lang): string {
  const vi = lang === 'vi';
  const lines: string[] = [];
  if (plan.refused.length > 0) {
    lines.push(vi ? `Không điền: ${file} có lỗi làm sai công thức; không ghi tệp nào.` : `Not filled: ${file} has errors that would make the formulas wrong; nothing written.`);
    for (const { sheet, reasons } of plan.refused) {
      for (const finding of localize(reasons, lang)) lines.push(`  ${sheet}!${finding.cell}: ${finding.message}`);
    }
    return lines.join('\n');
  }
  lines.push(vi ? `Đã ghi ${output}: ${formatNumber(writeCount(plan), lang, 0)} ô.` : `Wrote ${output}: ${formatNumber(writeCount(plan), lang, 0)} ${writeCount(plan) === 1 ? 'cell' : 'cells'}.`);
  for (const sheet of writtenSheets(plan)) lines.push(`  - ${sheet}: ${formatNumber(writeCount(plan, sheet), lang, 0)} ${vi ? 'ô' : writeCount(plan, sheet) === 1 ? 'cell' : 'cells'}`);
  if (plan.ignored.length) lines.push(vi ? `Trang không nhận dạng được, không điền: ${plan.ignored.join(', ')}.` : `Sheets not recognised, not filled: ${plan.ignored.join(', ')}.`);
  const replaced = plan.writes.filter((w) => w.replaces !== undefined);
  if (replaced.length) lines.push(vi ? `Thay ${replaced.length} ô đã nhập; giá trị cũ ghi trong ghi chú của ô.` : `Replaced ${replaced.length} typed cells; the old values are in the cells' notes.`);
  const groups = new Map<string, string[]>();
  // Lines not added under a table: which, where, and what is typed there instead.
  const noRoom = new Map<string, typeof plan.skipped>();
  for (const skip of plan.skipped.filter((s) => s.reason === 'no-room')) noRoom.set(`${skip.sheet}!${skip.cell}`, [...(noRoom.get(`${skip.sheet}!${skip.cell}`) ?? []), skip]);
  for (const [at, skips] of noRoom) {
    const labels = skips.map((s) => s.key).join('; ');
    const under = String(skips[0].current ?? '').slice(0, 40);
    lines.push(vi
      ? `  Không thêm ${skips.length} dòng dưới bảng (từ ${at}: ${labels}): dưới bảng là "${under}" (phần ký, ghi chú), không còn dòng trống; không ghi đè, không ghi xuống dưới.`
      : `  Not added: ${skips.length} ${skips.length === 1 ? 'line' : 'lines'} under the table (from ${at}: ${labels}): "${under}" is typed under it (signature block, notes), with no free rows before it; nothing is written over or below it.`);
  }
  for (const skip of plan.skipped) {
    if (skip.reason === 'no-room') continue;
    const key = `${skip.sheet}\u0000${skip.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), skip.cell]);
  }
  for (const [key, cells] of groups) {
    const [sheet, reason] = key.split('\u0000') as [string, WritePlan['skipped'][number]['reason']];
    const shown = cells.length > 8 ? `${cells.slice(0, 8).join(', ')}, … (${cells.length})` : cells.join(', ');
    lines.push(`  ${vi ? 'Bỏ qua' : 'Skipped'} ${sheet}!${shown}: ${SKIP_WORDS[lang][reason]}`);
  }
  return lines.join('\n');
}

/** `ntm-plan fill`: writes live formulas into a copy of the workbook; the input is never modified. */
export async function runFill(argv: string[], io: Output): Promise<number> {
  const args = parseFillArgs(argv);
  if (path.resolve(args.output) === path.resolve(args.file)) throw new UsageError('tệp kết quả (-o) phải khác tệp đầu vào: tệp gốc không bao giờ bị ghi đè', 'the output file (-o) must not be the input: the input file is never overwritten');
  const catalog = await catalogFromOptions(args);
  const { workbook, snapshot, format } = await openWorkbookFile(args.file);
  const { plan } = planFill(snapshot, { catalog, communes: args.communes, overwrite: args.overwrite });
  if (plan.refused.length === 0) {
    applyPlanToWorkbook(workbook, plan);
    await saveWorkbook(workbook, args.output);
  }
  if (args.json) {
    io.out(JSON.stringify({
      file: snapshot.name,
      format,
      output: plan.refused.length === 0 ? args.output : null,
      writes: cellWrites(plan).map(({ sheet, cell, role, key, formula, text }) => ({ sheet, cell, role, key, formula: formula ?? null, text })),
      skipped: plan.skipped.map(({ sheet, cell, reason, role, key }) => ({ sheet, cell, reason, role, key })),
      refused: plan.refused.map(({ sheet, reasons }) => ({ sheet, issues: localize(reasons, args.lang) })),
      ignored: plan.ignored,
    }, null, 2));
  } else {
    if (format !== 'xlsx' && plan.refused.length === 0) io.out(convertedNote(format, args.output, args.lang));
    io.out(summary(plan, snapshot.name ?? args.file, args.output, args.lang));
  }
  return plan.refused.length > 0 ? 1 : 0;
}
