import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeWorkbook, localize } from '../domain/engine';
import { documentLines } from '../domain/plantext/blocks';
import { planDocument } from '../domain/plantext/document';
import { openWorkbookFile } from '../hosts/xlsx/files';
import { saveBytes } from '../hosts/xlsx/save';
import { UsageError } from './args';
import type { Output } from './main';

/**
 * `ntm-plan write-text <workbook> [-o out.txt|out.docx]`: the whole plan (agency, motto, title,
 * sections, recipients, signature) with its targets and funding written from the tables; what the
 * sheets leave undecided or disagree on is said on stderr and in the document.
 */
export async function runWriteText(argv: string[], io: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('cần đúng một sổ tính: ntm-plan write-text <sổ tính> [-o van-ban.txt|van-ban.docx]');
  const output = values.output;
  if (output && !/\.(txt|docx)$/i.test(output)) throw new UsageError(`tệp kết quả phải là .txt hoặc .docx (${output})`);
  const { snapshot } = await openWorkbookFile(positionals[0]);
  const doc = planDocument(analyzeWorkbook(snapshot));
  if (!doc.body.some((block) => block.kind === 'paragraph' && block.origin === 'sheet')) {
    io.err(`ntm-plan: ${snapshot.name}: không có bảng chỉ tiêu, giao chỉ tiêu hay nguồn vốn nào để viết thành văn bản.`);
    return 1;
  }
  const warnings = localize(doc.notes, 'vi').map((w) => `  CẢNH BÁO ${w.sheet}!${w.cell} ${w.code}: ${w.message}`);
  const lines = documentLines(doc);
  if (!output) {
    io.out(lines.join('\n'));
    for (const warning of warnings) io.err(warning);
    return 0;
  }
  const bytes = /\.docx$/i.test(output) ? await (await import('../hosts/docx/writeText')).planDocx(doc, { workbook: path.basename(positionals[0]) }) : new TextEncoder().encode(`${lines.join('\n')}\n`);
  await saveBytes(bytes, output);
  const written = doc.body.filter((block) => block.kind === 'paragraph' && block.origin === 'sheet').length;
  io.out(`Đã ghi ${output}: kế hoạch ${lines.length} đoạn, ${written} đoạn viết từ số liệu sổ tính (A4, Times New Roman 14, theo Nghị định 30/2020/NĐ-CP).`);
  for (const warning of warnings) io.out(warning);
  return 0;
}
