import { halfUnit } from '../../sheet/stated';
import { refsOf } from '../../sheet/refs';
import type { RelationKind } from '../kind';
import { cellText, n, rangeText } from '../text';
import type { Relation } from '../types';

type Sum = Extract<Relation, { kind: 'sum' }>;

/** A total: the sum of its parts (a totals row or column, a parent over its children). Blank parts are left out. */
export const sum: RelationKind<Sum> = {
  compute(read, relation) {
    let value = 0;
    let exact = true;
    let tolerance = 0;
    let present = 0;
    for (const cell of relation.parts) {
      const part = read.value(cell);
      if (Number.isNaN(part)) continue;
      present++;
      value += part;
      tolerance += halfUnit(read.decimals);
      if (read.decimals !== 0 || !Number.isInteger(part)) exact = false;
    }
    return present === 0 ? null : { value, exact, tolerance };
  },
  explain(read, relation, value) {
    const present = relation.parts.map((cell) => read.value(cell)).filter((v) => !Number.isNaN(v));
    const shown = present.length > 6 ? `${n(present[0])} + … + ${n(present[present.length - 1])} (${present.length})` : present.map(n).join(' + ');
    return `${shown} = ${n(value)}`;
  },
  describe: (relation) => `${cellText(relation.target)} = ${rangeText(relation.parts, (range) => `SUM(${range})`)}`,
  formula: (relation) => `=SUM(${refsOf(relation.parts).join(',')})`,
  inputs: (relation) => relation.parts,
  format: (relation, grid) => (relation.parts.some((c) => grid.numberFormat(c.row, c.col)) ? grid.numberFormat(relation.parts[0].row, relation.parts[0].col) ?? undefined : undefined),
  role: 'table.sum',
  code: () => 'total-mismatch',
};
