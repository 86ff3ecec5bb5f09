import { BUILTIN_CATALOGS } from '../../domain/catalog/builtin';
import { catalogForYear } from '../../domain/catalog/select';
import { consolidate, planningYear } from '../../domain/consolidate/gather';
import { previousRows } from '../../domain/consolidate/previous';
import { CONSOLIDATED, consolidatedTemplate } from '../../domain/consolidate/sheets';
import type { Consolidation, SourceWorkbook } from '../../domain/consolidate/types';
import type { Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';

export type CommuneFile = { name: string; bytes: Uint8Array };

/**
 * Reads the communes' files, gathers them with the rows of the consolidation already in the workbook
 * (files sent again replace their own rows), and writes the province's sheets through the host.
 * Nothing is written when no file could be read.
 */
export async function consolidateFiles(host: WorkbookHost, files: readonly CommuneFile[], options: { expected: string[]; lang: Lang; onProgress?: (done: number, total: number) => void }): Promise<{ result: Consolidation; sheets: string[] }> {
  // ExcelJS (and SheetJS for .ods/.xls/.csv) only when files are consolidated.
  const { readSourceWorkbook } = await import('../../hosts/xlsx/consolidation');
  const sources: SourceWorkbook[] = [];
  for (const [i, file] of files.entries()) {
    sources.push(await readSourceWorkbook(file.name, file.bytes, {}, options.lang));
    options.onProgress?.(i + 1, files.length);
  }
  const snapshot = await host.read();
  const earlier = snapshot.sheets.find((s) => s.name === CONSOLIDATED.table.title);
  const kept = earlier ? previousRows(earlier) : [];
  const year = planningYear();
  const result = consolidate(sources, { expected: options.expected, kept, fallbackYear: year, fallbackCatalog: catalogForYear(BUILTIN_CATALOGS, year, false)! });
  if (sources.every((s) => 'error' in s) && kept.length === 0) return { result, sheets: [] };
  return { result, sheets: await host.writeConsolidation(consolidatedTemplate(result)) };
}
