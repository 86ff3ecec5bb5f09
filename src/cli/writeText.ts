import { parseArgs } from 'node:util';
import { analyzeWorkbook } from '../domain/engine';
import { writePlanText } from '../domain/plantext/write';
import { openWorkbookFile } from '../hosts/xlsx/files';
import { textDocx } from '../hosts/docx/writeText';
import { saveBytes } from '../hosts/xlsx/save';
import { UsageError } from './args';
import type { Output } from './main';

/** `ntm-plan write-text <workbook> [-o out.txt|out.docx]`: the plan's target paragraphs from its tables. */
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
  const paragraphs = writePlanText(analyzeWorkbook(snapshot));
  if (paragraphs.length === 0) {
    io.err(`ntm-plan: ${snapshot.name}: không có bảng chỉ tiêu, giao chỉ tiêu hay nguồn vốn nào để viết thành văn bản.`);
    return 1;
  }
  if (!output) {
    io.out(paragraphs.join('\n'));
    return 0;
  }
  const bytes = /\.docx$/i.test(output) ? await textDocx(paragraphs) : new TextEncoder().encode(`${paragraphs.join('\n')}\n`);
  await saveBytes(bytes, output);
  io.out(`Đã ghi ${output}: ${paragraphs.length} đoạn.`);
  return 0;
}
