import type { RelationKind } from '../kind';
import { cellText } from '../text';
import type { Relation } from '../types';

type MixedSets = Extract<Relation, { kind: 'mixed-sets' }>;

/**
 * Counts under different criteria sets that a table's layout would add: nothing to compute and no
 * formula; the check says so when the target is their sum (see `mixedSetsFinding`).
 */
export const mixedSets: RelationKind<MixedSets> = {
  compute: () => null,
  explain: () => '',
  describe: (relation) => `${cellText(relation.target)} = ${relation.terms.map(cellText).join(' + ')}`,
  formula: () => null,
  inputs: (relation) => relation.terms,
  format: () => undefined,
  role: 'table.sum',
  code: () => 'mixed-criteria-sets',
};
