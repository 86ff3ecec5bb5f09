import { a1 } from '../sheet/address';
import { readStated } from '../sheet/stated';
import { splitFault } from './targetsSplit';
import type { FindingDraft } from '../findings/codes';
import { checkTotal } from './arithmetic';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { rowDenominator } from './denominator';
import { communesFor } from '../analysis/communes';
import { evaluateRelation } from '../relations/evaluate';
import { relationsOf } from '../relations/forTable';

/**
 * Per-criterion targets: cumulative = baseline + added (total-mismatch), a whole's count the sum of
 * its groups' (total-mismatch), the target not
 * below the baseline (target-below-baseline), no count above the number of communes
 * (exceeds-total).
 */
export const targetsArithmeticCheck: Check = {
  id: 'targets-arithmetic',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model, view } of viewsOf(context, 'targets')) {
      const { baseline, added, cumulative } = model.cols;
      const communes = communesFor(context, view)?.value;
      // Counts under "Trong đó" across: each at most the count it is a part of, the three groups its sum.
      for (const relation of relationsOf(view, context)) {
        const finding = relation.source === 'trong-do' ? evaluateRelation(grid, relation, { planYear: context.planYear, table: view.table }) : null;
        if (finding) findings.push(finding);
      }
      for (const { row, key, communes: countsCommunes } of model.rows) {
        const base = baseline !== undefined ? readStated(grid, row, baseline) : null;
        const plus = added !== undefined ? readStated(grid, row, added) : null;
        const end = cumulative !== undefined ? readStated(grid, row, cumulative) : null;
        if (base && plus && end) {
          const exact = [base, plus, end].every((stated) => Number.isInteger(stated.value));
          const mismatch = checkTotal(grid, { row, col: cumulative! }, [base, plus], {
            exact, key,
            params: { subject: 'cumulative', basis: 'baseline-plus-added' },
          });
          if (mismatch) findings.push(mismatch);
        }
        if (base && end && end.value < base.value) {
          findings.push({ code: 'target-below-baseline', sheet: grid.name, cell: a1(row, cumulative!), key, expected: base.value, actual: end.value, params: { subject: 'cumulative' } });
        }
        if (plus && plus.value < 0) {
          findings.push({ code: 'target-below-baseline', sheet: grid.name, cell: a1(row, added!), key, expected: 0, actual: plus.value, params: { subject: 'added' } });
        }
        // "Toàn tỉnh (74 xã)" beside its groups: its count is theirs added up; the one count at fault is said.
        const fault = splitFault(grid, model, row);
        if (fault) findings.push({ code: 'total-mismatch', sheet: grid.name, cell: a1(row, fault.col), key, expected: fault.expected, actual: fault.actual, params: fault.at === 'whole' ? { subject: 'communes-met', basis: 'group-counts' } : { subject: 'communes-met', basis: 'whole-less-groups' } });
        const ceiling = countsCommunes ? rowDenominator(grid, row, [cumulative, baseline], communes) : undefined;
        for (const col of [baseline, cumulative]) {
          const stated = col !== undefined ? readStated(grid, row, col) : null;
          if (stated && ceiling !== undefined && stated.value > ceiling) {
            findings.push({ code: 'exceeds-total', sheet: grid.name, cell: a1(row, col!), key, expected: ceiling, actual: stated.value, params: { subject: 'communes-met' } });
          }
        }
      }
    }
    return findings;
  },
};
