import { halfUnit, roundTo } from '../../sheet/stated';
import { ref } from '../../sheet/refs';
import type { RelationKind } from '../kind';
import { cellText, n } from '../text';
import type { Relation } from '../types';

type Ratio = Extract<Relation, { kind: 'ratio' }>;

const EPSILON = 1e-9;
const SHARE_FORMAT = '0.0%';
const PERCENT_UNITS_FORMAT = '0.0';

/** A share or a comparison: numerator ÷ denominator (× 100 in percent units), the denominator a cell or a number. */
export const ratio: RelationKind<Ratio> = {
  compute(read, relation) {
    const num = read.value(relation.numerator);
    const numDecimals = read.decimals;
    const den = 'value' in relation.denominator ? relation.denominator.value : read.value(relation.denominator);
    const denDecimals = 'value' in relation.denominator ? 0 : read.decimals;
    if (Number.isNaN(num) || Number.isNaN(den) || den === 0) return null;
    const scale = relation.percent || relation.share ? 100 : 1;
    const value = (num / den) * scale;
    const tolerance = Math.abs(value) * (halfUnit(numDecimals) / Math.max(Math.abs(num), EPSILON) + halfUnit(denDecimals) / Math.abs(den)) * (numDecimals || denDecimals ? 1 : 0);
    return { value, exact: false, tolerance };
  },
  explain(read, relation, value) {
    const den = 'value' in relation.denominator ? relation.denominator.value : read.value(relation.denominator);
    return `${n(read.value(relation.numerator))} / ${n(den)}${relation.percent || relation.share ? ' × 100' : ''} = ${n(roundTo(value, 3))}`;
  },
  describe: (relation) => relation.text ?? `${cellText(relation.target)} = ${cellText(relation.numerator)} / ${'value' in relation.denominator ? relation.denominator.value : cellText(relation.denominator)}`,
  formula(relation) {
    const whole = 'value' in relation.denominator
      ? relation.denominator.range ? `COLUMNS(${relation.denominator.range})` : String(relation.denominator.value)
      : ref(relation.denominator.row, relation.denominator.col);
    return `=IF(${whole}=0,0,${ref(relation.numerator.row, relation.numerator.col)}/${whole}${relation.percent ? '*100' : ''})`;
  },
  inputs: (relation) => ('value' in relation.denominator ? [relation.numerator] : [relation.numerator, relation.denominator]),
  format: (relation) => (relation.percent ? PERCENT_UNITS_FORMAT : relation.share ? SHARE_FORMAT : '0.00'),
  role: 'table.ratio',
  code: (relation) => (relation.share ? 'percent-mismatch' : 'relation-mismatch'),
};
