import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';

/** formula-error: #REF!, #DIV/0!, #N/A … anywhere in a recognised sheet. */
export const formulaErrorsCheck: Check = {
  id: 'formula-errors',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, views } of context.sheets) {
      if (views.length === 0) continue;
      for (const { row, col, error } of grid.scan().errors) findings.push({ code: 'formula-error', sheet: grid.name, cell: a1(row, col), actual: error });
    }
    return findings;
  },
};
