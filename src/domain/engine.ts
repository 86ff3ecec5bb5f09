import { analyzeWorkbook, type AnalyzeOptions } from './analysis/analyze';
import type { Analysis } from './analysis/types';
import { sheetKindOf } from './analysis/select';
import { CHECKS } from './checks/registry';
import { FINDING_SEVERITY, READ_CODES, type Finding, type FindingDraft, type Lang } from './findings/codes';
import { messageFor } from './findings/messages';
import type { SheetKind } from './recognize/models';
import { describeReason } from './report/reason';
import { a1, parseA1 } from './sheet/address';
import type { Area } from './sheet/snapshot';
import type { Grid } from './sheet/grid';
import type { WorkbookSnapshot } from './sheet/snapshot';

export { analyzeWorkbook, type AnalyzeOptions } from './analysis/analyze';
export type { Analysis } from './analysis/types';
export { sheetKindOf } from './analysis/select';

export type CheckReport = {
  file?: string;
  catalog: { id: string; title: string; reason: string };
  /** Each sheet with the kind of its first table, and every table read on it. */
  sheets: { name: string; kind: SheetKind; tables: { kind: SheetKind; range: string }[] }[];
  issues: Finding[];
  stats: { errors: number; warnings: number; infos: number };
  /** What was read and what was not: the findings speak for the tables read only. */
  coverage: { tables: number; unread: { sheet: string; range: string; title: string }[] };
};

function rangeOf(area: Area): string {
  return `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
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
  const context = options.communes === undefined || options.communes === analysis.communesOption ? analysis : { ...analysis, communesOption: options.communes };
  const drafts = [...analysis.preliminary, ...CHECKS.flatMap((check) => check.run(context))];
  if (analysis.sheets.every(({ grid }) => !hasContent(grid))) {
    // Nothing was read: never a report that says only "no errors".
    drafts.push({ code: 'empty-workbook', sheet: analysis.sheets[0]?.grid.name ?? '', cell: 'A1', params: { sheets: analysis.sheets.length } });
  } else if (analysis.sheets.every(({ views }) => views.length === 0)) {
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
  // A table read whose numbers hold no relation to check them by (checks/tableRelations: 'unread-table',
  // reason 'relations') was not checked: it is counted among the tables not read, never as read and clean.
  const unchecked = drafts.filter((d) => d.code === 'unread-table' && d.params?.reason === 'relations').map((d) => ({ sheet: d.sheet, range: String(d.params?.range ?? d.key ?? d.cell), title: '' }));
  return {
    file,
    catalog: { id: analysis.catalog.id, title: analysis.catalog.title, reason: describeReason(analysis.reason, lang) },
    sheets: analysis.sheets.map((reading) => ({ name: reading.grid.name, kind: sheetKindOf(reading), tables: reading.views.map((view) => ({ kind: view.kind, range: rangeOf(view.area) })) })),
    issues,
    stats: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    coverage: {
      tables: analysis.sheets.reduce((n, sheet) => n + sheet.views.length, 0) - unchecked.length,
      unread: [...analysis.sheets.flatMap(({ grid, unread }) => unread.map((u) => ({ sheet: grid.name, range: rangeOf(u.area), title: u.title }))), ...unchecked],
    },
  };
}
