import { halfUnit } from '../../sheet/stated';
import type { RelationKind } from '../kind';
import { cellText, n } from '../text';
import type { Relation } from '../types';

type Part = Extract<Relation, { kind: 'part' }>;

/** What a part's finding names: the row it is a part of, and that row's cell. */
export type PartParams = { whole: string; wholeCell: string };

/**
 * A part of a row ("Trong đó: vốn ngân sách trung ương" under its item, "- Công trình chuyển tiếp"
 * under its section): never more than the row it is a part of. Parts need not add up to it, so the
 * relation bounds the part and states no value: checked, described, never written.
 */
export const part: RelationKind<Part> = {
  compute(read, relation) {
    const whole = read.value(relation.whole);
    // A negative whole (a decrease) bounds nothing.
    if (Number.isNaN(whole) || whole < 0) return null;
    return { value: whole, exact: read.decimals === 0 && Number.isInteger(whole), tolerance: halfUnit(read.decimals) };
  },
  explain: (read, relation, value) => `${n(read.value(relation.target))} ≤ ${n(value)}`,
  describe: (relation) => `${cellText(relation.target)} ≤ ${cellText(relation.whole)}`,
  formula: () => null,
  inputs: (relation) => [relation.whole],
  format: () => undefined,
  role: 'table.bound',
  code: () => 'part-exceeds-whole',
  bound: 'at-most',
  params: (relation): PartParams => ({ whole: relation.wholeKey, wholeCell: cellText(relation.whole) }),
};
