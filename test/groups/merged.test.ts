import { checkWorkbook, analyzeWorkbook } from '../../src/domain/engine';
import { formerCommunes } from '../../src/domain/text/formerCommunes';
import { communeRecords } from '../../src/domain/consolidate/records';
import { consolidate } from '../../src/domain/consolidate/gather';
import { consolidatedTemplate } from '../../src/domain/consolidate/sheets';
import { planFill } from '../../src/domain/fill/plan';
import { applyPlanToSnapshot } from '../../src/domain/fill/applyToSnapshot';
import { cellWrites } from '../../src/domain/fill/cells';
import { assignmentSheet, assignmentColumns } from '../../src/domain/template/assignment';
import { a1 } from '../../src/domain/sheet/address';
import type { AssignmentModel } from '../../src/domain/recognize/models';
import { SET_2026, marksFor } from '../consolidate/communeFiles';
import { sheet } from '../helpers/sheets';

describe('communes formed by the 2025 mergers', () => {
  test.each([
    ['Sáp nhập xã An Lạc, xã Bình Hòa và thị trấn Đông Khê', ['An Lạc', 'Bình Hòa', 'Đông Khê']],
    ['Hình thành từ: xã Lê Lai; xã Đức Long', ['Lê Lai', 'Đức Long']],
    ['Kim Đồng + Trọng Con', ['Kim Đồng', 'Trọng Con']],
    ['một phần xã Quang Trọng', ['Quang Trọng']],
    ['-', []],
    [null, []],
  ])('"%s" names %j', (text, names) => expect(formerCommunes(text)).toEqual(names));

  const sheet2027 = (rows: [string, string | null][]) => sheet('Giao chỉ tiêu', [
    ['KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    ['TT', 'Tên xã', 'Nhóm xã', 'Hình thành từ', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ...rows.map(([name, former], i) => [i + 1, name, 2, former, 'x', 'x', 'KH', 'x', 'x', null, 'x', 'x', 'x', 'x']),
  ]);

  it('keeps the former communes of each row as data, and a merged commune may keep one of the old names', () => {
    const analysis = analyzeWorkbook({ sheets: [sheet2027([['Xã Lê Lai', 'xã Lê Lai, xã Thụy Hùng'], ['Xã Đức Long', null]])] });
    const model = analysis.sheets[0].views[0].model as AssignmentModel;
    expect(model.formerCol).toBe(3);
    expect(model.criteria.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(communeRecords('a.xlsx', analysis).map((r) => r.former)).toEqual([['Lê Lai', 'Thụy Hùng'], []]);
    expect(checkWorkbook({ sheets: [sheet2027([['Xã Lê Lai', 'xã Lê Lai, xã Thụy Hùng'], ['Xã Đức Long', null]])] }).issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a commune merged away that still has its own row is a warning at that row', () => {
    const report = checkWorkbook({ sheets: [sheet2027([['Xã Lê Lai', 'xã Lê Lai, xã Thụy Hùng'], ['Xã Thuỵ Hùng', null]])] });
    const issues = report.issues.filter((i) => i.severity !== 'info');
    expect(issues.map((i) => `${i.code} ${i.cell}`)).toEqual(['merged-commune-listed B4']);
    expect(issues[0].message).toContain('Xã Lê Lai (ô D3)');
  });

  it('a former commune named without diacritics in the note is the listed commune it spells', () => {
    const report = checkWorkbook({ sheets: [sheet2027([['Xã Lê Lai', 'xa Le Lai, xa Thuy Hung'], ['Xã Thuỵ Hùng', null]])] });
    expect(report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code} ${i.cell}`)).toEqual(['merged-commune-listed B4']);
  });

  it('the 2027 template has the column as input; the fill never writes in it; a consolidation carries it', () => {
    const rows = [
      { name: 'Lê Lai', marks: marksFor(1), villages: [8, 3, 2, 0], goal: null, group: 1, former: 'xã Lê Lai, xã Thụy Hùng' },
      { name: 'Đức Long', marks: marksFor(2), villages: [6, 2, 1, 0], goal: null, group: 3, former: null },
    ];
    const options = { catalog: SET_2026, year: 2027, communes: [], rows };
    const table = assignmentSheet(options);
    const { formerCol } = assignmentColumns(options);
    expect(formerCol).toBeDefined();
    expect(table.snapshot.values[3][formerCol!]).toBe('Hình thành từ (các xã cũ)');
    expect(table.inputs[0]).toContain(a1(6, formerCol!).replace(/\d+/, ''));
    const { plan } = planFill({ sheets: [table.snapshot] });
    expect(cellWrites(plan).filter((w) => w.col === formerCol)).toEqual([]);
    const analysis = analyzeWorkbook({ name: 'a.xlsx', sheets: [table.snapshot] });
    const result = consolidate([{ file: 'a.xlsx', catalog: analysis.catalog, planYear: analysis.planYear, records: communeRecords('a.xlsx', analysis), issues: [] }], { fallbackYear: 2027, fallbackCatalog: SET_2026 });
    const out = consolidatedTemplate(result).sheets[0].snapshot;
    const col = out.values[3].indexOf('Hình thành từ (các xã cũ)');
    expect(col).toBeGreaterThan(0);
    expect(out.values.map((r) => r[col]).filter((v) => v !== null)).toEqual(['Hình thành từ (các xã cũ)', 'Lê Lai, Thụy Hùng']);
  });
});

describe('the 2027 template filled again', () => {
  it('finds its own "Nhóm TC" band beside the commune group and writes no second one: the fill is idempotent', () => {
    const options = { catalog: SET_2026, year: 2027, communes: ['Lê Lai', 'Đức Long'] };
    const table = assignmentSheet(options);
    const first = planFill({ sheets: [table.snapshot] });
    const filled = applyPlanToSnapshot({ sheets: [table.snapshot] }, first.plan);
    const labels = (plan: typeof first.plan) => cellWrites(plan).filter((w) => w.role === 'label').map((w) => w.text);
    expect(labels(first.plan)).toContain('Nhóm TC');
    const again = planFill(filled);
    expect(labels(again.plan)).toEqual([]);
    expect(applyPlanToSnapshot(filled, again.plan)).toEqual(filled);
  });
});
