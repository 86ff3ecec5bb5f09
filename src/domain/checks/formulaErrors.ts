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
        const values = grid.rowValues(row);
        for (let i = 0; i < values.length; i++) {
          const value = values[i];
          if (value === null || typeof value === 'number') continue;
          const error = isCellError(value) ? value.error : typeof value === 'string' && value.includes('#') && ERROR_TEXT.test(value.trim()) ? value.trim() : null;
          if (error) findings.push({ code: 'formula-error', sheet: grid.name, cell: a1(row, grid.left + i), actual: error });
        }
      }
    }
    return findings;
  },
};
