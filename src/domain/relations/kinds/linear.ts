import { halfUnit } from '../../sheet/stated';
import { ref } from '../../sheet/refs';
import type { RelationKind } from '../kind';
import { cellText, n } from '../text';
import type { Relation } from '../types';

type Linear = Extract<Relation, { kind: 'linear' }>;

const signed = (sign: 1 | -1, first: boolean, spaced: boolean) => (first ? (sign < 0 ? '-' : '') : sign < 0 ? (spaced ? ' - ' : '-') : spaced ? ' + ' : '+');

const lead = (relation: Linear, spaced: boolean) => (relation.constant === undefined ? '' : spaced ? n(relation.constant) : String(relation.constant));

/** A sum or difference of cells of one row ("(6) = (4) + (5)", year end = baseline + added), from a constant where one is given ("10 − Đạt − Cơ bản đạt"). Every term must be there. */
export const linear: RelationKind<Linear> = {
  compute(read, relation) {
    let value = relation.constant ?? 0;
    let exact = true;
    let tolerance = 0;
    for (const term of relation.terms) {
      const part = read.value(term);
      if (Number.isNaN(part)) return null;
      value += term.sign * part;
      tolerance += halfUnit(read.decimals);
      if (read.decimals !== 0) exact = false;
    }
    return { value, exact, tolerance };
  },
  explain: (read, relation, value) => `${lead(relation, true)}${relation.terms.map((term, i) => `${signed(term.sign, i === 0 && relation.constant === undefined, true)}${n(read.value(term))}`).join('')} = ${n(value)}`,
  describe: (relation) => relation.text ?? `${cellText(relation.target)} = ${lead(relation, true)}${relation.terms.map((t, i) => `${signed(t.sign, i === 0 && relation.constant === undefined, true)}${cellText(t)}`).join('')}`,
  formula: (relation) => `=${lead(relation, false)}${relation.terms.map((t, i) => `${signed(t.sign, i === 0 && relation.constant === undefined, false)}${ref(t.row, t.col)}`).join('')}`,
  inputs: (relation) => relation.terms,
  format: (relation, grid) => (relation.terms.some((c) => grid.numberFormat(c.row, c.col)) ? grid.numberFormat(relation.terms[0].row, relation.terms[0].col) ?? undefined : undefined),
  role: 'table.linear',
  code: () => 'relation-mismatch',
};
