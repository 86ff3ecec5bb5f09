import type { Analysis } from '../engine';
import { groupOf } from '../catalog/groups';
import { viewsOf } from '../analysis/select';
import { criteriaProgress, type CriterionProgress } from '../report/progress';
import { tallyAssignment } from '../tally/assignment';
import { fold } from '../text/fold';

/** Communes by criteria met at year end, per group of the set ("19", "15-18" …), and the average. */
export type Distribution = { communes: number; groups: { label: string; min: number; max: number; count: number }[]; average: number };

/** The funding's top items and their total (the sum of the items, as the fill writes it). */
export type Funding = { unit: 'tỷ đồng' | 'triệu đồng'; total: number; items: { label: string; value: number }[] };

/**
 * The numbers a plan's text states, as the workbook's tables give them: written by write-text,
 * compared by check-text; with the workbook's plan year (the analysis'), which check-text relates to
 * the text's own (`planFactsOf`).
 */
export type PlanFigures = { criteria: CriterionProgress[]; distribution?: Distribution; funding?: Funding; year?: number };

function distributionOf(analysis: Analysis): Distribution | undefined {
  const assignment = viewsOf(analysis, 'assignment')[0];
  if (!assignment) return undefined;
  const { communes } = tallyAssignment(assignment.grid, assignment.model);
  const n = communes.length;
  if (n === 0) return undefined;
  const { groups } = analysis.catalog;
  return {
    communes: n,
    groups: groups.map((group) => ({ label: group.label, min: group.min, max: group.max, count: communes.filter((c) => groupOf(groups, c.end) === group).length })),
    average: communes.reduce((t, c) => t + c.end, 0) / n,
  };
}

function fundingOf(analysis: Analysis): Funding | undefined {
  const funding = viewsOf(analysis, 'funding')[0];
  if (!funding) return undefined;
  const { grid, model } = funding;
  const top = model.items.filter((item) => item.level === 0 && item.role !== 'among');
  const items = top.map((item) => ({ label: item.label.replace(/^[\d.)\s-]+/, '').trim(), value: grid.number(item.row, model.cols.amount) }));
  if (items.length < 2 || items.some((a) => a.value === null)) return undefined;
  const words = fold([...Array(Math.min(grid.bottom + 1, 8)).keys()].map((r) => grid.rowValues(r).join(' ')).join(' '));
  return {
    unit: /\bty dong\b/.test(words) && !/\btrieu dong\b/.test(words) ? 'tỷ đồng' : 'triệu đồng',
    // The total its items give: a total typed wrong in the table is the check's finding, not the text's.
    total: items.reduce((t, a) => t + a.value!, 0),
    items: items as Funding['items'],
  };
}

/**
 * The figures of a plan from its workbook, each decided here once: per criterion the communes
 * meeting it now and at year end, the distribution of communes by criteria met and its average, the
 * funding's items and total.
 *
 * @example
 * planFigures(analyzeWorkbook(snapshot)).distribution?.groups[0] // { label: '19', min: 19, max: 19, count: 46 }
 */
export function planFigures(analysis: Analysis): PlanFigures {
  return { criteria: criteriaProgress(analysis), distribution: distributionOf(analysis), funding: fundingOf(analysis), year: analysis.planYear };
}
