import type { Grid } from '../sheet/grid';
import { readStated } from '../sheet/stated';
import { fold } from '../text/fold';
import { readMark } from '../text/legend';
import type { Column, Row, Table } from '../table/types';

/** "Số tiêu chí đã đạt …", "Tổng số tiêu chí …", "Dự kiến đến 31/12/2027 đạt": a line counting a commune's criteria. */
export const COMMUNE_COUNT_LINE = /^(so tieu chi|tong so tieu chi|so tc|du kien)\b/;

/** One commune's criteria as its own sheet states them: the criteria rows, the lines counting them, the mark columns. */
export type CommuneSheetReading = {
  /** The rows of criteria ("Tiêu chí số 3 …", or numbered 1–19 with a name). */
  criteria: Row[];
  /** The lines under them counting the criteria (each holding one number, or none yet). */
  lines: Row[];
  /** The columns of marks ("Đạt", "Chưa đạt", "Cơ bản đạt"; "Duy trì", "Phấn đấu đạt"), left to right. */
  marks: Column[];
  /** The state now: the baseline's column, else the first of marks. */
  now?: Column;
  /** What the plan year adds: a plan column of the table's plan year, else the next column of marks. */
  plan?: Column;
};

/**
 * How one commune's own sheet reads: its criteria rows, the lines counting them and its columns of
 * marks. A criterion whose mark is blank stays a criterion (it is not filled, not a table's end); a
 * column of marks is one most criteria fill with marks the legend or the common spellings know.
 * Read once here for the family, the relations, the checks and consolidation; `withLines`: nothing
 * more is read where no line counts the criteria.
 *
 * @example
 * communeSheetReading(grid, table).now?.col // 2: "Kết quả đánh giá đến 31/12/2026"
 */
export function communeSheetReading(grid: Grid, table: Table, withLines = false): CommuneSheetReading {
  const criteria = table.rows.filter((r) => /^(tieu chi|tc)\b/.test(fold(r.label)) || (/^\d{1,2}$/.test(r.tt.trim()) && !/^(so|tong|du kien)\b/.test(fold(r.label))));
  if (criteria.length < 3) return { criteria, lines: [], marks: [] };
  const isCriterion = new Set(criteria);
  // One commune: each line holds one count (a sideways assignment's lines count every commune's column).
  const lines = table.rows.filter((r) => !isCriterion.has(r) && COMMUNE_COUNT_LINE.test(fold(r.label))
    && table.columns.filter((c) => c.col !== table.labelCol && readStated(grid, r.row, c.col) !== null && !grid.isBlank(r.row, c.col)).length <= 1);
  // Asked only for a sheet's counting lines (every table is): no columns of marks read where there are none.
  if (withLines && lines.length === 0) return { criteria, lines, marks: [] };
  const marks = table.columns.filter((c) => {
    const filled = criteria.filter((r) => typeof grid.value(r.row, c.col) === 'string' && !grid.isBlank(r.row, c.col));
    return c.col !== table.labelCol && c.col !== table.ttCol && !['lead', 'coordinating', 'directing'].includes(c.meaning) && filled.length >= criteria.length * 0.6
      && filled.filter((r) => readMark(grid.value(r.row, c.col), table.planYear, table.legendMarks) !== 'invalid').length >= filled.length * 0.8;
  });
  const now = marks.find((c) => ['baseline', 'previous'].includes(c.meaning)) ?? marks[0];
  const plan = marks.find((c) => c !== now && ['plan', 'added', 'cumulative', 'text'].includes(c.meaning) && c.year === table.planYear) ?? marks.find((c) => c !== now);
  return { criteria, lines, marks, now, plan };
}
