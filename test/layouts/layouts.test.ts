import fc from 'fast-check';
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { adr } from '../helpers/sheets';
import { FAMILIES, generate, layoutArb, type Generated } from './generate';

const SEED = 20261201;
const RUNS = 500;

function check(generated: Generated, sheet: SheetSnapshot = generated.sheet) {
  return checkWorkbook({ name: 'layout.xlsx', sheets: [sheet] }, { communes: generated.communes }, 'vi');
}

function withValue(sheet: SheetSnapshot, cell: string, value: CellValue): SheetSnapshot {
  const at = adr(cell);
  const values = sheet.values.map((row) => [...row]);
  values[at.row - sheet.origin.row][at.col - sheet.origin.col] = value;
  return { ...sheet, values };
}

function describeTable(generated: Generated): string {
  return generated.sheet.values.map((row) => row.map((v) => (v === null ? '' : String(v))).join(' | ')).join('\n');
}

describe('tables laid out as offices lay them out (generated, fixed seed)', () => {
  test('a consistent table gives no error and no warning', () => {
    fc.assert(
      fc.property(layoutArb, ([family, seed]) => {
        const generated = generate(family, seed);
        const report = check(generated);
        const loud = report.issues.filter((issue) => issue.severity !== 'info');
        if (loud.length > 0) throw new Error(`${family} #${seed}:\n${describeTable(generated)}\n${loud.map((i) => `${i.cell} ${i.code} ${i.message}`).join('\n')}`);
        if (report.sheets[0].kind === 'unknown') throw new Error(`${family} #${seed} not recognised:\n${describeTable(generated)}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test('one changed number gives an error at a cell of the broken relation', () => {
    fc.assert(
      fc.property(layoutArb, fc.nat(), fc.integer({ min: 1, max: 9 }), ([family, seed], pick, delta) => {
        const generated = generate(family, seed);
        if (generated.inputs.length === 0) return;
        const input = generated.inputs[pick % generated.inputs.length];
        const at = adr(input.cell);
        const before = generated.sheet.values[at.row][at.col];
        if (typeof before !== 'number') return;
        // Large enough that no rounding of the shown digits can hide it.
        const changed = before + Math.max(delta, Math.ceil(Math.abs(before) * 0.1));
        const report = check(generated, withValue(generated.sheet, input.cell, changed));
        const errors = report.issues.filter((issue) => issue.severity === 'error');
        if (!errors.some((error) => input.affects.includes(error.cell))) {
          throw new Error(`${family} #${seed}: ${input.cell} ${before} → ${changed}, expected an error in ${input.affects.join(' ')}; got ${errors.map((e) => `${e.cell} ${e.message}`).join('; ') || 'none'}\n${describeTable(generated)}`);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test.each(FAMILIES)('%s: every family is generated and read', (family) => {
    for (let seed = 1; seed <= 20; seed++) {
      const report = check(generate(family, seed));
      expect(report.sheets[0].kind).not.toBe('unknown');
      expect(report.stats.errors).toBe(0);
    }
  });
});
