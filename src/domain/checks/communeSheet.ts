import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import { communeSheetReading } from '../recognize/communeSheet';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/**
 * A commune's own sheet: commune-unnamed when nothing says which commune it is for (a consolidation
 * cannot take it), status-blank at a criterion whose assessment is left blank among filled ones.
 */
export const communeSheetCheck: Check = {
  id: 'commune-sheet',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'table')) {
      for (const { table, family, commune } of model.tables) {
        if (family !== 'commune-criteria') continue;
        const range = `${a1(table.header.top, table.body.left)}:${a1(table.body.bottom, table.body.right)}`;
        if (!commune) findings.push({ code: 'commune-unnamed', sheet: grid.name, cell: a1(table.header.top, table.body.left), key: range, params: { range } });
        const { criteria, now } = communeSheetReading(grid, table);
        // A legend saying what a blank means ("để trống = chưa đạt"): a blank is that, not unassessed.
        if (!now || table.legendMarks?.has('')) continue;
        for (const row of criteria) {
          if (!grid.isBlank(row.row, now.col)) continue;
          findings.push({ code: 'status-blank', sheet: grid.name, cell: a1(row.row, now.col), key: row.label || row.tt });
        }
      }
    }
    return findings;
  },
};
