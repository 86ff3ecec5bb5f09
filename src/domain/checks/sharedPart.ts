import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { readStated, roundTo } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import type { Relation } from '../relations/types';

type Sum = Extract<Relation, { kind: 'sum' }>;
export type BrokenSum = { relation: Sum; finding: FindingDraft };

const EPSILON = 1e-6;
/** Pairs are looked for among this many broken sums at most (a table with more is broken everywhere). */
const MOST = 200;

/**
 * One wrong figure inside a grid of totals breaks the total of its row and the total of its column
 * by the same amount. Two broken sums whose only common part is one cell, off by the same amount,
 * say that cell is the fault: one finding at it (`shared-part`), with the value both totals agree on,
 * instead of two findings at totals that are right.
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
      const partsOfB = new Set(b.relation.parts.map(key));
      const shared = a.relation.parts.filter((cell) => partsOfB.has(key(cell)));
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
