import { a1 } from '../sheet/address';
import { readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import { tallyAssignment } from '../tally/assignment';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/**
 * The distribution under an assignment's communes ("Đạt 15-18 tiêu chí | 3 xã"): each group's count
 * against the communes whose marks put them in it (at year end, or met now where the sheet plans
 * nothing), and the groups' totals row against the number of communes.
 */
export const assignmentGroupsCheck: Check = {
  id: 'assignment-groups',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'assignment')) {
      if (model.groupRows.length === 0) continue;
      const tally = tallyAssignment(grid, model);
      const size = model.criteria.length;
      const within = (count: number, bounds: { min: number; max: number }) => count >= bounds.min && count <= Math.min(bounds.max, size);
      let countCol: number | undefined;
      for (const group of model.groupRows) {
        if (group.countCol === undefined) continue;
        countCol ??= group.countCol;
        const stated = readStated(grid, group.row, group.countCol);
        if (!stated) continue;
        const atEnd = tally.communes.filter((c) => within(c.end, group.bounds)).length;
        const now = tally.communes.filter((c) => within(c.met, group.bounds)).length;
        if (stated.value === atEnd || stated.value === now) continue;
        findings.push({ code: 'total-mismatch', sheet: grid.name, cell: a1(group.row, group.countCol), key: grid.raw(group.row, model.communeCol) || `${group.bounds.min}-${group.bounds.max}`, expected: atEnd, actual: stated.value, params: { subject: 'group-communes', basis: 'commune-marks' } });
      }
      if (model.groupsTotalRow === undefined || countCol === undefined) continue;
      const total = readStated(grid, model.groupsTotalRow, countCol);
      if (total && total.value !== tally.communes.length) {
        findings.push({ code: 'total-mismatch', sheet: grid.name, cell: a1(model.groupsTotalRow, countCol), key: 'tong-so-xa', expected: tally.communes.length, actual: total.value, params: { subject: 'communes', basis: 'table-communes' } });
      }
    }
    return findings;
  },
};
