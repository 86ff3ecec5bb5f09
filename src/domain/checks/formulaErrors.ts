import { a1 } from '../sheet/address';
import { ERROR_TEXT, isCellError } from '../sheet/snapshot';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';

/** formula-error: #REF!, #DIV/0!, #N/A … anywhere in a recognised sheet. */
export const formulaErrorsCheck: Check = {
  id: 'formula-errors',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, recognized } of context.sheets) {
      if (recognized.kind === 'unknown') continue;
      for (const row of grid.rows()) {
        for (const col of grid.cols()) {
          const value = grid.value(row, col);
          const error = isCellError(value) ? value.error : typeof value === 'string' && ERROR_TEXT.test(value.trim()) ? value.trim() : null;
          if (error) findings.push({ code: 'formula-error', sheet: grid.name, cell: a1(row, col), actual: error });
        }
      }
    }
    return findings;
  },
};
