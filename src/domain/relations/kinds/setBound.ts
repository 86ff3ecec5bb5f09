import { a1 } from '../../sheet/address';
import { readStated } from '../../sheet/stated';
import type { RelationKind } from '../kind';
import { cellText, n } from '../text';
import type { Relation } from '../types';

type SetBound = Extract<Relation, { kind: 'set-bound' }>;

const EPSILON = 1e-9;

/**
 * A number the criteria set bounds: a commune cannot meet (or miss, or add) more criteria than its set
 * has, nor fewer than none, and an average of criteria per commune cannot exceed the set's size. The
 * target is judged as it stands (its own digits, "-" as 0); nothing is computed and no formula written.
 */
export const setBound: RelationKind<SetBound> = {
  compute: () => null,
  explain: (_read, relation, value) => `0 ≤ ${n(value)} ≤ ${n(relation.max)}`,
  describe: (relation) => `0 ≤ ${cellText(relation.target)} ≤ ${relation.max}`,
  formula: () => null,
  inputs: () => [],
  format: () => undefined,
  role: 'table.bound',
  code: () => 'outside-set',
  judge(read, relation) {
    const target = readStated(read.grid, relation.target.row, relation.target.col);
    if (!target || target.nil) return null;
    const { value } = target;
    if (value >= -EPSILON && value <= relation.max + EPSILON) return null;
    return {
      code: 'outside-set', sheet: read.grid.name, cell: a1(relation.target.row, relation.target.col), key: relation.key,
      actual: value, expected: value < 0 ? 0 : relation.max,
      params: { set: relation.set, size: relation.max, what: relation.what, column: relation.text, below: value < 0 ? 1 : undefined, formula: setBound.describe(relation) },
    };
  },
};
