import type { Grid } from '../sheet/grid';
import type { AssignmentModel } from '../recognize/models';
import { tallyAssignment } from '../tally/assignment';

/**
 * The marks a sheet uses for "met" and for "planned", as COUNTIF criteria: each distinct
 * spelling once (COUNTIF ignores case), numbers as numbers; "x" and "KH" when none is used.
 */
export function marksUsed(grid: Grid, model: AssignmentModel): { met: (string | number)[]; planned: (string | number)[]; basic: (string | number)[] } {
  const found = { met: new Map<string, string | number>(), planned: new Map<string, string | number>(), basic: new Map<string, string | number>() };
  for (const [value, status] of tallyAssignment(grid, model).marks) {
    if (status !== 'met' && status !== 'planned' && status !== 'basic') continue;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const mark = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value.trim()) : value.trim();
    found[status].set(String(mark).toLowerCase(), mark);
  }
  return {
    met: found.met.size ? [...found.met.values()] : ['x'],
    planned: found.planned.size ? [...found.planned.values()] : ['KH'],
    basic: found.basic.size ? [...found.basic.values()] : ['CBĐ'],
  };
}
