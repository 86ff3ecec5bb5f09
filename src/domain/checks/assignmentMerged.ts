import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import { keyAmong } from '../text/communeName';
import { formerCommunes } from '../text/formerCommunes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/**
 * merged-commune-listed: a commune the sheet says was merged into another ("Hình thành từ xã A, xã B")
 * still has its own row — since 7/2025 it no longer exists, and its marks would be counted twice.
 * A merged commune that kept one of the former names is not that commune's double.
 */
export const assignmentMergedCheck: Check = {
  id: 'assignment-merged',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'assignment')) {
      if (model.formerCol === undefined) continue;
      const keyOf = keyAmong(model.communes.map((c) => c.name));
      const rows = new Map(model.communes.map((c) => [keyOf(c.name), c]));
      for (const commune of model.communes) {
        for (const former of formerCommunes(grid.value(commune.row, model.formerCol))) {
          const listed = rows.get(keyOf(former));
          if (!listed || listed.row === commune.row) continue;
          findings.push({ code: 'merged-commune-listed', sheet: grid.name, cell: a1(listed.row, model.communeCol), key: listed.name, params: { into: commune.name, at: a1(commune.row, model.formerCol) } });
        }
      }
    }
    return findings;
  },
};
