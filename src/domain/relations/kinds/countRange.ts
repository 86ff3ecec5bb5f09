import { refsOf } from '../../sheet/refs';
import type { RelationKind } from '../kind';
import { cellText, n, rangeText } from '../text';
import type { Relation } from '../types';

type CountRange = Extract<Relation, { kind: 'count-range' }>;

const bounds = (relation: CountRange) => (relation.min === relation.max ? `=${relation.min}` : relation.max === Infinity ? `≥${relation.min}` : `${relation.min}–${relation.max}`);

/** How many items have a number within bounds: the communes at 10 of 10 criteria, at 8–9, under 5. */
export const countRange: RelationKind<CountRange> = {
  compute(read, relation) {
    let value = 0;
    let present = 0;
    for (const cell of relation.cells) {
      const number = read.value(cell);
      if (Number.isNaN(number)) continue;
      present++;
      if (number >= relation.min && number <= relation.max) value++;
    }
    return present === 0 ? null : { value, exact: true, tolerance: 0 };
  },
  explain: (_read, relation, value) => `${n(value)} (${bounds(relation)})`,
  describe: (relation) => `${cellText(relation.target)} = COUNT(${rangeText(relation.cells)}: ${bounds(relation)})`,
  formula(relation) {
    const ranges = refsOf(relation.cells);
    if (ranges.length !== 1) return null;
    const [range] = ranges;
    if (relation.min === relation.max) return `=COUNTIF(${range},${relation.min})`;
    if (relation.max === Infinity) return `=COUNTIF(${range},">=${relation.min}")`;
    if (relation.min <= 0) return `=COUNTIF(${range},"<=${relation.max}")`;
    return `=COUNTIFS(${range},">=${relation.min}",${range},"<=${relation.max}")`;
  },
  inputs: (relation) => relation.cells,
  format: () => '0',
  role: 'table.count',
  code: () => 'relation-mismatch',
};
