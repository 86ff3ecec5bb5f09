/**
 * A subtotal typed wrong (a section's "I" over its parts, an area's row over its communes, a row's
 * state-budget "Tổng" over NSTW and NSĐP): the leaves say the subtotal is the fault — the totals over
 * it equal the sum of the leaves. One error at the subtotal, none at the totals that are right by their
 * leaves. Generated layouts (totals on top or at the bottom, both header depths, with and without
 * shares), and each in its typed variants.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { adr } from '../helpers/sheets';
import { VARIANTS } from '../helpers/variants';
import { generate, type Family, type Generated } from './generate';

function withValue(sheet: SheetSnapshot, cell: string, value: CellValue): SheetSnapshot {
  const at = adr(cell);
  const values = sheet.values.map((row) => [...row]);
  values[at.row - sheet.origin.row][at.col - sheet.origin.col] = value;
  return { ...sheet, values };
}

const errorsOf = (generated: Generated, sheet: SheetSnapshot) =>
  checkWorkbook({ name: 'layout.xlsx', sheets: [sheet] }, { communes: generated.communes }, 'vi').issues.filter((i) => i.severity === 'error').map((i) => i.cell);

/** Generated tables of a family that have subtotals, with each subtotal changed by a tenth (at least 7). */
function cases(family: Family, seeds: number) {
  const out: { name: string; generated: Generated; cell: string; above: string[]; sheet: SheetSnapshot }[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const generated = generate(family, seed);
    for (const { cell, above } of generated.subtotals) {
      const at = adr(cell);
      const before = generated.sheet.values[at.row][at.col];
      if (typeof before !== 'number') continue;
      out.push({ name: `${family} #${seed} ${cell}`, generated, cell, above, sheet: withValue(generated.sheet, cell, before + Math.max(7, Math.ceil(Math.abs(before) * 0.1))) });
    }
  }
  return out;
}

const FAMILIES: Family[] = ['rollup', 'funding-grid', 'funding-list'];

describe.each(FAMILIES)('%s', (family) => {
  const all = cases(family, 40);
  test('there are subtotals to change', () => {
    expect(all.length).toBeGreaterThan(5);
  });
  test('a wrong subtotal: one error, at it; the totals over it that hold by the leaves are not blamed', () => {
    const wrong = all.map(({ name, generated, cell, sheet }) => ({ name, cell, errors: errorsOf(generated, sheet) })).filter(({ cell, errors }) => errors.join() !== cell);
    expect(wrong).toEqual([]);
  });
  test.each(Object.keys(VARIANTS))('typed %s: the same', (variant) => {
    const wrong = all.slice(0, 12).map(({ name, generated, cell, sheet }) => ({ name, cell, errors: errorsOf(generated, VARIANTS[variant](sheet)) })).filter(({ cell, errors }) => errors.join() !== cell);
    expect(wrong).toEqual([]);
  });
});
