import { analyzeWorkbook, runChecks, type AnalyzeOptions, type Analysis } from '../engine';
import type { FindingDraft } from '../findings/codes';
import type { SheetModel } from '../recognize/models';
import type { View } from '../analysis/types';
import type { WorkbookSnapshot } from '../sheet/snapshot';
import { allocator, type FillContext } from './context';
import { fillCommuneColumns } from './assignmentCommunes';
import { fillAssignmentBlock } from './assignmentBlock';
import { fillTargets } from './targets';
import { fillFunding } from './funding';
import { fillTables } from './tables';
import { SheetWrites } from './place';
import type { ColumnWrite, WritePlan } from './types';

export type FillOptions = AnalyzeOptions & {
  overwrite?: boolean;
  /** 'zero' for templates: formulas go in even where the inputs are still blank. */
  blankInputs?: 'skip' | 'zero';
};

/** Findings that make a sheet's fill wrong: unknown marks, formula errors in its inputs. */
const BLOCKING: readonly FindingDraft['code'][] = ['invalid-status', 'formula-error', 'invalid-catalog'];

/** One filler per kind of sheet; kinds without one (tasks, responsibility) have nothing to compute. */
const FILLERS: { [K in SheetModel['kind']]?: (context: FillContext, model: Extract<SheetModel, { kind: K }>) => void } = {
  assignment: (context, model) => fillAssignmentBlock(context, model, fillCommuneColumns(context, model)),
  targets: fillTargets,
  funding: fillFunding,
  table: fillTables,
};

/**
 * Plans the fill of a workbook: the formulas that make its shares, totals, averages and
 * distributions live, as data. Typed values are kept (skipped) unless `overwrite`; sheets whose
 * inputs are wrong are refused with the findings that say why. A caller that has just checked the
 * same snapshot with the same options may pass that analysis and its findings (`prior`).
 *
 * @example
 * const { plan } = planFill(snapshot, { overwrite: false });
 * cellWrites(plan).filter((w) => w.role === 'criterion.percent');
 */
export function planFill(
  workbook: WorkbookSnapshot,
  options: FillOptions = {},
  prior?: { analysis: Analysis; findings: FindingDraft[] },
): { plan: WritePlan; analysis: Analysis; findings: FindingDraft[] } {
  const analysis = prior?.analysis ?? analyzeWorkbook(workbook, options);
  const findings = prior?.findings ?? runChecks(analysis, options);
  const columns: ColumnWrite[] = [];
  const plan: WritePlan = { writes: [], columns, merges: [], skipped: [], refused: [], ignored: [] };
  const written = new Set<string>();
  const decided = options.communes === undefined || options.communes === analysis.communesOption ? analysis : { ...analysis, communesOption: options.communes };
  for (const { grid, views, catalogSheet } of decided.sheets) {
    const fillable = views.filter((view) => FILLERS[view.kind] !== undefined);
    // The criteria list is read as the set, not a table to fill.
    if (views.length === 0 && !catalogSheet) plan.ignored.push(grid.name);
    if (fillable.length === 0) continue;
    const reasons = findings.filter((f) => f.sheet === grid.name && BLOCKING.includes(f.code));
    if (reasons.length > 0) {
      plan.refused.push({ sheet: grid.name, reasons });
      continue;
    }
    const out = new SheetWrites(grid, options.overwrite ?? false);
    const free = allocator(grid);
    for (const view of fillable) {
      const filler = FILLERS[view.kind] as (context: FillContext, model: View['model']) => void;
      const { body, labelCol } = view.table;
      const context: FillContext = {
        catalog: decided.catalog, analysis: decided, view, grid, out, merges: plan.merges, blankInputs: options.blankInputs ?? 'skip', overwrite: options.overwrite, planYear: decided.planYear,
        newColumn: free.newColumn,
        newRows: (count, last) => free.rowsUnder(count, Math.max(last ?? body.bottom, body.bottom), body.right, labelCol),
      };
      filler(context, view.model);
    }
    // Concatenated, not spread: a national sheet plans tens of thousands of writes.
    plan.writes = plan.writes.concat(out.writes);
    columns.push(...out.columns);
    plan.skipped = plan.skipped.concat(out.skipped);
    if (out.writes.length > 0 || out.columns.length > 0) written.add(grid.name);
  }
  plan.basis = Object.fromEntries(analysis.sheets.filter(({ grid }) => written.has(grid.name)).map(({ grid }) => [grid.name, grid.scan().fingerprint]));
  return { plan, analysis, findings };
}
