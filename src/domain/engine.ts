import { BUILTIN_CATALOGS } from './catalog/builtin';
import { catalogFromSheet } from './catalog/fromSheet';
import { chooseCatalog, planYearOf, type CatalogChoice, type CatalogReason } from './catalog/select';
import type { Catalog } from './catalog/schema';
import { CHECKS } from './checks/registry';
import type { CheckContext, CheckedSheet } from './checks/context';
import { FINDING_SEVERITY, READ_CODES, type Finding, type FindingDraft, type Lang } from './findings/codes';
import { messageFor } from './findings/messages';
import { classifySheet } from './recognize/classify';
import type { RecognizedSheet, SheetKind } from './recognize/models';
import { describeReason } from './report/reason';
import { a1, parseA1 } from './sheet/address';
import { Grid } from './sheet/grid';
import type { WorkbookSnapshot } from './sheet/snapshot';

export type AnalyzeOptions = {
  /** A catalog the user chose (--catalog) or supplied (--catalog-file), with why. */
  catalog?: CatalogChoice;
  /** Number of communes (--communes) where a sheet does not state it. */
  communes?: number;
  /** Catalogs besides the built-in ones. */
  extraCatalogs?: readonly Catalog[];
};

/** A workbook as the engine understood it: the chosen set and each sheet's kind and model. */
export type Analysis = {
  catalog: Catalog;
  reason: CatalogReason;
  catalogs: readonly Catalog[];
  sheets: CheckedSheet[];
  /** Problems found before the checks ran (an invalid "Danh mục tiêu chí" sheet). */
  preliminary: FindingDraft[];
  planYear?: number;
};

export type CheckReport = {
  file?: string;
  catalog: { id: string; title: string; reason: string };
  sheets: { name: string; kind: SheetKind }[];
  issues: Finding[];
  stats: { errors: number; warnings: number; infos: number };
};

/** Chooses the criteria set and recognises every sheet. */
export function analyzeWorkbook(workbook: WorkbookSnapshot, options: AnalyzeOptions = {}): Analysis {
  const grids = workbook.sheets.map((sheet) => new Grid(sheet));
  const catalogs = [...BUILTIN_CATALOGS, ...(options.extraCatalogs ?? [])];
  const preliminary: FindingDraft[] = [];
  let supplied = options.catalog;
  const catalogSheets = new Set<string>();
  for (const grid of grids) {
    const fromSheet = catalogFromSheet(grid, BUILTIN_CATALOGS);
    if (!fromSheet) continue;
    catalogSheets.add(grid.name);
    if (fromSheet.load.ok) {
      supplied ??= { catalog: fromSheet.load.catalog, reason: { kind: 'sheet', sheet: grid.name } };
    } else {
      for (const problem of fromSheet.load.problems) {
        preliminary.push({ code: 'invalid-catalog', sheet: grid.name, cell: fromSheet.cell, params: { problem: `${problem.path ? `${problem.path}: ` : ''}${problem.message}` } });
      }
    }
  }
  const { catalog, reason, conflict, noAdvanced } = chooseCatalog(grids, catalogs, supplied);
  if (noAdvanced) preliminary.push({ code: 'no-advanced-set', sheet: noAdvanced.sheet, cell: 'A1', params: { year: noAdvanced.year, text: noAdvanced.text, catalog: catalog.id } });
  if (conflict) {
    // One finding for the whole table, not "criterion 11 is not in the set" on every column.
    preliminary.push({
      code: 'set-mismatch', sheet: conflict.sheet, cell: a1(conflict.row, conflict.col),
      params: { criteria: conflict.criteria, shown: catalog.id, shownTitle: catalog.title, year: conflict.year, expected: conflict.yearCatalog.id, expectedTitle: conflict.yearCatalog.title, expectedCriteria: conflict.yearCatalog.criteria.length },
    });
  }
  const planYear = planYearOf(grids);
  const sheets = grids.map((grid): CheckedSheet => ({
    grid,
    recognized: catalogSheets.has(grid.name)
      ? ({ name: grid.name, kind: 'unknown', score: 0 } satisfies RecognizedSheet)
      : classifySheet(grid, { catalog, planYear }),
  }));
  return { catalog, reason, catalogs, sheets, preliminary, planYear };
}

function position(finding: FindingDraft, order: Map<string, number>): [number, number, number] {
  const at = parseA1(finding.cell) ?? { row: 0, col: 0 };
  return [order.get(finding.sheet) ?? 0, at.row, at.col];
}

/** True when a sheet holds at least one cell with something in it. */
function hasContent(grid: Grid): boolean {
  for (const row of grid.rows()) {
    for (const value of grid.rowValues(row)) if (value !== null && !(typeof value === 'string' && value.trim() === '')) return true;
  }
  return false;
}

/** Runs every check on an analysed workbook and returns the findings in sheet and cell order. */
export function runChecks(analysis: Analysis, options: AnalyzeOptions = {}): FindingDraft[] {
  const context: CheckContext = { sheets: analysis.sheets, catalog: analysis.catalog, catalogs: analysis.catalogs, communes: options.communes, planYear: analysis.planYear };
  const drafts = [...analysis.preliminary, ...CHECKS.flatMap((check) => check.run(context))];
  if (analysis.sheets.every(({ grid }) => !hasContent(grid))) {
    // Nothing was read: never a report that says only "no errors".
    drafts.push({ code: 'empty-workbook', sheet: analysis.sheets[0]?.grid.name ?? '', cell: 'A1', params: { sheets: analysis.sheets.length } });
  } else if (analysis.sheets.every(({ recognized }) => recognized.kind === 'unknown')) {
    drafts.push({ code: 'no-table', sheet: analysis.sheets[0]?.grid.name ?? '', cell: 'A1' });
  }
  const order = new Map(analysis.sheets.map(({ grid }, i) => [grid.name, i]));
  return drafts
    .map((draft, index) => ({ draft, index, at: position(draft, order) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.at[2] - b.at[2] || a.index - b.index)
    .map(({ draft }) => draft);
}

/** Gives findings their severity and message in a language. */
export function localize(drafts: readonly FindingDraft[], lang: Lang): Finding[] {
  return drafts.map((draft) => ({ ...draft, severity: FINDING_SEVERITY[draft.code], message: messageFor(draft, lang) }));
}

/**
 * Recognises and checks a workbook: the one entry point every host calls.
 *
 * @example
 * const report = checkWorkbook(snapshot, { communes: 181 }, 'vi');
 * report.issues.filter((issue) => issue.severity === 'error');
 */
export function checkWorkbook(workbook: WorkbookSnapshot, options: AnalyzeOptions = {}, lang: Lang = 'vi'): CheckReport {
  return reportFor(analyzeWorkbook(workbook, options), workbook.name, options, lang);
}

/** The report of an analysis already made (a caller that also needs the analysis makes it once). */
export function reportFor(analysis: Analysis, file: string | undefined, options: AnalyzeOptions = {}, lang: Lang = 'vi'): CheckReport {
  return reportOf(analysis, runChecks(analysis, options), file, lang);
}

/**
 * The report of findings already made, in a language: the pane keeps the findings as data and
 * makes the report again when the user switches language.
 *
 * @example
 * const drafts = runChecks(analysis); reportOf(analysis, drafts, 'a.xlsx', 'en').issues[0].message
 */
export function reportOf(analysis: Analysis, drafts: readonly FindingDraft[], file: string | undefined, lang: Lang = 'vi'): CheckReport {
  const issues = localize(drafts, lang);
  // How a sheet was read is said under its name, not counted among the findings.
  const count = (severity: Finding['severity']) => issues.filter((issue) => issue.severity === severity && !READ_CODES.includes(issue.code)).length;
  return {
    file,
    catalog: { id: analysis.catalog.id, title: analysis.catalog.title, reason: describeReason(analysis.reason, lang) },
    sheets: analysis.sheets.map(({ recognized }) => ({ name: recognized.name, kind: recognized.kind })),
    issues,
    stats: { errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}
