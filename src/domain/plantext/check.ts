import type { Lang } from '../findings/codes';
import { averageClaims } from './claims/averages';
import { progressClaims } from './claims/progress';
import { workbookClaims } from './claims/workbook';
import { planFigures, type PlanFigures } from './figures';
import { citedAfterPlan } from './claims/dates';
import { listClaims } from './claims/lists';
import { placeholders } from './claims/placeholders';
import { staleYears, yearAgainstWorkbook } from './claims/years';
import { floorClaims } from './claims/floor';
import { communeCriteriaClaims } from './claims/communeCriteria';
import { shareClaims } from './claims/shares';
import { totalClaims } from './claims/totals';
import { carriedShares } from './claims/carried';
import { inlineParts, listedParts, partsAfterWhole } from './claims/parts';
import { groupClaims } from './claims/groups';
import { namedLists } from './claims/namedLists';
import { metAndUnmet, threeStates } from './claims/statuses';
import { recognisedButFar } from './claims/communeStatus';
import { deadlinesOutside } from './claims/deadlines';
import { criterionNumbers, setsInForce } from './claims/criterionNumbers';
import { localizeText, severityOf, type TextFinding, type TextFindingDraft } from './findings';
import { readText, type Reading } from './read/reading';
import { checkTables } from './tables';
import { prepareText } from './source';
import { criteriaSetOf, type TextSet } from './read/criteriaSet';

/** A sentence with figures the reader could not tie to what they count, or a table no reader recognised. */
export type Unread = { line: number; quote: string; kind: 'sentence' | 'table' | 'appendix'; numbers?: string[] };

/** What was read: sentences holding figures, those read as claims, the figures (claims) read, tables. */
export type Coverage = { sentences: number; read: number; unread: number; claims: number; tables: number; tablesRead: number };

/** check-text's result as data: findings without words, what was not read, what was read. */
export type TextCheck = { findings: TextFindingDraft[]; unread: Unread[]; coverage: Coverage; lines: number; planYear?: number };

export type TextReport = {
  issues: TextFinding[];
  unread: Unread[];
  stats: { errors: number; warnings: number; lines: number; claims: number; sentences: number; read: number; unread: number };
};

/** A text whose sentences show a set of another size than its year's ("19/19 tiêu chí" in a 2027 plan): checked against the set shown, said once. */
function setMismatch(text: ReturnType<typeof prepareText>, set: TextSet, year: number | undefined): TextFindingDraft[] {
  if (!set.yearCatalog || !set.shown || year === undefined) return [];
  const line = set.shown.line;
  return [{
    code: 'text-set-mismatch', line, quote: text.lines[line - 1]?.trim() ?? '', actual: String(set.shown.criteria), expected: String(set.yearCatalog.criteria.length),
    params: { criteria: set.shown.criteria, shown: set.catalog.id, year, expected: set.yearCatalog.id, expectedCriteria: set.yearCatalog.criteria.length },
  }];
}

/** Same claim found by two readers (the seeds' shapes and the language's): kept once, the first. */
function unique(drafts: TextFindingDraft[]): TextFindingDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.code}|${d.line}|${d.actual}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The clause of a long sentence around a number (between ";"), at most 240 characters: what a reader needs to find it. */
function clauseAround(reading: Reading, s: Reading['sentences'][number], at: number): string {
  if (s.quote.length <= 240) return s.quote;
  const flat = reading.text.flat;
  let from = at;
  while (from > s.start && flat[from - 1] !== ';' && at - from < 160) from--;
  let to = at;
  while (to < s.end && flat[to] !== ';' && to - at < 160) to++;
  const clause = flat.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > s.start ? '…' : ''}${clause}${to < s.end ? '…' : ''}`;
}

function coverageOf(reading: Reading, unreadTables: number): { coverage: Coverage; unread: Unread[] } {
  const unread: Unread[] = [];
  let sentences = 0;
  let claims = 0;
  for (const s of reading.sentences) {
    if (s.figures.length === 0 && s.unknown.length === 0) continue;
    sentences++;
    claims += s.figures.length;
    if (s.unknown.length) unread.push({ line: reading.text.lineOf(s.unknown[0].start), quote: clauseAround(reading, s, s.unknown[0].start), kind: 'sentence', numbers: s.unknown.map((u) => u.text) });
  }
  for (const region of reading.regions.filter((r) => r.kind === 'appendix')) {
    unread.push({ line: region.firstLine, quote: reading.text.lines[region.firstLine - 1].trim().slice(0, 200), kind: 'appendix' });
  }
  const read = sentences - unread.filter((u) => u.kind === 'sentence').length;
  return { coverage: { sentences, read, unread: sentences - read, claims, tables: reading.tables.length, tablesRead: reading.tables.length - unreadTables }, unread };
}

/**
 * Reads a plan's text and checks every claim it can read, as data (no words): shares of counts
 * (with denominators carried from the sentence, paragraph or heading), totals and their parts
 * (inline, in brackets, after "trong đó", "gồm", in lists), distributions and averages, named
 * lists and their counts, three-state appraisals, criteria listed as met and not met, communes
 * recognised earlier listed as far from the standard, cited documents dated after the plan,
 * deadlines outside its year, criteria by number and name, the tables of the text as sheets (and
 * the text against them), and with `figures` the text against a workbook. Every sentence holding a
 * figure is either read or listed as unread.
 *
 * @example
 * analyzePlanText('Số xã đạt 15-18 tiêu chí có 01/181 xã, chiếm 0,5%').findings[0].expected // '0,6%'
 */
export function analyzePlanText(raw: string, figures?: PlanFigures): TextCheck {
  const text = prepareText(raw);
  const reading = readText(text, figures?.year);
  const year = reading.plan.year;
  // The set, chosen from the year, the title's words and the sizes the sentences show, as a workbook's is.
  const set = criteriaSetOf(reading);
  const size = set.catalog.criteria.length;
  const catalog = set.catalog;
  const tables = checkTables(reading.tables, text);
  const tableFigures = tables.analysis ? planFigures(tables.analysis) : undefined;
  const drafts = [
    ...shareClaims(text), ...carriedShares(reading),
    ...totalClaims(text), ...inlineParts(reading), ...listedParts(reading), ...partsAfterWhole(reading),
    ...listClaims(text), ...namedLists(reading, catalog),
    ...progressClaims(text), ...citedAfterPlan(text), ...staleYears(reading), ...yearAgainstWorkbook(reading), ...placeholders(text),
    ...averageClaims(text, size), ...groupClaims(reading, size), ...floorClaims(text, size, reading),
    ...communeCriteriaClaims(text, catalog), ...setMismatch(reading.text, set, year), ...threeStates(reading, size), ...metAndUnmet(reading, catalog),
    ...recognisedButFar(reading), ...deadlinesOutside(reading), ...(setsInForce(year).length ? criterionNumbers(reading, set.yearCatalog ? set.catalog : undefined) : []),
    ...tables.findings,
    ...(tableFigures ? workbookClaims(text, tableFigures) : []),
    ...(figures ? workbookClaims(text, figures) : []),
  ];
  const findings = unique(drafts.sort((a, b) => a.line - b.line));
  const { coverage, unread } = coverageOf(reading, tables.unread.length);
  for (const table of tables.unread) unread.push({ line: table.firstLine, quote: table.rows[0].filter(Boolean).join(' | ').slice(0, 200), kind: 'table' });
  unread.sort((a, b) => a.line - b.line);
  return { findings, unread, coverage, lines: text.lines.length, planYear: year };
}

/**
 * The report of a text check in a language: findings with their severity and message (made here,
 * at display time), what was not read, the counts.
 *
 * @example
 * reportOfText(analyzePlanText(plan), 'en').stats.unread
 */
export function reportOfText(check: TextCheck, lang: Lang): TextReport {
  const issues = localizeText(check.findings, lang);
  return {
    issues,
    unread: check.unread,
    stats: {
      errors: check.findings.filter((f) => severityOf(f) === 'error').length,
      warnings: check.findings.filter((f) => severityOf(f) === 'warning').length,
      lines: check.lines, claims: check.coverage.claims, sentences: check.coverage.sentences, read: check.coverage.read, unread: check.coverage.unread,
    },
  };
}

/**
 * Checks the numeric claims of a plan's text and reports them in a language (see `analyzePlanText`).
 *
 * @example
 * checkPlanText('Số xã đạt 15-18 tiêu chí có 01/181 xã, chiếm 0,5%', 'vi').issues[0].expected // '0,6%'
 */
export function checkPlanText(raw: string, lang: Lang, figures?: PlanFigures): TextReport {
  return reportOfText(analyzePlanText(raw, figures), lang);
}
