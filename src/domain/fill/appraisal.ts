import type { AssignmentModel, TotalsRow } from '../recognize/models';
import { tallyAssignment, type AssignmentTally } from '../tally/assignment';
import type { FillContext } from './context';

/**
 * An appraisal (marks of what is met and not, none planned, none its legend defines, no planned or
 * year-end row of its own): a year's results, not a plan. What is met is the year's end; no plan
 * columns or rows are added. A blank sheet (a template) is a plan.
 */
export function isAppraisal(context: FillContext, model: AssignmentModel, tally: AssignmentTally = tallyAssignment(context.grid, model)): boolean {
  const statuses = new Set(tally.marks.values());
  const legendPlans = [...(context.view.table.legendMarks?.values() ?? [])].includes('planned');
  const totalsOf = (basis: TotalsRow['basis']) => model.totals.some((t) => t.basis === basis && !t.of);
  return statuses.has('met') && !statuses.has('planned') && !legendPlans && !totalsOf('planned') && !totalsOf('end') && model.summaries.planned === undefined;
}

