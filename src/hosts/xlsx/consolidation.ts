import type ExcelJS from 'exceljs';
import { analyzeWorkbook, localize, runChecks, type AnalyzeOptions } from '../../domain/engine';
import type { Lang } from '../../domain/findings/codes';
import { communeRecords, unnamedCommuneSheets } from '../../domain/consolidate/records';
import { previousRows } from '../../domain/consolidate/previous';
import { CONSOLIDATED } from '../../domain/consolidate/sheets';
import type { CommuneRecord, SourceWorkbook } from '../../domain/consolidate/types';
import type { Template } from '../../domain/template/types';
import type { WorkbookSnapshot } from '../../domain/sheet/snapshot';
import { openWorkbookBytes } from './open';
import { snapshotOfWorksheet, WorkbookReadError } from './readSnapshot';
import { addTemplateToWorkbook } from './writeTemplate';
import { markedSheet } from './generatedSheet';
import { freeSheetNames, renameSheets } from '../../domain/template/rename';

/**
 * A commune workbook read, checked and its communes taken, from its bytes; one that cannot be read
 * is returned with the reason (never thrown: one bad file does not stop a consolidation).
 */
export async function readSourceWorkbook(file: string, bytes: Uint8Array, options: AnalyzeOptions, lang: Lang): Promise<SourceWorkbook> {
  try {
    const { snapshot } = await openWorkbookBytes(bytes, file, file);
    return sourceOfSnapshot(file, snapshot, options, lang);
  } catch (error) {
    if (error instanceof WorkbookReadError) return { file, error: error.reason };
    return { file, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/** A commune workbook already in snapshots: its set, year, communes and findings. */
export function sourceOfSnapshot(file: string, snapshot: WorkbookSnapshot, options: AnalyzeOptions, lang: Lang): SourceWorkbook {
  const analysis = analyzeWorkbook(snapshot, options);
  if (snapshot.sheets.some((s) => s.name === CONSOLIDATED.table.title)) return { file, catalog: analysis.catalog, planYear: analysis.planYear, records: [], issues: [], consolidated: true };
  const issues = localize(runChecks(analysis, options), lang);
  const unnamed = unnamedCommuneSheets(analysis);
  return { file, catalog: analysis.catalog, planYear: analysis.planYear, records: communeRecords(file, analysis), issues, ...(unnamed.length ? { unnamed } : {}) };
}

function markedWorksheet(workbook: ExcelJS.Workbook, definedName: string): ExcelJS.Worksheet | undefined {
  const name = markedSheet(workbook, definedName);
  return name === undefined ? undefined : workbook.getWorksheet(name);
}

/** The rows of an earlier consolidation in this workbook (its sheet found by the defined name that marks it). */
export function previousRowsIn(workbook: ExcelJS.Workbook, options: AnalyzeOptions): CommuneRecord[] {
  const sheet = markedWorksheet(workbook, CONSOLIDATED.table.definedName);
  return sheet ? previousRows(snapshotOfWorksheet(sheet), options) : [];
}

/**
 * Writes the consolidation's sheets into a workbook: the sheets of an earlier consolidation are
 * replaced (same names, same place in the tab order as far as ExcelJS allows); every other sheet is
 * left as it was; a user's own sheet with one of the names is never touched (the new one gets " (2)").
 */
export function writeConsolidation(workbook: ExcelJS.Workbook, template: Template): string[] {
  const kinds = Object.values(CONSOLIDATED);
  for (const { definedName } of kinds) {
    const old = markedWorksheet(workbook, definedName);
    if (old) workbook.removeWorksheet(old.id);
    for (const range of workbook.definedNames.getRanges(definedName).ranges) workbook.definedNames.remove(range, definedName);
  }
  const names = freeSheetNames(template, workbook.worksheets.map((w) => w.name));
  addTemplateToWorkbook(workbook, renameSheets(template, names));
  for (const [title, name] of names) {
    const kind = kinds.find((k) => k.title === title);
    if (kind) workbook.definedNames.add(`'${name.replace(/'/g, "''")}'!$A$1`, kind.definedName);
  }
  return [...names.values()];
}
