import { BUILTIN_CATALOGS } from '../catalog/builtin';
import { catalogFromSheet } from '../catalog/fromSheet';
import { chooseCatalog, planYearOf, type CatalogChoice } from '../catalog/select';
import type { Catalog } from '../catalog/schema';
import type { FindingDraft } from '../findings/codes';
import { a1 } from '../sheet/address';
import { Grid } from '../sheet/grid';
import type { WorkbookSnapshot } from '../sheet/snapshot';
import type { Analysis, SheetReading } from './types';
import { readSheet } from './views';

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
  const sheets = grids.map((grid): SheetReading => {
    if (catalogSheets.has(grid.name)) return { grid, views: [], unread: [], catalogSheet: true };
    return { grid, ...readSheet(grid, { catalog, planYear }) };
  });
  return { catalog, reason, catalogs, sheets, preliminary, planYear, communesOption: options.communes };
}
