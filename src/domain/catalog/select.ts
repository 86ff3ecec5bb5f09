import type { Grid } from '../sheet/grid';
import { hasAnyWords } from '../text/fold';
import { planYearIn } from '../recognize/labels';
import type { Catalog } from './schema';

/** Why a catalog was chosen, for the report. */
export type CatalogReason =
  | { kind: 'option'; id: string }
  | { kind: 'file'; file: string }
  | { kind: 'sheet'; sheet: string }
  | { kind: 'year'; year: number; sheet: string; text: string }
  | { kind: 'default' };

export type CatalogChoice = { catalog: Catalog; reason: CatalogReason };

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

/**
 * Chooses the criteria set: the one asked for, else the one the workbook supplies, else the
 * year found in sheet titles (a period such as 2021–2025 first, else the latest single year),
 * else the newest built-in.
 */
export function chooseCatalog(
  grids: readonly Grid[],
  catalogs: readonly Catalog[],
  supplied?: CatalogChoice,
): CatalogChoice {
  if (supplied) return supplied;
  const titles = yearHints(grids);
  const hints = titles.length ? titles : yearHints(grids, false);
  const periods = hints.filter((hint) => hint.to > hint.from);
  const years = hints.filter((hint) => hint.to === hint.from).sort((a, b) => b.from - a.from);
  const hint = periods[0] ?? years[0];
  if (hint) {
    const catalog = catalogForYear(catalogs, hint.to, hint.advanced);
    if (catalog) return { catalog, reason: { kind: 'year', year: hint.to, sheet: hint.sheet, text: hint.text } };
  }
  const newest = [...catalogs].filter((c) => c.level === 'xa' && c.tier === 'dat-chuan').sort((a, b) => b.period.from - a.period.from)[0];
  return { catalog: newest, reason: { kind: 'default' } };
}

/** The plan year the titles give (the latest single year), if any. */
export function planYearOf(grids: readonly Grid[]): number | undefined {
  const years = grids.map((grid) => planYearIn(grid, grid.top + TITLE_ROWS - 1)).filter((y): y is number => y !== undefined);
  return years.length ? Math.max(...years) : undefined;
}
