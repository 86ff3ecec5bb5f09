import type ExcelJS from 'exceljs';
import { analyzeWorkbook, localize, runChecks, type AnalyzeOptions } from '../../domain/engine';
import type { Lang } from '../../domain/findings/codes';
import { communeRecords } from '../../domain/consolidate/records';
import { CONSOLIDATED } from '../../domain/consolidate/sheets';
import type { CommuneRecord, SourceWorkbook } from '../../domain/consolidate/types';
import { ASSIGNMENT_LAYOUT } from '../../domain/template/assignment';
import type { Template } from '../../domain/template/types';
import { fold } from '../../domain/text/fold';
import type { WorkbookSnapshot } from '../../domain/sheet/snapshot';
import { openWorkbookBytes } from './open';
import { snapshotOfWorksheet, WorkbookReadError } from './readSnapshot';
import { addTemplateToWorkbook } from './writeTemplate';

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
  return { file, catalog: analysis.catalog, planYear: analysis.planYear, records: communeRecords(file, analysis), issues };
}

function markedSheet(workbook: ExcelJS.Workbook, definedName: string): ExcelJS.Worksheet | undefined {
  const range = workbook.definedNames.getRanges(definedName).ranges[0];
  const match = range ? /^'?(.*?)'?!/.exec(range) : null;
  return match ? workbook.getWorksheet(match[1].replace(/''/g, "'")) : undefined;
}

/**
 * The rows of an earlier consolidation in this workbook, each with the file its "Tệp nguồn" cell
 * names: rows of files not consolidated again are kept as they were.
 */
export function previousRows(workbook: ExcelJS.Workbook, options: AnalyzeOptions): CommuneRecord[] {
  const sheet = markedSheet(workbook, CONSOLIDATED.table.definedName);
  if (!sheet) return [];
  const own = snapshotOfWorksheet(sheet);
  const header = own.values[ASSIGNMENT_LAYOUT.headerTop - own.origin.row] ?? [];
  const sourceAt = header.findIndex((v) => fold(v) === 'tep nguon');
  if (sourceAt < 0) return [];
  const analysis = analyzeWorkbook({ name: 'previous', sheets: [own] }, options);
  return communeRecords('', analysis).flatMap((record) => {
    const source = own.values[record.row - 1 - own.origin.row]?.[sourceAt];
    return typeof source === 'string' && source.trim() ? [{ ...record, file: source.trim() }] : [];
  });
}

/**
 * Writes the consolidation's sheets into a workbook: the sheets of an earlier consolidation are
 * replaced (same names, same place in the tab order as far as ExcelJS allows); every other sheet is
 * left as it was; a user's own sheet with one of the names is never touched (the new one gets " (2)").
 */
export function writeConsolidation(workbook: ExcelJS.Workbook, template: Template): string[] {
  const kinds = Object.values(CONSOLIDATED);
  for (const { definedName } of kinds) {
    const old = markedSheet(workbook, definedName);
    if (old) workbook.removeWorksheet(old.id);
    const ranges = workbook.definedNames.getRanges(definedName).ranges;
    for (const range of ranges) workbook.definedNames.remove(range, definedName);
  }
  const renamed = template.sheets.map((sheet) => {
    let name = sheet.snapshot.name;
    for (let n = 2; workbook.getWorksheet(name); n++) name = `${sheet.snapshot.name} (${n})`;
    return name;
  });
  const rename = new Map(template.sheets.map((s, i) => [s.snapshot.name, renamed[i]]));
  const moved: Template = {
    sheets: template.sheets.map((s) => ({ ...s, snapshot: { ...s.snapshot, name: rename.get(s.snapshot.name)! } })),
    plan: {
      ...template.plan,
      writes: template.plan.writes.map((w) => ({ ...w, sheet: rename.get(w.sheet) ?? w.sheet })),
      columns: template.plan.columns?.map((c) => ({ ...c, sheet: rename.get(c.sheet) ?? c.sheet })),
      merges: template.plan.merges.map((m) => ({ ...m, sheet: rename.get(m.sheet) ?? m.sheet })),
    },
  };
  addTemplateToWorkbook(workbook, moved);
  moved.sheets.forEach((sheet, i) => {
    const kind = kinds.find((k) => k.title === template.sheets[i].snapshot.name);
    if (kind) workbook.definedNames.add(`'${sheet.snapshot.name.replace(/'/g, "''")}'!$A$1`, kind.definedName);
  });
  return moved.sheets.map((s) => s.snapshot.name);
}
