import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { readStated, roundTo } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import { cellKey } from '../relations/evaluate';
import type { Relation } from '../relations/types';

type Sum = Extract<Relation, { kind: 'sum' }>;
type Linear = Extract<Relation, { kind: 'linear' }>;
/** A broken total: a sum, or a row's year end that adds its parts ("(6) = (4) + (5)"). */
export type BrokenSum = { relation: Sum | Linear; finding: FindingDraft };

/** The cells a total adds (a linear relation's terms added, never those it takes away). */
function added(relation: Sum | Linear): { row: number; col: number }[] {
  return relation.kind === 'sum' ? relation.parts : relation.terms.filter((term) => term.sign > 0 && relation.terms.filter((other) => other.row === term.row && other.col === term.col).length === 1);
}

const EPSILON = 1e-6;
/** Pairs are looked for among this many broken sums at most (a table with more is broken everywhere). */
const MOST = 200;

/**
 * One wrong figure inside a grid of totals breaks the total of its row and the total of its column
 * by the same amount — or, in a roll-up, its group's sum and its own row's year end ("(6) = (4) +
 * (5)"). Two broken totals whose only common part is one cell, off by the same amount, say that cell
 * is the fault: one finding at it (`shared-part`), with the value both totals agree on, instead of two
 * findings at totals that are right.
 *
 * @example
 * sharedParts(grid, [{ relation: rowSum, finding: atC9 }, { relation: columnSum, finding: atF7 }]).add[0].cell === 'F9'
 */
export function sharedParts(grid: Grid, broken: readonly BrokenSum[]): { drop: Set<FindingDraft>; add: FindingDraft[] } {
  const drop = new Set<FindingDraft>();
  const add: FindingDraft[] = [];
  if (broken.length < 2 || broken.length > MOST) return { drop, add };
  const targets = new Set(broken.map(({ relation }) => key(relation.target)));
  const residual = ({ finding }: BrokenSum) => (typeof finding.actual === 'number' && typeof finding.expected === 'number' ? finding.actual - finding.expected : NaN);
  for (let i = 0; i < broken.length; i++) {
    if (drop.has(broken[i].finding)) continue;
    for (let j = i + 1; j < broken.length; j++) {
      if (drop.has(broken[j].finding)) continue;
      const [a, b] = [broken[i], broken[j]];
      const off = residual(a);
      if (Number.isNaN(off) || Math.abs(off - residual(b)) > EPSILON * Math.max(1, Math.abs(off))) continue;
      const partsOfB = new Set(added(b.relation).map(key));
      // Only cells both add: a cell one of them takes away would be off the other way.
      const shared = added(a.relation).filter((cell) => partsOfB.has(key(cell)));
      if (shared.length !== 1 || targets.has(key(shared[0]))) continue;
      const cell = shared[0];
      const stated = readStated(grid, cell.row, cell.col);
      if (!stated || stated.nil) continue;
      drop.add(a.finding);
      drop.add(b.finding);
      add.push({
        code: 'shared-part', sheet: grid.name, cell: a1(cell.row, cell.col), key: b.relation.key || a.relation.key,
        expected: roundTo(stated.value + off, Math.max(stated.decimals, 0)), actual: stated.value,
        params: { totals: `${a.finding.cell}, ${b.finding.cell}`, by: roundTo(Math.abs(off), Math.max(stated.decimals, 0)) },
      });
      break;
    }
  }
  return { drop, add };
}

function key(cell: { row: number; col: number }): string {
  return `${cell.row}:${cell.col}`;
}

type At = { row: number; col: number };

/** A relation a check found broken, as the leaves rule below reads it. */
export type BrokenFigure = {
  finding: FindingDraft;
  target: At;
  /** The cells it reads. */
  inputs: readonly At[];
  /** Its target's value by its inputs, with some of them replaced (a sum, a year end, a count); none for a share. */
  value?: (overlay: ReadonlyMap<number, number>) => number | undefined;
  /** Does it hold with some of its inputs replaced by the values their own inputs give? */
  holds: (overlay: ReadonlyMap<number, number>) => boolean;
};

/**
 * A subtotal typed wrong (a section "A", an area's row, a group's "Tổng") breaks its own sum and every
 * total over it — but those totals equal the sum of the leaves: the leaves say the subtotal is the
 * fault. A broken relation that holds once each figure it reads that is itself broken takes the value
 * its own inputs give is not a second fault: its finding is dropped, and the subtotal's stays (one error,
 * at the subtotal). Deeper figures are settled first, so a subtotal under a subtotal is replaced by its
 * leaves' value too; a total wrong on its own still breaks with every replacement and stays, and so does
 * a wrong leaf (nothing under it is broken). Relations that read each other's targets (a cycle) are kept.
 *
 * @example
 * // "TỔNG CỘNG (A+B)" right, "A" typed 1 000 over its 1 and 2: the total's finding is dropped, A's kept.
 * byTheLeaves([total, a]).has(total.finding) === true
 */
export function byTheLeaves(broken: readonly BrokenFigure[]): Set<FindingDraft> {
  const drop = new Set<FindingDraft>();
  if (broken.length < 2 || broken.length > MOST) return drop;
  const reads = broken.map((b) => new Set(b.inputs.map(key)));
  // The broken figures with a value of their own that each relation reads (never one that reads it back).
  const under = broken.map((b, i) => broken.map((_, j) => j).filter((j) => j !== i && broken[j].value && reads[i].has(key(broken[j].target)) && !reads[j].has(key(b.target))));
  const settled = new Map<number, number | undefined>();
  const decided = new Set<number>();
  for (let progress = true; progress;) {
    progress = false;
    broken.forEach((b, i) => {
      if (decided.has(i) || under[i].some((j) => !decided.has(j))) return;
      decided.add(i);
      progress = true;
      const overlay = new Map<number, number>();
      for (const j of under[i]) {
        const value = settled.get(j);
        if (value !== undefined) overlay.set(cellKeyOf(broken[j].target), value);
      }
      if (overlay.size > 0 && b.holds(overlay)) { drop.add(b.finding); return; }
      if (b.value) settled.set(i, b.value(overlay));
    });
  }
  return drop;
}

/** The overlay's key of a cell (relations/reader's cellKey). */
function cellKeyOf(cell: At): number {
  return cellKey(cell.row, cell.col);
}
