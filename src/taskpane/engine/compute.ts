import { analyzeWorkbook, runChecks, sheetKindOf, type Analysis } from '../../domain/engine';
import type { FindingDraft } from '../../domain/findings/codes';
import { suggestAll } from '../../domain/findings/suggest';
import { planFill } from '../../domain/fill/plan';
import { criteriaProgress } from '../../domain/report/progress';
import { buildAppendix } from '../../domain/appendix/build';
import { layoutAppendix } from '../../domain/appendix/layout';
import { layoutMatrix } from '../../domain/appendix/matrix';
import type { AppendixOptions } from '../../domain/appendix/types';
import { writePlanText } from '../../domain/plantext/write';
import { planFigures, type PlanFigures } from '../../domain/plantext/figures';
import { BUILTIN_CATALOGS } from '../../domain/catalog/builtin';
import { catalogForYear } from '../../domain/catalog/select';
import { consolidate, planningYear } from '../../domain/consolidate/gather';
import { previousRows } from '../../domain/consolidate/previous';
import { CONSOLIDATED, consolidatedTemplate } from '../../domain/consolidate/sheets';
import type { SourceWorkbook } from '../../domain/consolidate/types';
import type { WorkbookSnapshot } from '../../domain/sheet/snapshot';
import type { AppendixData, CheckData, FillPlans, Gathered, Work } from './types';
import { Cancelled } from './types';

/** Lets a message (a cancel) through between steps, and stops there if the work was cancelled. */
export async function breathe(work: Work | undefined): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (work?.signal?.aborted) throw new Cancelled();
}

/**
 * The analysis of a snapshot, made once per snapshot: a check, the fill's preview and the appendix
 * that follow it on the same workbook reuse it.
 */
export class Analyses {
  private last?: { snapshot: WorkbookSnapshot; analysis: Analysis; findings?: FindingDraft[] };

  async of(snapshot: WorkbookSnapshot, work?: Work): Promise<Analysis> {
    if (this.last?.snapshot !== snapshot) {
      work?.progress?.('analyse', 0, 1);
      await breathe(work);
      this.last = { snapshot, analysis: analyzeWorkbook(snapshot) };
      work?.progress?.('analyse', 1, 1);
    }
    return this.last.analysis;
  }

  async findings(snapshot: WorkbookSnapshot, work?: Work): Promise<{ analysis: Analysis; findings: FindingDraft[] }> {
    const analysis = await this.of(snapshot, work);
    if (!this.last!.findings) {
      work?.progress?.('check', 0, 1);
      await breathe(work);
      this.last!.findings = runChecks(analysis);
      work?.progress?.('check', 1, 1);
    }
    return { analysis, findings: this.last!.findings! };
  }
}

/** Cells holding something: what "32.070 ô" counts. */
function filledCells(sheet: WorkbookSnapshot['sheets'][number] | undefined): number {
  let count = 0;
  for (const row of sheet?.values ?? []) for (const value of row) if (value !== null && value !== '') count++;
  return count;
}

/** The check of a snapshot as data, with what to write for each finding that states a wrong number. */
export async function checkData(snapshot: WorkbookSnapshot, analyses: Analyses, work?: Work): Promise<CheckData> {
  const { analysis, findings } = await analyses.findings(snapshot, work);
  work?.progress?.('plan', 0, 1);
  await breathe(work);
  // What to write for each finding: the formula the fill would put in its cell, else the number.
  const suggestions = suggestAll(snapshot, analysis, findings);
  const { catalog } = analysis;
  return {
    file: snapshot.name,
    catalog: {
      id: catalog.id, title: catalog.title, from: catalog.period.from, to: catalog.period.to, advanced: catalog.tier !== 'dat-chuan', criteria: catalog.criteria.length,
      builtin: BUILTIN_CATALOGS.some((c) => c.id === catalog.id),
    },
    reason: analysis.reason,
    // A sheet's kind is its first table's, as the check's report says it.
    sheets: analysis.sheets.map((reading) => ({ name: reading.grid.name, kind: sheetKindOf(reading), cells: filledCells(snapshot.sheets.find((s) => s.name === reading.grid.name)) })),
    drafts: findings,
    suggestions,
    progress: criteriaProgress(analysis),
    basis: Object.fromEntries(analysis.sheets.map(({ grid }) => [grid.name, grid.scan().fingerprint])),
  };
}

export async function fillPlans(snapshot: WorkbookSnapshot, analyses: Analyses, work?: Work): Promise<FillPlans> {
  const prior = await analyses.findings(snapshot, work);
  work?.progress?.('plan', 0, 2);
  await breathe(work);
  const keep = planFill(snapshot, {}, prior);
  work?.progress?.('plan', 1, 2);
  await breathe(work);
  const replace = planFill(snapshot, { overwrite: true }, prior);
  work?.progress?.('plan', 2, 2);
  return { keep: keep.plan, replace: replace.plan };
}

export async function appendixData(snapshot: WorkbookSnapshot, options: AppendixOptions, analyses: Analyses, work?: Work): Promise<AppendixData> {
  const analysis = await analyses.of(snapshot, work);
  await breathe(work);
  const appendix = buildAppendix(analysis, options);
  const matrix = layoutMatrix(analysis);
  return { appendix, warnings: appendix.warnings, layout: layoutAppendix(appendix), matrix };
}

export async function planText(snapshot: WorkbookSnapshot, analyses: Analyses, work?: Work): Promise<string[]> {
  return writePlanText(await analyses.of(snapshot, work));
}

export async function figures(snapshot: WorkbookSnapshot, analyses: Analyses, work?: Work): Promise<PlanFigures> {
  return planFigures(await analyses.of(snapshot, work));
}

/**
 * Gathers the communes' files with the rows of the consolidation already in the workbook (a file sent
 * again replaces its own rows). The template to write is null when no file could be read.
 */
export function gatherSources(sources: readonly SourceWorkbook[], snapshot: WorkbookSnapshot, expected: readonly string[]): Gathered {
  const earlier = snapshot.sheets.find((s) => s.name === CONSOLIDATED.table.title);
  const kept = earlier ? previousRows(earlier) : [];
  const year = planningYear();
  const result = consolidate(sources, { expected: [...expected], kept, fallbackYear: year, fallbackCatalog: catalogForYear(BUILTIN_CATALOGS, year, false)! });
  const nothing = sources.every((s) => 'error' in s) && kept.length === 0;
  return { result, template: nothing ? null : consolidatedTemplate(result) };
}
