import { halfUnit, readStated, roundTo } from '../../sheet/stated';
import { ref, refsOf } from '../../sheet/refs';
import type { RelationKind } from '../kind';
import { cellText, n, rangeText } from '../text';
import type { Relation } from '../types';

type Average = Extract<Relation, { kind: 'average' }>;

/** An average of cells, weighted by other cells when the table counts its units (communes of each row). */
export const average: RelationKind<Average> = {
  compute(read, relation) {
    let sum = 0;
    let weight = 0;
    let tolerance = 0;
    let present = 0;
    relation.parts.forEach((cell, i) => {
      // A "-" (a ward not assessed, a row with nothing) is no part of a plain average: AVERAGE skips a text, as the fill's formula does.
      if (!relation.weights && typeof read.grid.value(cell.row, cell.col) === 'string' && readStated(read.grid, cell.row, cell.col)?.nil) return;
      const part = read.value(cell);
      if (Number.isNaN(part)) return;
      const decimals = read.decimals;
      const w = relation.weights ? read.value(relation.weights[i]) : 1;
      if (Number.isNaN(w)) return;
      present++;
      sum += part * w;
      weight += w;
      // A whole count shown whole is exact; a part typed rounded carries its rounding.
      if (decimals !== 0 || !Number.isInteger(part)) tolerance = Math.max(tolerance, halfUnit(decimals));
    });
    if (present === 0 || weight === 0) return null;
    return { value: sum / weight, exact: false, tolerance };
  },
  explain: (_read, relation, value) => `${relation.weights ? 'Σ(x·w)/Σw' : 'Σx/n'} = ${n(roundTo(value, 3))}`,
  describe: (relation) => `${cellText(relation.target)} = ${relation.weights ? 'SUMPRODUCT' : 'AVERAGE'}(${rangeText(relation.parts)})`,
  formula(relation) {
    const parts = refsOf(relation.parts);
    if (!relation.weights) return parts.length === 1 ? `=IF(COUNT(${parts[0]})=0,0,AVERAGE(${parts[0]}))` : `=AVERAGE(${parts.join(',')})`;
    const weights = refsOf(relation.weights);
    if (parts.length === 1 && weights.length === 1) return `=IF(SUM(${weights[0]})=0,0,SUMPRODUCT(${parts[0]},${weights[0]})/SUM(${weights[0]}))`;
    const products = relation.parts.map((p, i) => `${ref(p.row, p.col)}*${ref(relation.weights![i].row, relation.weights![i].col)}`).join('+');
    return `=IF(SUM(${weights.join(',')})=0,0,(${products})/SUM(${weights.join(',')}))`;
  },
  inputs: (relation) => [...relation.parts, ...(relation.weights ?? [])],
  format: () => '0.0',
  role: 'table.average',
  code: () => 'relation-mismatch',
};
