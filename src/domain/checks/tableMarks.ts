import { a1 } from '../sheet/address';
import { isCellError } from '../sheet/snapshot';
import type { FindingDraft } from '../findings/codes';
import { readMark } from '../text/legend';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/** invalid-status in a table turned sideways: a mark neither the legend nor the common spellings define. */
export const tableMarksCheck: Check = {
  id: 'table-marks',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'table')) {
      for (const { table, family } of model.tables) {
        if (family !== 'assignment-sideways') continue;
        const members = table.columns.filter((c) => c.meaning === 'member');
        for (const row of table.rows) {
          if (row.role !== 'unit') continue;
          for (const member of members) {
            const value = grid.value(row.row, member.col);
            if (isCellError(value) || typeof value === 'number' && row.role !== 'unit') continue;
            if (readMark(value, context.planYear, table.legendMarks) !== 'invalid') continue;
            findings.push({ code: 'invalid-status', sheet: grid.name, cell: a1(row.row, member.col), key: member.title, actual: String(value), params: table.legend ? { legend: table.legend.text } : undefined });
          }
        }
      }
    }
    return findings;
  },
};
