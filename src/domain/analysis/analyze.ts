import { BUILTIN_CATALOGS } from '../catalog/builtin';
import { catalogFromSheet } from '../catalog/fromSheet';
import { chooseCatalog, type CatalogChoice } from '../catalog/select';
import { readTables } from '../table/read';
import { criteriaShownIn } from './criteriaShape';
import { decidePlanYear } from './planYear';
import type { Catalog } from '../catalog/schema';
import type { FindingDraft } from '../findings/codes';
import { a1 } from '../sheet/address';
import { Grid } from '../sheet/grid';
import type { WorkbookSnapshot } from '../sheet/snapshot';
import type { Analysis, FactSource, SheetReading } from './types';
import { readSheet } from './views';
import { statedThresholdsOf } from './statedThresholds';

export type AnalyzeOptions = {
  /** A catalog the user chose (--catalog) or supplied (--catalog-file), with why. */
  catalog?: CatalogChoice;
  /** Number of communes (--communes) where a sheet does not state it. */
  communes?: number;
  /** Catalogs besides the built-in ones. */
  extraCatalogs?: readonly Catalog[];
};

/**
 * Reads a workbook once: chooses the criteria set, decides the plan year, and reads every table of
 * every sheet into views, saying what it could not read.
 *
 * @example
 * const analysis = analyzeWorkbook(snapshot, { communes: 181 });
 * analysis.sheets.flatMap((sheet) => sheet.views.map((view) => view.kind)) // ['targets', 'funding']
 */
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
      // Read, and said so: the set the workbook carries, with the thresholds it states.
      const { criteria } = fromSheet.load.catalog;
      preliminary.push({ code: 'sheet-read', sheet: grid.name, cell: fromSheet.cell, params: { kind: 'catalog', criteria: criteria.length, indicators: criteria.reduce((n, c) => n + (c.indicators ?? []).filter((i) => i.thresholds).length, 0) } });
    } else {
      for (const problem of fromSheet.load.problems) {
        preliminary.push({ code: 'invalid-catalog', sheet: grid.name, cell: fromSheet.cell, params: { problem: `${problem.path ? `${problem.path}: ` : ''}${problem.message}` } });
      }
    }
  }
  // Where the sheet states none, the tables' headers say the year; the tables then say which set they show.
  const titled = decidePlanYear(grids);
  const planYear = titled.year;
  const tables = grids.map((grid) => ({ grid, tables: catalogSheets.has(grid.name) ? [] : readTables(grid, { planYear }).tables }));
  const { catalog, reason, conflict, noAdvanced } = chooseCatalog(grids, catalogs, supplied, criteriaShownIn(tables));
  if (noAdvanced) preliminary.push({ code: 'no-advanced-set', sheet: noAdvanced.sheet, cell: 'A1', params: { year: noAdvanced.year, text: noAdvanced.text, catalog: catalog.id } });
  if (conflict) {
    // One finding for the whole table, not "criterion 11 is not in the set" on every column.
    preliminary.push({
      code: 'set-mismatch', sheet: conflict.sheet, cell: a1(conflict.row, conflict.col),
      params: { criteria: conflict.criteria, shown: catalog.id, shownTitle: catalog.title, year: conflict.year, expected: conflict.yearCatalog.id, expectedTitle: conflict.yearCatalog.title, expectedCriteria: conflict.yearCatalog.criteria.length },
    });
  }
  // What the host left unread (a stray value far from the tables, a sheet too large) is said, with its range.
  for (const sheet of workbook.sheets) {
    for (const unread of sheet.unread ?? []) preliminary.push({ code: 'range-not-read', sheet: sheet.name, cell: unread.range.split(':')[0], params: { range: unread.range, reason: unread.reason, cells: unread.cells, limit: unread.limit } });
  }
  // No title names it: the year the tables' headers plan for ("Năm 2026 | Năm 2027"), the latest.
  const headed = titled.year === undefined ? tables.flatMap(({ grid, tables: read }) => read.filter((t) => t.planYear !== undefined).map((t) => ({ grid, table: t }))).sort((a, b) => b.table.planYear! - a.table.planYear!)[0] : undefined;
  const yearSource: FactSource | undefined = titled.source ?? (headed ? { kind: 'cell', sheet: headed.grid.name, cell: a1(headed.table.header.top, headed.table.body.left), text: 'header' } : undefined);
  // Every view reads its table with the workbook's year, decided here once; a table whose header plans for other years keeps its own (table/read.ts).
  const workbookYear = planYear ?? headed?.table.planYear;
  const sheets = grids.map((grid): SheetReading => {
    if (catalogSheets.has(grid.name)) return { grid, views: [], unread: [], catalogSheet: true };
    const reading = readSheet(grid, { catalog, planYear: workbookYear, workbook: workbook.name });
    // The thresholds a table states in its own lines, read once with their source.
    for (const view of reading.views) {
      const thresholds = statedThresholdsOf(grid, view.table);
      if (thresholds.length) view.thresholds = thresholds;
    }
    return { grid, ...reading };
  });
  return { catalog, reason, catalogs, sheets, preliminary, planYear: workbookYear, planYearSource: yearSource, communesOption: options.communes };
}
