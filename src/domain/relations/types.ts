/** A cell of a relation, 0-based absolute. */
export type At = { row: number; col: number };

/** Where a relation comes from: what in the table asserts it. */
export type RelationSource = 'column-numbers' | 'header' | 'totals-row' | 'totals-column' | 'hierarchy' | 'marks' | 'list' | 'average-row' | 'count-row' | 'row-labels' | 'trong-do';

/** A term of a linear relation. */
export type SignedAt = At & { sign: 1 | -1 };

/**
 * An arithmetic relation a table asserts between its cells. Check evaluates it; fill writes it as a
 * formula into its target.
 */
/**
 * What a relation rests on that the table did not say: `rows` — what the rows are is unknown, yet a
 * totals row is taken to add them up; `columns` — a column no header word names. A guess never gives
 * an error on its own, and the fill writes no formula on one.
 */
export type Guess = 'rows' | 'columns';

export type Relation = ({ guess?: Guess }) & (
  | { kind: 'sum'; target: At; parts: At[]; source: RelationSource; key: string }
  /** `constant`: a number the terms add to ("Chưa đạt = 10 − Đạt − Cơ bản đạt", 10 the set's size). */
  | { kind: 'linear'; target: At; terms: SignedAt[]; constant?: number; source: RelationSource; key: string; text?: string }
  | { kind: 'ratio'; target: At; numerator: At; denominator: At | { value: number; range?: string }; percent: boolean; share: boolean; source: RelationSource; key: string; text?: string }
  | { kind: 'average'; target: At; parts: At[]; weights?: At[]; source: RelationSource; key: string }
  | { kind: 'count'; target: At; cells: At[]; statuses: ('met' | 'planned' | 'basic' | 'not-met')[]; source: RelationSource; key: string }
  | { kind: 'list-length'; target: At; list: At; source: RelationSource; key: string }
  /** The items whose number lies within bounds ("Số xã đạt 10/10 tiêu chí" under the communes' counts). */
  | { kind: 'count-range'; target: At; cells: At[]; min: number; max: number; source: RelationSource; key: string }
  /**
   * Counts under different criteria sets (19 criteria to 2025, 10 from 2026) that the table's layout
   * would add: the target must not be their sum, and the fill writes no formula.
   */
  | { kind: 'mixed-sets'; target: At; terms: At[]; years: number[]; source: RelationSource; key: string }
  /** A part of a row ("Trong đó: vốn ngân sách trung ương" under its item): never more than it, never written. */
  | { kind: 'part'; target: At; whole: At; wholeKey: string; source: RelationSource; key: string }
  /**
   * A number the criteria set bounds: a commune's count of criteria (met, basically met, not met, added)
   * or an average of criteria per commune lies within 0 … the set's size (`max`, of the set `set`).
   * Checked, never filled: nothing computes it.
   */
  | { kind: 'set-bound'; target: At; max: number; set: string; what: 'count' | 'average' | 'indicators'; source: RelationSource; key: string; text: string });

export type RelationKind = Relation['kind'];
