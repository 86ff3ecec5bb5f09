import type { Grid } from '../sheet/grid';
import { hasAnyWords } from '../text/fold';
import { withoutDocumentNumbers } from '../text/vocabulary';
import type { Catalog } from './schema';

/** Why a catalog was chosen, for the report. */
export type CatalogReason =
  | { kind: 'option'; id: string }
  | { kind: 'file'; file: string }
  | { kind: 'sheet'; sheet: string }
  | { kind: 'year'; year: number; sheet: string; text: string }
  | { kind: 'shape'; criteria: number; sheet: string }
  | { kind: 'default' }
  | { kind: 'advanced'; sheet: string; text: string };

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
        const text = withoutDocumentNumbers(grid.text(row, col));
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

/**
 * The newest attainment set of communes with that many criteria (a table showing 11 to 19 shows a
 * 19-criterion set); the advanced set of that size when asked for and one exists.
 */
function catalogWithCriteria(catalogs: readonly Catalog[], count: number, advanced = false): Catalog | undefined {
  const of = (tier: Catalog['tier']) => {
    const sets = catalogs.filter((c) => c.level === 'xa' && c.tier === tier).sort((a, b) => b.period.from - a.period.from);
    return sets.find((c) => c.criteria.length === count) ?? (count > 10 ? sets.find((c) => c.criteria.length === 19) : undefined);
  };
  return (advanced ? of('nang-cao') : undefined) ?? of('dat-chuan');
}

/** What a set is chosen from, wherever it was read (a workbook's titles and tables, a plan's text). */
export type SetEvidence = {
  /** The year the titles plan for (a period's end first), and whether its words ask for the advanced set ("nâng cao"). */
  year?: { year: number; advanced: boolean };
  /** The words of the title ask for the advanced set though they name no year. */
  advanced?: boolean;
  /** The size of the set the tables or sentences show ("/19", criterion columns 1…19). */
  shown?: number;
};

/** The set the evidence gives, how it was chosen, and what disagrees. */
export type SetDecision = {
  catalog: Catalog;
  by: 'year' | 'shape' | 'advanced' | 'default';
  /** The set the year gives, when the shape shows another (the shape's is chosen). */
  yearCatalog?: Catalog;
  /** Advanced words in a year without an advanced set. */
  noAdvanced?: boolean;
};

/**
 * The one rule that chooses a criteria set from evidence, for the workbook (`chooseCatalog`) and a
 * plan's text alike: the set of the year, advanced when the words say "nâng cao" and the year has
 * one; when the shape shows a set of another size (a 2027 plan typed into a 19-criterion template,
 * "đạt 19/19 tiêu chí" in a text dated 2026), the shape's set, with the year's kept as the conflict.
 * Without a year: the set the shape shows (the advanced one of that size when the words say "nâng
 * cao"), else the newest advanced set for "nâng cao" words, else the newest set.
 *
 * @example
 * decideSet(BUILTIN_CATALOGS, { shown: 19 }).catalog.id // 'xa-ntm-2021-2025'
 * decideSet(BUILTIN_CATALOGS, { year: { year: 2027, advanced: false } }).catalog.id // 'xa-ntm-2026-2030'
 */
export function decideSet(catalogs: readonly Catalog[], evidence: SetEvidence): SetDecision {
  const { year, shown } = evidence;
  const advanced = year?.advanced || evidence.advanced === true;
  const byShape = shown !== undefined ? catalogWithCriteria(catalogs, shown, advanced) : undefined;
  if (year) {
    const catalog = catalogForYear(catalogs, year.year, advanced);
    if (catalog && byShape && catalog.criteria.length !== shown) return { catalog: byShape, by: 'shape', yearCatalog: catalog };
    if (catalog) return { catalog, by: 'year', noAdvanced: advanced && catalog.tier !== 'nang-cao' ? true : undefined };
  }
  if (byShape) return { catalog: byShape, by: 'shape' };
  const newest = (tier: Catalog['tier']) => [...catalogs].filter((c) => c.level === 'xa' && c.tier === tier).sort((a, b) => b.period.from - a.period.from)[0];
  if (advanced && newest('nang-cao')) return { catalog: newest('nang-cao'), by: 'advanced' };
  return { catalog: newest('dat-chuan'), by: 'default' };
}

/**
 * Chooses the criteria set: the one asked for, else the one the workbook supplies, else the one
 * that fits both what the tables show (criteria numbered across a header) and the years in the
 * titles (a period such as 2021–2025 first, else the latest single year): `decideSet`, with where
 * each piece of evidence was read; when the table shows one set and the years another, the table's
 * set, with the conflict said once.
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
  const words = hint ? undefined : advancedTitle(grids);
  const decided = decideSet(catalogs, { year: hint ? { year: hint.to, advanced: hint.advanced } : undefined, advanced: words !== undefined, shown: shown?.criteria });
  const { catalog } = decided;
  if (decided.by === 'shape' && shown) {
    const conflict = hint && decided.yearCatalog ? { ...shown, year: hint.to, yearCatalog: decided.yearCatalog } : undefined;
    return { catalog, reason: { kind: 'shape', criteria: shown.criteria, sheet: shown.sheet }, conflict };
  }
  if (decided.by === 'year' && hint) {
    return { catalog, reason: { kind: 'year', year: hint.to, sheet: hint.sheet, text: hint.text }, noAdvanced: decided.noAdvanced ? { year: hint.to, sheet: hint.sheet, text: hint.text } : undefined };
  }
  if (decided.by === 'advanced' && words) return { catalog, reason: { kind: 'advanced', sheet: words.sheet, text: words.text } };
  return { catalog, reason: { kind: 'default' } };
}

/** A title asking for the advanced set ("… XÃ NÔNG THÔN MỚI NÂNG CAO") in the first rows of a sheet, naming no year. */
function advancedTitle(grids: readonly Grid[]): { sheet: string; text: string } | undefined {
  for (const grid of grids) {
    for (let row = grid.top; row <= Math.min(grid.bottom, grid.top + TITLE_ROWS - 1); row++) {
      const cells = grid.cols().filter((col) => grid.text(row, col) && (grid.mergeOf(row, col)?.left ?? col) === col);
      if (cells.length !== 1) continue;
      const text = grid.text(row, cells[0]);
      if (hasAnyWords(text, ['nang cao']) && hasAnyWords(text, ['nong thon moi', 'ntm'])) return { sheet: grid.name, text: grid.raw(row, cells[0]) };
    }
  }
  return undefined;
}
