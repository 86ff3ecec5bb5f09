import { planFill } from '../../src/domain/fill/plan';
import { cellWrites, columnCells, formulaAtRow, rowFormula, writeCount, writtenSheets } from '../../src/domain/fill/cells';
import { adr, sheet, workbook } from '../helpers/sheets';

/** An assignment of three communes; `mark` is what commune C's first two criteria are marked with. */
const assignment = (mark = 'x') => sheet('Giao', [
  ['GIAO CHỈ TIÊU NĂM 2025'],
  ['TT', 'Xã', ...Array.from({ length: 19 }, (_, i) => i + 1), 'Số TC đã đạt'],
  [1, 'A', ...Array.from({ length: 19 }, (_, i) => (i < 15 ? 'x' : i < 17 ? 'KH' : null)), null],
  [2, 'B', ...Array.from({ length: 19 }, (_, i) => (i < 10 ? 'x' : 'KH')), null],
  [3, 'C', mark, mark, ...Array.from({ length: 17 }, () => 'KH'), null],
]);

describe('commune columns as column writes', () => {
  it('states each commune column once: its rows, keys, values and one formula shifted row by row', () => {
    const { plan } = planFill(workbook(assignment()));
    expect(plan.columns!.map((c) => [c.role, c.rows, c.keys])).toEqual([
      ['commune.baseline', [2, 3, 4], ['A', 'B', 'C']],
      ['commune.planned', [2, 3, 4], ['A', 'B', 'C']],
      ['commune.end', [2, 3, 4], ['A', 'B', 'C']],
      ['commune.group', [2, 3, 4], ['A', 'B', 'C']],
    ]);
    const [baseline, , end] = plan.columns!;
    expect(baseline.values).toEqual([15, 10, 2]);
    expect(columnCells(baseline).map((w) => [w.cell, w.formula])).toEqual([
      ['V3', '=COUNTIF(C3:U3,"x")'], ['V4', '=COUNTIF(C4:U4,"x")'], ['V5', '=COUNTIF(C5:U5,"x")'],
    ]);
    expect(formulaAtRow(end.rowFormula, adr('X5').row)).toBe('=V5+W5');
    expect(writeCount(plan)).toBe(cellWrites(plan).length);
    expect(writeCount(plan, 'Giao')).toBe(cellWrites(plan).length);
    expect(writtenSheets(plan)).toEqual(['Giao']);
  });

  it('leaves out of the column a cell a person typed in, and skips it (or replaces it when asked)', () => {
    const typed = assignment();
    typed.values[3][21] = 12;
    const keep = planFill(workbook(typed)).plan;
    expect(keep.columns![0].rows).toEqual([2, 4]);
    expect(keep.skipped).toContainEqual(expect.objectContaining({ cell: 'V4', role: 'commune.baseline', reason: 'typed-value', current: 12 }));
    expect(cellWrites(keep).find((w) => w.cell === 'V4')).toBeUndefined();
    const replace = planFill(workbook(typed), { overwrite: true }).plan;
    expect(replace.columns![0].rows).toEqual([2, 4]);
    expect(replace.writes.find((w) => w.cell === 'V4')).toMatchObject({ role: 'commune.baseline', key: 'B', formula: '=COUNTIF(C4:U4,"x")', value: 10, replaces: 12 });
  });

  it('writes nothing where the same formula already stands', () => {
    const filled = assignment();
    filled.formulas = filled.values.map((row) => row.map(() => null));
    filled.formulas[2][21] = '=countif(C3:U3, "x")';
    const { plan } = planFill(workbook(filled));
    expect(plan.columns![0].rows).toEqual([3, 4]);
    expect(cellWrites(plan).filter((w) => w.cell === 'V3')).toEqual([]);
    expect(plan.skipped.filter((s) => s.cell === 'V3')).toEqual([]);
  });

  it('falls back to cell writes when a mark holds the placeholder character, with the right formulas', () => {
    const odd = assignment('x\u0000');
    const { plan, findings } = planFill(workbook(odd));
    expect(findings.filter((f) => f.code === 'invalid-status')).toEqual([]);
    expect(plan.columns!.map((c) => c.role)).toEqual(['commune.planned', 'commune.end', 'commune.group']);
    expect(cellWrites(plan).find((w) => w.cell === 'V5')).toMatchObject({ role: 'commune.baseline', formula: '=COUNTIF(C5:U5,"x")+COUNTIF(C5:U5,"x\u0000")', value: 2 });
  });

  it('builds row formulas from any builder, refusing one it cannot state around the row number', () => {
    expect(rowFormula((r) => `=SUM(C${r}:U${r})`)).toEqual(['=SUM(C', ':U', ')']);
    expect(rowFormula(() => '=$B$2')).toEqual(['=$B$2']);
    expect(rowFormula((r) => `=COUNTIF(C${r}:U${r},"\u0000")`)).toBeNull();
  });
});
