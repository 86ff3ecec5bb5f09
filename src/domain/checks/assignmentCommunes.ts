import { a1 } from '../sheet/address';
import { communeKey } from '../text/communeName';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/** duplicate-commune: the same commune twice, whatever its case, Unicode form or "xã" prefix. */
export const assignmentCommunesCheck: Check = {
  id: 'assignment-communes',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'assignment')) {
      const first = new Map<string, number>();
      for (const { row, name } of model.communes) {
        const key = communeKey(name);
        const earlier = first.get(key);
        if (earlier !== undefined) findings.push({ code: 'duplicate-commune', sheet: grid.name, cell: a1(row, model.communeCol), key: name, params: { first: a1(earlier, model.communeCol) } });
        else first.set(key, row);
      }
    }
    return findings;
  },
};
