import { cellInPercentUnits } from '../sheet/shareUnits';
import type { Grid } from '../sheet/grid';
import type { Meaning, Row, Table } from '../table/types';
import type { Communes } from './derive';
import { fold } from '../text/fold';
import { BARE_SHARE } from '../text/vocabulary';
import type { Relation } from './types';

/** Columns a count line holds figures in (a comparison, a change or a note is no count). */
const COUNT_COLUMNS: readonly Meaning[] = ['previous', 'plan', 'baseline', 'added', 'cumulative', 'number', 'units'];

/**
 * A count and its share on the next line, as published "chỉ tiêu chủ yếu" tables type each criterion
 * ("Số xã đạt tiêu chí số 1 về quy hoạch | xã | 52 | 60" then "Tỷ lệ | % | 70,3 | 81,1"): in each column
 * of figures the share line (role `share`, read by the table from its bare label) is the count above it
 * over the number of communes the analysis found. Without that number nothing is asserted here (the
 * analysis says what is missing).
 *
 * @example
 * deriveSharesUnder(grid, table, { value: 74 }, relations) // "Tỷ lệ" E8 = E7 / 74 × 100
 */
export function deriveSharesUnder(grid: Grid, table: Table, communes: Communes | undefined, relations: Relation[]): void {
  if (!communes || table.orientation !== 'rows' || !['target', 'unknown'].includes(table.axis)) return;
  const columns = table.columns.filter((c) => COUNT_COLUMNS.includes(c.meaning));
  table.rows.forEach((share, i) => {
    const count: Row | undefined = table.rows[i - 1];
    // Only a bare "Tỷ lệ": a share that names what it counts ("Tỷ lệ xã đạt năm 2030") is matched by its words elsewhere.
    if (share.role !== 'share' || !BARE_SHARE.test(fold(share.label)) || !count || (count.role !== 'unit' && count.role !== 'subtotal') || count.row !== share.row - 1) return;
    for (const column of columns) {
      if (grid.isBlank(count.row, column.col)) continue;
      // A share formatted as a percentage holds a fraction; one typed 70,3 beside a unit "%" is in percent units.
      const percent = cellInPercentUnits(grid, share.row, column.col);
      relations.push({
        kind: 'ratio', target: { row: share.row, col: column.col }, numerator: { row: count.row, col: column.col },
        denominator: communes.cell ?? { value: communes.value }, percent, share: true, source: 'row-labels',
        key: `${count.label.trim()} · ${share.label.trim()} · ${column.title}`, text: `${share.label.trim()} = ${count.label.trim()} / ${communes.value}`,
      });
    }
  });
}
