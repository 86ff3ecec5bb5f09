import { groupsCommunes } from '../catalog/calendar';
import { planFill } from '../fill/plan';
import { applyPlanToSnapshot } from '../fill/applyToSnapshot';
import { sheetRef } from '../sheet/refs';
import type { WritePlan } from '../fill/types';
import type { SheetSnapshot } from '../sheet/snapshot';
import { assignmentColumns, assignmentTemplate, ASSIGNMENT_SHEET } from './assignment';
import { rollupSheet } from './rollup';
import { fundingTemplate } from './funding';
import { listsTemplate } from './lists';
import { responsibilityTemplate } from './responsibility';
import { targetsTemplate, type TargetLinks } from './targets';
import { tasksTemplate } from './tasks';
import { catalogTemplate } from './catalog';
import type { Template, TemplateKind, TemplateOptions, TemplateSheet } from './types';
import { cellWrites } from '../fill/cells';

function fill(options: TemplateOptions, snapshots: SheetSnapshot[]): WritePlan {
  const catalog = { catalog: options.catalog, reason: { kind: 'option' as const, id: options.catalog.id } };
  return planFill({ sheets: snapshots }, { catalog, blankInputs: 'zero' }).plan;
}

/** Two plans as one, their column writes listed cell by cell (a template is small). */
function join(a: WritePlan, b: WritePlan): WritePlan {
  return { writes: [...cellWrites(a), ...cellWrites(b)], merges: [...a.merges, ...b.merges], skipped: [...a.skipped, ...b.skipped], refused: [...a.refused, ...b.refused], ignored: b.ignored };
}

/** From 2026 a province plans its communes by group: the roll-up by "Nhóm xã", live over the assignment. */
function rollupOf(options: TemplateOptions, filled: WritePlan): TemplateSheet[] {
  const { groupCol } = assignmentColumns(options);
  const end = filled.columns?.find((c) => c.role === 'commune.end');
  if (groupCol === undefined || !end) return [];
  const members = options.communes.map(() => ({ group: null, district: null, end: 0 }));
  return [rollupSheet({ catalog: options.catalog, planYear: options.year, members }, ASSIGNMENT_SHEET, { name: 1, group: groupCol, end: end.col })];
}

/** The plan template: every sheet (from 2026 the criteria sheet too), the targets' baseline and added counts linked to the assignment's totals. */
function planTemplate(options: TemplateOptions): Template {
  const assignment = assignmentTemplate(options);
  const first = fill(options, [assignment.snapshot]);
  const cellOf = (role: string, criterion: number) => first.writes.find((w) => w.role === role && w.key === String(criterion))!.cell;
  const links: TargetLinks = {
    baseline: (k) => `=${sheetRef(ASSIGNMENT_SHEET)}!${cellOf('criterion.baseline', k)}`,
    added: (k) => `=${sheetRef(ASSIGNMENT_SHEET)}!${cellOf('criterion.planned', k)}`,
  };
  // From 2026 the user supplies the indicators and their thresholds per commune group: the sheet to type them in.
  const catalogSheet = groupsCommunes(options.catalog) ? [catalogTemplate(options)] : [];
  const rest = [...rollupOf(options, first), targetsTemplate(options, links), fundingTemplate(options), tasksTemplate(options), responsibilityTemplate(options), ...catalogSheet, listsTemplate(options.year)];
  const filledAssignment = applyPlanToSnapshot({ sheets: [assignment.snapshot] }, first).sheets[0];
  const second = fill(options, [filledAssignment, ...rest.map((s) => s.snapshot)]);
  return { sheets: [assignment, ...rest], plan: join(first, { ...second, writes: cellWrites(second).filter((w) => w.sheet !== ASSIGNMENT_SHEET), columns: [] }) };
}

const SINGLE: Record<Exclude<TemplateKind, 'plan'>, (options: TemplateOptions) => TemplateSheet[]> = {
  assignment: (o) => [assignmentTemplate(o)],
  targets: (o) => [targetsTemplate(o)],
  funding: (o) => [fundingTemplate(o)],
  tasks: (o) => [tasksTemplate(o), listsTemplate(o.year)],
  responsibility: (o) => [responsibilityTemplate(o), listsTemplate(o.year)],
  catalog: (o) => [catalogTemplate(o)],
};

/**
 * A blank planning template laid out the way the engine reads it, for the criteria set and the
 * year given, its computed cells already holding their formulas (the fill), so that a template
 * filled in by hand is live at once.
 *
 * @example
 * const template = buildTemplate('assignment', { catalog, communes: ['Lê Lai', 'Đức Long'], year: 2026 });
 */
export function buildTemplate(kind: TemplateKind, options: TemplateOptions): Template {
  if (kind === 'plan') return planTemplate(options);
  const sheets = SINGLE[kind](options);
  return { sheets, plan: fill(options, sheets.map((s) => s.snapshot)) };
}
