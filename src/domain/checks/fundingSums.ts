import { readStated, type Stated } from '../sheet/stated';
import type { FindingDraft, FindingParams } from '../findings/codes';
import { checkTotal } from './arithmetic';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { cellKey, evaluateRelation } from '../relations/evaluate';
import { relationsOf } from '../relations/forTable';
import type { Grid } from '../sheet/grid';
import { byTheLeaves, type BrokenFigure } from './sharedPart';

type At = { row: number; col: number };

/** The stated numbers of some cells (blanks and words skipped), those in the overlay at its value. */
function statedWith(grid: Grid, cells: readonly At[], overlay?: ReadonlyMap<number, number>): Stated[] {
  return cells.flatMap((cell) => {
    const stated = readStated(grid, cell.row, cell.col);
    if (!stated) return [];
    const value = overlay?.get(cellKey(cell.row, cell.col));
    return [value === undefined ? stated : { ...stated, value }];
  });
}

/**
 * Funding: a parent equals the sum of its children, the total the sum of the top-level
 * items (children never counted twice), within the rounding of the shown digits. A parent typed
 * wrong is said once, at the parent: the total over it that equals the sum of the leaves is right.
 */
export const fundingSumsCheck: Check = {
  id: 'funding-sums',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model, view } of viewsOf(context, 'funding')) {
      // "Trong đó" parts: never more than the row they belong to (the relation tables read by their relations share).
      for (const relation of relationsOf(view, context)) {
        const finding = relation.kind === 'part' ? evaluateRelation(grid, relation, { planYear: context.planYear, table: view.table }) : null;
        if (finding) findings.push(finding);
      }
      const amount = model.cols.amount;
      const broken: BrokenFigure[] = [];
      const total = (target: At, inputs: At[], options: { exact: boolean; key?: string; params?: FindingParams }) => {
        const mismatch = checkTotal(grid, target, statedWith(grid, inputs), options);
        if (!mismatch) return;
        broken.push({
          finding: mismatch, target, inputs,
          value: (overlay) => statedWith(grid, inputs, overlay).reduce((sum, part) => sum + part.value, 0),
          holds: (overlay) => !checkTotal(grid, target, statedWith(grid, inputs, overlay), options),
        });
      };
      for (const parent of model.items) {
        const children = model.items.filter((item) => item.parentRow === parent.row).map(({ row }) => ({ row, col: amount }));
        if (statedWith(grid, children).length === 0) continue;
        total({ row: parent.row, col: amount }, children, { exact: false, key: parent.label, params: { subject: 'item', basis: 'sub-items' } });
      }
      if (model.totalRow !== undefined && readStated(grid, model.totalRow, amount)) {
        const topItems = model.items.filter((item) => item.level === 0);
        const top = topItems.map(({ row }) => ({ row, col: amount }));
        // Sections each listing the whole again ("I. Theo giai đoạn", "II. Theo nguồn vốn"), their own amounts
        // left blank: each adds up to the total on its own.
        const sections = statedWith(grid, top).length === 0 && topItems.length > 0 && topItems.every((item) => item.breakdown);
        if (sections) {
          for (const section of topItems) {
            const children = model.items.filter((item) => item.parentRow === section.row).map(({ row }) => ({ row, col: amount }));
            // (The total found wrong by one section is said once.)
            if (statedWith(grid, children).length > 0 && !broken.some((b) => b.target.row === model.totalRow)) total({ row: model.totalRow, col: amount }, children, { exact: false, key: 'tong', params: { subject: 'total', basis: 'sub-items' } });
          }
        } else total({ row: model.totalRow, col: amount }, top, { exact: false, key: 'tong', params: { subject: 'total', basis: 'top-items' } });
      }
      // A total over a wrong parent that holds by the leaves: the parent's fault, said once.
      const drop = byTheLeaves(broken);
      findings.push(...broken.map(({ finding }) => finding).filter((finding) => !drop.has(finding)));
    }
    return findings;
  },
};
