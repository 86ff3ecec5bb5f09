import { countMarks, refsOf } from '../../sheet/refs';
import { readMark } from '../../text/legend';
import type { RelationKind } from '../kind';
import { cellText, n, rangeText } from '../text';
import type { Relation } from '../types';

type Count = Extract<Relation, { kind: 'count' }>;

const DEFAULT_MARKS: Record<string, string> = { met: 'x', planned: 'KH' };

/** A count of marks by status (met, planned …): per criterion across the communes, or per commune down the criteria. */
export const count: RelationKind<Count> = {
  compute(read, relation, context) {
    let value = 0;
    for (const cell of relation.cells) {
      const status = readMark(read.grid.value(cell.row, cell.col), context.planYear, context.legend);
      if ((relation.statuses as string[]).includes(status)) value++;
    }
    return { value, exact: true, tolerance: 0 };
  },
  explain: (_read, _relation, value) => n(value),
  describe: (relation) => `${cellText(relation.target)} = COUNT(${rangeText(relation.cells)}: ${relation.statuses.join('+')})`,
  formula(relation, { marks }) {
    const ranges = refsOf(relation.cells);
    if (ranges.length !== 1) return null;
    if (relation.statuses.length === 4) return relation.cells.every((c) => c.row === relation.cells[0].row) ? `=COLUMNS(${ranges[0]})` : `=ROWS(${ranges[0]})`;
    const spelled = relation.statuses.flatMap((status) => marks.get(status) ?? (DEFAULT_MARKS[status] ? [DEFAULT_MARKS[status]] : []));
    return spelled.length === 0 ? '=0' : countMarks(ranges[0], spelled);
  },
  inputs: () => [],
  // The statuses counted, for the message to word them (the formula names them by their codes).
  params: (relation) => ({ statuses: relation.statuses.join('+') }),
  format: () => '0',
  role: 'table.count',
  code: () => 'relation-mismatch',
};
