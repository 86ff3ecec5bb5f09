import { a1 } from '../sheet/address';
import { readStated } from '../sheet/stated';
import { meetsThreshold, parseThreshold } from '../catalog/thresholds';
import { readMark } from '../text/legend';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { assessmentColumns } from '../recognize/table';

/**
 * A self-assessment (Mức quy định | Kết quả thực hiện | Tự đánh giá): a verdict "Đạt" on a result that
 * misses the level the row requires is an error naming both cells; "Chưa đạt" on a result that
 * reaches it, a warning.
 */
export const selfAssessmentCheck: Check = {
  id: 'self-assessment',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'table')) {
      for (const { table, family } of model.tables) {
        if (family !== 'self-assessment') continue;
        const cols = assessmentColumns(table)!;
        // Results under a "(%)" header are in percent units: 0,8 there is 0,8 %.
        const percentUnits = /%/.test(table.columns.find((c) => c.col === cols.reached)?.title ?? '');
        for (const row of table.rows) {
          if (row.role !== 'unit' && row.role !== 'subtotal') continue;
          const threshold = parseThreshold(grid.raw(row.row, cols.required));
          const reached = readStated(grid, row.row, cols.reached);
          const verdict = readMark(grid.value(row.row, cols.verdict), context.planYear, table.legendMarks);
          if (!threshold || threshold.kind === 'met' || !reached || (verdict !== 'met' && verdict !== 'not-met') || grid.isBlank(row.row, cols.verdict)) continue;
          const meets = meetsThreshold(reached, threshold, percentUnits);
          if (meets === (verdict === 'met')) continue;
          const key = row.tt || row.label;
          const params = { required: threshold.text, requiredCell: a1(row.row, cols.required), reached: grid.raw(row.row, cols.reached).trim(), reachedCell: a1(row.row, cols.reached), verdict: grid.raw(row.row, cols.verdict).trim() };
          findings.push({ code: meets ? 'not-met-above-threshold' : 'met-below-threshold', sheet: grid.name, cell: a1(row.row, cols.verdict), key, params });
        }
      }
    }
    return findings;
  },
};
