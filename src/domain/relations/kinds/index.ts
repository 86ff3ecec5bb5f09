import type { RelationKind } from '../kind';
import type { Relation } from '../types';
import { average } from './average';
import { count } from './count';
import { countRange } from './countRange';
import { linear } from './linear';
import { listLengthKind } from './listLength';
import { mixedSets } from './mixedSets';
import { part } from './part';
import { ratio } from './ratio';
import { setBound } from './setBound';
import { sum } from './sum';

type Kinds = { [K in Relation['kind']]: RelationKind<Extract<Relation, { kind: K }>> };

/** Every relation kind, by name. */
export const KINDS: Kinds = {
  sum,
  linear,
  ratio,
  average,
  count,
  'count-range': countRange,
  'list-length': listLengthKind,
  'mixed-sets': mixedSets,
  part,
  'set-bound': setBound,
};

/**
 * The module of a relation's kind.
 *
 * @example
 * kindOf(relation).formula(relation, { marks: new Map() }) // '=SUM(C5:C9)'
 */
export function kindOf<R extends Relation>(relation: R): RelationKind<R> {
  return KINDS[relation.kind] as unknown as RelationKind<R>;
}
