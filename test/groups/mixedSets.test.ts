import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';

type Line = [label: string, communes: number, met2025: number, met2026: number, added: number, end: number];

/**
 * A 2027 roll-up by commune group: communes that met the 19-criterion set by 2025 beside those that
 * meet the 10-criterion set by 2026, this year's additions and the year end under the new set.
 */
function rollup(lines: Line[], layout: 'with-2026' | 'without-2026' = 'with-2026') {
  const header = layout === 'with-2026'
    ? ['TT', 'Nhóm xã', 'Số xã', 'Số xã đạt chuẩn đến hết năm 2025 (bộ 19 tiêu chí)', 'Số xã đạt chuẩn đến hết năm 2026', 'Kế hoạch năm 2027', null, 'Tỷ lệ (%)']
    : ['TT', 'Nhóm xã', 'Số xã', 'Số xã đạt chuẩn đến hết năm 2025 (bộ 19 tiêu chí)', 'Kế hoạch năm 2027', null, 'Tỷ lệ (%)'];
  const sub = layout === 'with-2026' ? [null, null, null, null, null, 'Đạt thêm', 'Lũy kế', null] : [null, null, null, null, 'Đạt thêm', 'Lũy kế', null];
  const row = ([label, n, old, base, added, end]: Line, tt: string): CellValue[] => layout === 'with-2026'
    ? [tt, label, n, old, base, added, end, Math.round((end / n) * 1000) / 10]
    : [tt, label, n, old, added, end, Math.round((end / n) * 1000) / 10];
  const total: Line = ['Toàn tỉnh', 0, 0, 0, 0, 0];
  for (const line of lines) for (let k = 1; k < 6; k++) (total[k] as number) += line[k] as number;
  return sheet('Tổng hợp 2027', [
    ['TỔNG HỢP KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    header,
    sub,
    row(total, ''),
    ...lines.map((line, i) => row(line, String(i + 1))),
  ], { merges: layout === 'with-2026' ? ['F2:G2'] : ['E2:F2'] });
}

const clean: Line[] = [['Nhóm 1', 40, 36, 12, 6, 18], ['Nhóm 2', 60, 45, 10, 8, 18], ['Nhóm 3', 30, 12, 2, 3, 5]];

describe('counts of the 19- and the 10-criterion years are never added', () => {
  it('a clean roll-up keeping the 2025 count beside the new set gives no error', () => {
    const report = checkWorkbook({ sheets: [rollup(clean)] });
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a year end that adds the 2025 count (19 criteria) to this year\'s additions is an error at its cell', () => {
    const lines = clean.map((l) => [...l] as Line);
    lines[1][5] = 45 + 8;
    const report = checkWorkbook({ sheets: [rollup(lines, 'without-2026')] });
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => `${i.code} ${i.cell}`)).toEqual(['mixed-criteria-sets F6']);
    expect(errors[0].message).toContain('2025, 2027');
    expect(errors[0].message).toContain('bộ 19 tiêu chí');
  });

  it('the clean table without a 2026 column: the year end is not checked as 2025 + added, and the fill writes no such formula', () => {
    const snapshot = { sheets: [rollup(clean, 'without-2026')] };
    expect(checkWorkbook(snapshot).issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const blanked = rollup(clean, 'without-2026');
    blanked.values[4][5] = null;
    const { plan } = planFill({ sheets: [blanked] });
    expect(cellWrites(plan).filter((w) => w.row === 4 && w.col === 5)).toEqual([]);
  });

  it('a formula adding the two years is an error whatever it gives', () => {
    const lines = clean.map((l) => [...l] as Line);
    lines[0][5] = 36 + 6;
    const sheetWithFormula = rollup(lines, 'without-2026');
    sheetWithFormula.formulas = sheetWithFormula.values.map((r) => r.map(() => null));
    sheetWithFormula.formulas[4][5] = '=D5+E5';
    const errors = checkWorkbook({ sheets: [sheetWithFormula] }).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => `${i.code} ${i.cell}`)).toEqual(['mixed-criteria-sets F5']);
  });
});

describe('a year end that adds the 2025 count where a 2026 count stands beside it', () => {
  it('is reported as the mixing of sets at its cell, and the fill still writes the year end from 2026', () => {
    const lines = clean.map((l) => [...l] as Line);
    lines[2][5] = 12 + 3;
    const faulty = rollup(lines);
    const errors = checkWorkbook({ sheets: [faulty] }).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => `${i.code} ${i.cell}`)).toEqual(['relation-mismatch G4', 'mixed-criteria-sets G7']);
    const blanked = rollup(clean);
    blanked.values[4][6] = null;
    const { plan } = planFill({ sheets: [blanked] });
    expect(cellWrites(plan).filter((w) => w.row === 4 && w.col === 6).map((w) => w.formula)).toEqual(['=E5+F5']);
  });
});
