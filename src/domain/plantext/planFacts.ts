import type { Analysis } from '../engine';
import { communesFor, statedCommunes } from '../analysis/communes';
import { planningLevel, type Issuer, type Level } from '../analysis/level';
import { programmeName, programmePeriod } from '../catalog/calendar';
import { runChecks } from '../engine';
import { viewsOf } from '../analysis/select';
import type { FindingDraft } from '../findings/codes';

export { issuerIn, type Evidence, type Issuer, type Level } from '../analysis/level';

/** The number of communes the text divides by, and where it was counted or read. */
export type CommunesFact = { count: number; sheet: string; range: string; how: 'rows' | 'stated' | 'denominator' };

/**
 * The facts a plan's document names besides its figures: its year, the programme and its period,
 * the issuing body and the number of communes, with the disagreements between sheets as findings
 * (data, never text).
 */
export type PlanFacts = {
  year?: number;
  period?: { from: number; to: number };
  programme?: string;
  issuer: Issuer;
  communes?: CommunesFact;
  notes: FindingDraft[];
};

const LEVEL_NAME: Record<Level, string> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' };

/**
 * The issuing body as plans name it in running text: "UBND tỉnh Lạng Sơn", "UBND tỉnh" when only
 * the level is known, nothing when neither is.
 *
 * @example
 * issuerName({ level: 'huyen', name: 'Thạch An' }) === 'UBND huyện Thạch An'
 */
export function issuerName(issuer: Issuer): string | undefined {
  return issuer.level ? `UBND ${LEVEL_NAME[issuer.level]}${issuer.name ? ` ${issuer.name}` : ''}` : undefined;
}

/**
 * The number of communes the figures divide by, as the analysis decides it for the table they come
 * from (an assignment's listed communes, else the targets table's: `communesFor`); with a finding for
 * each number the workbook states otherwise (`statedCommunes`), and for each commune listed though
 * merged into another.
 */
function communesOf(analysis: Analysis, notes: FindingDraft[]): CommunesFact | undefined {
  const view = viewsOf(analysis, 'assignment')[0]?.view ?? viewsOf(analysis, 'targets')[0]?.view;
  const decided = view && communesFor(analysis, view);
  if (!decided) return undefined;
  const { source } = decided;
  const where = source.kind === 'count' ? { sheet: source.sheet, range: source.range, how: 'rows' as const }
    : 'sheet' in source ? { sheet: source.sheet, range: source.cell, how: source.kind === 'ratio' ? 'denominator' as const : 'stated' as const }
      : { sheet: view.grid.name, range: '', how: 'stated' as const };
  const fact: CommunesFact = { count: decided.value, ...where };
  // The check's own finding: a commune said to be merged into another yet listed (run by the engine).
  const merged = runChecks(analysis).filter((finding) => finding.code === 'merged-commune-listed');
  for (const other of statedCommunes(analysis)) {
    if (other.value === fact.count) continue;
    notes.push({
      code: 'plan-communes-differ', sheet: other.source.sheet, cell: other.source.cell, expected: fact.count, actual: other.value,
      params: { used: fact.count, usedSheet: fact.sheet, usedRange: fact.range, how: fact.how, merged: merged.map((m) => m.key).join(', '), mergedCount: merged.length },
    });
  }
  notes.push(...merged);
  return fact;
}

/**
 * The facts of a plan's document, each from the one analysis of the workbook (the same one the
 * check uses), never from a line of a table: the plan's year as the analysis decides it, the
 * programme and its period for that year, the issuing body from the titles above the tables
 * ("UBND TỈNH LẠNG SƠN") or, without a name, the level the sheets' words point to, and the number
 * of communes the figures divide by. Disagreements (a roll-up stating 30 communes where 31 are
 * listed, one of them merged) come back as findings.
 *
 * @example
 * planFacts(analyzeWorkbook(snapshot)) // { year: 2025, period: { from: 2021, to: 2025 }, issuer: { level: 'huyen', name: 'Thạch An', … }, communes: { count: 13, … }, notes: [] }
 */
export function planFacts(analysis: Analysis): PlanFacts {
  const notes: FindingDraft[] = [];
  const year = analysis.planYear;
  const issuer = planningLevel(analysis);
  const first = analysis.sheets[0]?.grid.name ?? '';
  if (year === undefined) notes.push({ code: 'plan-year-unknown', sheet: first, cell: 'A1' });
  if (!issuer.name) notes.push({ code: 'plan-issuer-unknown', sheet: first, cell: 'A1', params: { level: issuer.level ?? '' } });
  const communes = communesOf(analysis, notes);
  return {
    year,
    period: year !== undefined ? programmePeriod(year) : undefined,
    programme: year !== undefined ? programmeName(year) : undefined,
    issuer,
    communes,
    notes,
  };
}
