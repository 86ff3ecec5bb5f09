import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';

/**
 * unread-table: every region of a sheet holding numbers that no view understood, with its range —
 * a table not read is never passed over as a table checked.
 */
export const unreadTablesCheck: Check = {
  id: 'unread-tables',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, unread } of context.sheets) {
      for (const { area, numbers, title, reason } of unread) {
        const range = `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
        findings.push({ code: 'unread-table', sheet: grid.name, cell: a1(area.top, area.left), key: range, params: { range, numbers, title, reason } });
      }
    }
    return findings;
  },
};
