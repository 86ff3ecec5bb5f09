import { a1 } from '../sheet/address';
import { communeKey } from '../text/communeName';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/**
 * duplicate-commune: the same commune twice, whatever its case, Unicode form or "xã" prefix. One name
 * merged down over a commune's lines ("Xã Hòa An" over "Hiện trạng" and "Kế hoạch 2027") is one cell, once.
 */
export const assignmentCommunesCheck: Check = {
  id: 'assignment-communes',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'assignment')) {
      const first = new Map<string, number>();
      for (const { row, name } of model.communes) {
        const key = communeKey(name);
        const earlier = first.get(key);
        // A line under the top of its merged name is that name's cell again: judged at the top.
        if ((grid.mergeOf(row, model.communeCol)?.top ?? row) < row) continue;
        if (earlier !== undefined) findings.push({ code: 'duplicate-commune', sheet: grid.name, cell: a1(row, model.communeCol), key: name, params: { first: a1(earlier, model.communeCol) } });
        else first.set(key, row);
      }
    }
    return findings;
  },
};
