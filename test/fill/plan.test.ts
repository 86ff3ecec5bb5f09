import { planFill } from '../../src/domain/fill/plan';
import { applyPlanToSnapshot } from '../../src/domain/fill/applyToSnapshot';
import { checkWorkbook } from '../../src/domain/engine';
import { sheet, workbook } from '../helpers/sheets';
import { thachAnAssignment } from '../fixtures/thachAn';
import { langSon2019Funding, langSon2019Targets } from '../fixtures/langSon';
import { cellWrites } from '../../src/domain/fill/cells';

const at = (plan: ReturnType<typeof planFill>['plan'], cell: string) => cellWrites(plan).find((w) => w.cell === cell);

describe('planning the fill of an assignment sheet', () => {
  const small = () => sheet('Giao', [
    ['GIAO CHỈ TIÊU NĂM 2025'],
    ['TT', 'Xã', ...Array.from({ length: 19 }, (_, i) => i + 1)],
    [1, 'A', ...Array.from({ length: 19 }, (_, i) => (i < 15 ? 'x' : i < 17 ? 'KH' : null))],
    [2, 'B', ...Array.from({ length: 19 }, (_, i) => (i < 10 ? 'Đ' : i < 19 ? 'PĐ' : null))],
  ]);

  it('writes per-commune counts with COUNTIF over the marks the sheet uses, in new labelled columns', () => {
    const { plan } = planFill(workbook(small()));
    expect(at(plan, 'V2')).toMatchObject({ role: 'label', text: 'Số TC đã đạt' });
    expect(at(plan, 'V3')).toMatchObject({ role: 'commune.baseline', key: 'A', formula: '=COUNTIF(C3:U3,"x")+COUNTIF(C3:U3,"Đ")', value: 15 });
    expect(at(plan, 'W4')).toMatchObject({ role: 'commune.planned', key: 'B', formula: '=COUNTIF(C4:U4,"KH")+COUNTIF(C4:U4,"PĐ")', value: 9 });
    expect(at(plan, 'X3')).toMatchObject({ role: 'commune.end', formula: '=V3+W3', value: 17 });
    expect(at(plan, 'Y4')).toMatchObject({ role: 'commune.group', formula: '=IF(X4>=19,"19",IF(X4>=15,"15-18",IF(X4>=10,"10-14",IF(X4>=5,"5-9","0-4"))))', value: '19' });
  });

  it('adds a block under the communes: per criterion counts and shares, communes, average, distribution', () => {
    const { plan } = planFill(workbook(small()));
    const roles = (role: string) => cellWrites(plan).filter((w) => w.role === role);
    expect(roles('criterion.baseline')).toHaveLength(19);
    expect(at(plan, 'C5')).toMatchObject({ role: 'criterion.baseline', key: '1', formula: '=COUNTIF(C3:C4,"x")+COUNTIF(C3:C4,"Đ")', value: 2 });
    expect(at(plan, 'T7')).toMatchObject({ role: 'criterion.end', key: '18', formula: '=T5+T6', value: 1 });
    expect(at(plan, 'T8')).toMatchObject({ role: 'criterion.percent', formula: '=IF($C$9=0,0,T7/$C$9)', value: 0.5, numberFormat: '0.0%' });
    expect(at(plan, 'C9')).toMatchObject({ role: 'summary.communes', formula: '=COUNTA(B3:B4)', value: 2 });
    expect(at(plan, 'C10')).toMatchObject({ role: 'summary.average', formula: '=IF(COUNT(X3:X4)=0,0,AVERAGE(X3:X4))', value: 18 });
    expect(roles('group.count').map((w) => `${w.key}=${w.value}`)).toEqual(['19=1', '15-18=1', '10-14=0', '5-9=0', '0-4=0']);
    expect(at(plan, 'D11')).toMatchObject({ role: 'group.percent', key: '19', formula: '=IF($C$9=0,0,C11/$C$9)', value: 0.5 });
  });

  it('fills the sheet\'s own cells, keeps typed values unless asked, and says which it kept', () => {
    const { plan } = planFill(workbook(thachAnAssignment()));
    const kept = plan.skipped.filter((s) => s.reason === 'typed-value');
    expect(kept.map((s) => s.role)).toContain('criterion.baseline');
    expect(kept.find((s) => s.role === 'summary.average')).toMatchObject({ current: 15.1 });
    const replaced = cellWrites(planFill(workbook(thachAnAssignment()), { overwrite: true }).plan).find((w) => w.role === 'summary.average');
    expect(replaced).toMatchObject({ replaces: 15.1 });
    expect(replaced!.value).toBeCloseTo(196 / 13, 10);
  });

  it('refuses a sheet with unknown marks, saying why, and writes nothing to it', () => {
    const bad = small();
    bad.values[2][5] = '?';
    const { plan } = planFill(workbook(bad));
    expect(cellWrites(plan)).toEqual([]);
    expect(plan.refused.map((r) => [r.sheet, r.reasons.map((f) => `${f.cell} ${f.code}`)])).toEqual([['Giao', ['F3 invalid-status']]]);
  });

  it('is idempotent: a second plan on the filled workbook writes nothing', () => {
    for (const book of [workbook(small()), workbook(thachAnAssignment()), workbook(langSon2019Targets(), langSon2019Funding())]) {
      const first = planFill(book, { overwrite: true }).plan;
      expect(cellWrites(first).length).toBeGreaterThan(0);
      const filled = applyPlanToSnapshot(book, first);
      expect(cellWrites(planFill(filled, { overwrite: true }).plan)).toEqual([]);
      expect(cellWrites(planFill(filled).plan)).toEqual([]);
    }
  });

  it('leaves a filled workbook with no arithmetic error on the cells it wrote', () => {
    const book = workbook(thachAnAssignment(), langSon2019Targets(), langSon2019Funding());
    const { plan } = planFill(book, { overwrite: true });
    const written = new Set(cellWrites(plan).map((w) => `${w.sheet}!${w.cell}`));
    const report = checkWorkbook(applyPlanToSnapshot(book, plan));
    expect(report.issues.filter((i) => written.has(`${i.sheet}!${i.cell}`))).toEqual([]);
  });
});

describe('planning the fill of targets and funding', () => {
  it('writes cumulative = baseline + added and shares of the stated number of communes', () => {
    const { plan } = planFill(workbook(sheet('Chỉ tiêu', [
      ['NĂM 2023'], ['Tổng số xã: 100'],
      ['TT', 'Tiêu chí', 'Đã đạt', 'Đạt thêm', 'Lũy kế', 'Tỷ lệ (%)'],
      [2, 'Giao thông', 40, 5, null, null],
      [3, 'Thủy lợi', 40, 6, 46, 46],
    ])));
    expect(at(plan, 'E4')).toMatchObject({ role: 'criterion.end', key: '2', formula: '=C4+D4', value: 45 });
    expect(at(plan, 'F4')).toMatchObject({ role: 'criterion.percent', formula: '=IF($B$2=0,0,E4/$B$2*100)', value: 45, numberFormat: '0.0' });
    expect(plan.skipped.map((s) => `${s.cell} ${s.reason}`)).toEqual(['E5 typed-value', 'F5 typed-value']);
  });

  it('counts the communes of the assignment sheet across sheets when the targets sheet does not state them', () => {
    const targets = sheet('Chỉ tiêu', [['NĂM 2025'], ['TT', 'Tiêu chí', 'Lũy kế', 'Tỷ lệ'], [2, 'Giao thông', 9, null]]);
    const { plan } = planFill(workbook(targets, thachAnAssignment()));
    expect(at(plan, 'C4')).toMatchObject({ role: 'summary.communes', formula: "=COUNTA('Giao chỉ tiêu xã'!B6:B18)", value: 13 });
    expect(at(plan, 'D3')).toMatchObject({ role: 'criterion.percent', formula: '=IF($C$4=0,0,C3/$C$4)', value: 9 / 13 });
  });

  it('sums children into parents and top-level items into the total; skips amounts typed as text', () => {
    const { plan } = planFill(workbook(sheet('Vốn', [
      ['TT', 'Nguồn vốn', 'Số tiền (tỷ đồng)', 'Tỷ lệ'],
      ['1', 'Vốn ngân sách', null, null],
      ['-', 'Trung ương', 400, null],
      ['-', 'Địa phương', 100, null],
      ['2', 'Vốn tín dụng', 500, null],
    ])));
    expect(at(plan, 'C2')).toMatchObject({ role: 'funding.subtotal', formula: '=SUM(C3:C4)', value: 500 });
    expect(at(plan, 'B6')).toMatchObject({ role: 'label', text: 'Tổng cộng' });
    expect(at(plan, 'C6')).toMatchObject({ role: 'funding.total', formula: '=SUM(C2,C5)', value: 1000 });
    expect(at(plan, 'D3')).toMatchObject({ role: 'funding.share', formula: '=IF($C$6=0,0,C3/$C$6)', value: 0.4 });
    const text = planFill(workbook(langSon2019Funding())).plan;
    expect(text.skipped.some((s) => s.reason === 'text-number')).toBe(true);
  });
});
