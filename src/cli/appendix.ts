import path from 'node:path';
import type { Appendix } from '../domain/appendix/types';
import { appendixDocx } from '../hosts/docx/writeAppendix';
import { analyzeWorkbook, localize } from '../domain/engine';
import { buildAppendix } from '../domain/appendix/build';
import { layoutAppendix } from '../domain/appendix/layout';
import { layoutMatrix } from '../domain/appendix/matrix';
import { openWorkbookFile } from '../hosts/xlsx/files';
import { convertedNote } from './convertedNote';
import { freshGeneratedSheet } from '../hosts/xlsx/generatedSheet';
import { writeLayout } from '../hosts/xlsx/writeLayout';
import { saveBytes, saveWorkbook } from '../hosts/xlsx/save';
import { parseAppendixArgs, UsageError, type AppendixArgs } from './args';
import { catalogFromOptions } from './catalogOption';
import type { Output } from './main';

/** The appendix as a Word document (A4 landscape, Times New Roman 13, the header on every page). */
async function writeWord(args: AppendixArgs, appendix: Appendix, rows: number, io: Output): Promise<number> {
  const bytes = await appendixDocx(layoutAppendix(appendix));
  await saveBytes(bytes, args.output);
  const warnings = localize(appendix.warnings, args.lang);
  if (args.json) {
    io.out(JSON.stringify({ file: path.basename(args.file), output: args.output, sections: appendix.sections.map(({ tt, title, rows: tasks }) => ({ tt, title, rows: tasks.map(({ tt: n, content, directing, implementing, coordinating, timeline, source }) => ({ tt: n, content, directing, implementing, coordinating, timeline, source })) })), warnings }, null, 2));
  } else {
    io.out(args.lang === 'vi' ? `Đã ghi ${args.output}: phụ lục ${appendix.sections.length} mục, ${rows} dòng nhiệm vụ (A4 ngang, Times New Roman 13).` : `Wrote ${args.output}: appendix, ${appendix.sections.length} sections, ${rows} task rows (A4 landscape, Times New Roman 13).`);
    for (const w of warnings) io.out(`  ${args.lang === 'vi' ? 'CẢNH BÁO' : 'WARNING'} ${w.sheet}!${w.cell} ${w.code}: ${w.message}`);
  }
  return 0;
}

/** `ntm-plan appendix`: writes the responsibility appendix (and the department × criteria matrix) into a copy. */
export async function runAppendix(argv: string[], io: Output): Promise<number> {
  const args = parseAppendixArgs(argv);
  if (path.resolve(args.output) === path.resolve(args.file)) throw new UsageError('tệp kết quả (-o) phải khác tệp đầu vào: tệp gốc không bao giờ bị ghi đè');
  const catalog = await catalogFromOptions(args);
  const { workbook, snapshot, format } = await openWorkbookFile(args.file);
  const analysis = analyzeWorkbook(snapshot, { catalog, communes: args.communes });
  const appendix = buildAppendix(analysis, args);
  const rows = appendix.sections.reduce((n, s) => n + s.rows.length, 0);
  if (rows === 0) {
    io.err(`ntm-plan: ${snapshot.name}: không có trang nhiệm vụ hay trang giao chỉ tiêu theo xã nào để lập phụ lục; không ghi tệp nào.`);
    return 1;
  }
  if (/\.docx$/i.test(args.output)) return writeWord(args, appendix, rows, io);
  const sheet = freshGeneratedSheet(workbook, 'appendix');
  writeLayout(sheet, layoutAppendix(appendix));
  const matrix = layoutMatrix(analysis);
  const matrixSheet = matrix ? freshGeneratedSheet(workbook, 'matrix') : undefined;
  if (matrix && matrixSheet) writeLayout(matrixSheet, matrix);
  await saveWorkbook(workbook, args.output);
  const warnings = localize(appendix.warnings, args.lang);
  if (args.json) {
    io.out(JSON.stringify({
      file: snapshot.name,
      format,
      output: args.output,
      sheet: sheet.name,
      sections: appendix.sections.map(({ tt, title, rows: tasks }) => ({
        tt, title,
        rows: tasks.map(({ tt: n, content, directing, implementing, coordinating, timeline, source, key }) => ({ tt: n, content, directing, implementing, coordinating, timeline, source, ...(key ? { key } : {}) })),
      })),
      matrixSheet: matrixSheet?.name ?? null,
      warnings,
    }, null, 2));
  } else {
    const vi = args.lang === 'vi';
    if (format !== 'xlsx') io.out(convertedNote(format, args.output, args.lang));
    io.out(vi ? `Đã ghi ${args.output}: trang "${sheet.name}", ${appendix.sections.length} mục, ${rows} dòng nhiệm vụ.` : `Wrote ${args.output}: sheet "${sheet.name}", ${appendix.sections.length} sections, ${rows} task rows.`);
    for (const section of appendix.sections) io.out(`  ${section.tt}. ${section.title} (${section.rows.length})`);
    if (matrixSheet) io.out(vi ? `Ma trận phụ trách: trang "${matrixSheet.name}".` : `Department × criteria matrix: sheet "${matrixSheet.name}".`);
    for (const w of warnings) io.out(`  ${vi ? 'CẢNH BÁO' : 'WARNING'} ${w.sheet}!${w.cell} ${w.code}: ${w.message}`);
  }
  return 0;
}
