import type { FindingCode, FindingDraft, FindingParams } from '../findings/codes';
import type { Grid } from '../sheet/grid';
import type { Legend } from '../text/legend';
import type { Table } from '../table/types';
import type { CellReader } from './reader';
import type { At, Relation } from './types';

export type EvaluateContext = {
  planYear?: number;
  legend?: Legend;
  /** What a cell will hold once other relations are written (the fill computes in dependency order). */
  overlay?: ReadonlyMap<number, number>;
  /** The table the relation is read in: a typed target shows the digits its column shows (table/digits). */
  table?: Table;
};

/** What a relation computes from its inputs, with the rounding its inputs may hide; null when an input is missing. */
export type Computed = { value: number; tolerance: number; exact: boolean };

/** What a formula needs beyond the relation: the marks the table spells, by status. */
export type FormulaContext = { marks: ReadonlyMap<string, (string | number)[]> };

/**
 * One kind of relation, whole: how it computes, how its computation reads in a finding, the sheet's
 * notation for it, its live formula, its inputs and number format, the fill role of its target and the
 * finding it gives when broken. Adding a kind is adding a module and a line in `kinds/index.ts`.
 */
export type RelationKind<R extends Relation> = {
  compute(read: CellReader, relation: R, context: EvaluateContext): Computed | null;
  /** The computation in numbers ("{5} + {3} = {8}"). */
  explain(read: CellReader, relation: R, value: number): string;
  /** The relation in cell addresses ("E9 = SUM(E5:E8)"). */
  describe(relation: R): string;
  /** The live formula, en-US syntax; null when a formula cannot state it. */
  formula(relation: R, context: FormulaContext): string | null;
  /** The cells a formula reads (a text number among them and the formula would not count it). */
  inputs(relation: R): At[];
  format(relation: R, grid: Grid): string | undefined;
  role: `table.${'sum' | 'linear' | 'ratio' | 'average' | 'count' | 'bound'}`;
  /** The finding a broken relation gives. */
  code(relation: R): FindingCode;
  /**
   * `at-most`: the relation bounds its target (the target may be less than what it computes, never
   * more) and states no value, so the fill never writes it. Absent: the target equals what it computes.
   */
  bound?: 'at-most';
  /** What the kind's finding names beyond the relation's formula and computation (its typed params). */
  params?(relation: R, read: CellReader): FindingParams;
  /**
   * A kind that states no equality (a bound) judges its target itself: the finding, or null when the
   * target holds. Such a relation is checked and never filled.
   */
  judge?(read: CellReader, relation: R, context: EvaluateContext): FindingDraft | null;
};
