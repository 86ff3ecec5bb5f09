import type { Grid } from '../sheet/grid';
import { hasAnyWords } from '../text/fold';
import type { Catalog } from './schema';

/** Why a catalog was chosen, for the report. */
export type CatalogReason =
  | { kind: 'option'; id: string }
  | { kind: 'file'; file: string }
  | { kind: 'sheet'; sheet: string }
  | { kind: 'year'; year: number; sheet: string; text: string }
  | { kind: 'shape'; criteria: number; sheet: string }
  | { kind: 'default' };

/** The set a table's shape shows against the set its years say, when they disagree. */
export type SetConflict = { criteria: number; sheet: string; row: number; col: number; year: number; yearCatalog: Catalog };

/** A title asking for the advanced set ("nâng cao") in years that have none (2026–2030). */
export type NoAdvancedSet = { year: number; sheet: string; text: string };

export type CatalogChoice = { catalog: Catalog; reason: CatalogReason; conflict?: SetConflict; noAdvanced?: NoAdvancedSet };

const TITLE_ROWS = 15;

type YearHint = { from: number; to: number; sheet: string; text: string; advanced: boolean };

/** Years and periods ("2021-2025", "năm 2025") written in the first rows of each sheet. */
export function yearHints(grids: readonly Grid[], titlesOnly = true): YearHint[] {
  const hints: YearHint[] = [];
  for (const grid of grids) {
    for (let row = grid.top; row <= Math.min(grid.bottom, grid.top + TITLE_ROWS - 1); row++) {
      // A title stands alone in its row; a year inside a table's cells is data, not the plan's year.
      if (titlesOnly && grid.cols().filter((col) => grid.text(row, col) && (grid.mergeOf(row, col)?.left ?? col) === col).length > 1) continue;
      for (const col of grid.cols()) {
        const text = grid.text(row, col);
        if (!/\b20\d\d\b/.test(text)) continue;
        const advanced = hasAnyWords(text, ['nang cao']);
        const period = /\b(20\d\d) (20\d\d)\b/.exec(text);
        if (period && Number(period[2]) > Number(period[1])) {
          hints.push({ from: Number(period[1]), to: Number(period[2]), sheet: grid.name, text: grid.raw(row, col), advanced });
          continue;
        }
        for (const match of text.matchAll(/\b(20\d\d)\b/g)) {
          hints.push({ from: Number(match[1]), to: Number(match[1]), sheet: grid.name, text: grid.raw(row, col), advanced });
        }
      }
    }
  }
  return hints;
}

/** The built-in set in force in a year (the nearest one outside every period). */
export function catalogForYear(catalogs: readonly Catalog[], year: number, advanced: boolean): Catalog | undefined {
  const communes = catalogs.filter((c) => c.level === 'xa');
  const byTier = (tier: Catalog['tier']) => communes.filter((c) => c.tier === tier);
  const pool = advanced && byTier('nang-cao').some((c) => c.period.from <= year && year <= c.period.to) ? byTier('nang-cao') : byTier('dat-chuan');
  const inPeriod = pool.find((c) => c.period.from <= year && year <= c.period.to);
  if (inPeriod) return inPeriod;
  const sorted = [...pool].sort((a, b) => a.period.from - b.period.from);
  if (sorted.length && year < sorted[0].period.from) return sorted[0];
  return sorted[sorted.length - 1];
}

/** Where a header numbers criteria across its columns (1 | 2 | … | N), and how many. */
export type CriteriaShown = { criteria: number; sheet: string; row: number; col: number };

/** The newest attainment set of communes with that many criteria (a table showing 11 to 19 shows a 19-criterion set). */
function catalogWithCriteria(catalogs: readonly Catalog[], count: number): Catalog | undefined {
  const sets = catalogs.filter((c) => c.level === 'xa' && c.tier === 'dat-chuan').sort((a, b) => b.period.from - a.period.from);
  return sets.find((c) => c.criteria.length === count) ?? (count > 10 ? sets.find((c) => c.criteria.length === 19) : undefined);
}

/**
 * Chooses the criteria set: the one asked for, else the one the workbook supplies, else the one
 * that fits both what the tables show (criteria numbered across a header) and the years in the
 * titles (a period such as 2021–2025 first, else the latest single year); when the table shows
 * one set and the years another (a 2027 plan typed into a 19-criterion template), the table's set,
 * with the conflict said once. Else the newest built-in.
 */
export function chooseCatalog(
  grids: readonly Grid[],
  catalogs: readonly Catalog[],
  supplied?: CatalogChoice,
  shown?: CriteriaShown,
): CatalogChoice {
  if (supplied) return supplied;
  const titles = yearHints(grids);
  const hints = titles.length ? titles : yearHints(grids, false);
  const periods = hints.filter((hint) => hint.to > hint.from);
  const years = hints.filter((hint) => hint.to === hint.from).sort((a, b) => b.from - a.from);
  const hint = periods[0] ?? years[0];
  const byShape = shown && catalogWithCriteria(catalogs, shown.criteria);
  if (hint) {
    const catalog = catalogForYear(catalogs, hint.to, hint.advanced);
    if (catalog && byShape && shown && catalog.criteria.length !== shown.criteria) {
      return { catalog: byShape, reason: { kind: 'shape', criteria: shown.criteria, sheet: shown.sheet }, conflict: { ...shown, year: hint.to, yearCatalog: catalog } };
    }
    const noAdvanced = hint.advanced && catalog && catalog.tier !== 'nang-cao' ? { year: hint.to, sheet: hint.sheet, text: hint.text } : undefined;
    if (catalog) return { catalog, reason: { kind: 'year', year: hint.to, sheet: hint.sheet, text: hint.text }, noAdvanced };
  }
  if (byShape && shown) return { catalog: byShape, reason: { kind: 'shape', criteria: shown.criteria, sheet: shown.sheet } };
  const newest = [...catalogs].filter((c) => c.level === 'xa' && c.tier === 'dat-chuan').sort((a, b) => b.period.from - a.period.from)[0];
  return { catalog: newest, reason: { kind: 'default' } };
}
