import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { applyPlanToSnapshot } from '../../src/domain/fill/applyToSnapshot';
import { buildAppendix } from '../../src/domain/appendix/build';
import { analyzeWorkbook } from '../../src/domain/engine';
import { province2027, PROVINCE_2027_FAULTS, PROVINCE_2027_CONSEQUENCES } from '../fixtures/province2027';

describe('the 2027 province sample', () => {
  const workbook = { name: 'tinh-2027.xlsx', sheets: province2027() };
  const report = checkWorkbook(workbook);

  it('is read against the 2026–2030 set its catalog sheet gives, with its thresholds', () => {
    expect(report.catalog.id).toBe('xa-ntm-2026-2030');
    expect(report.sheets.map((s) => s.kind)).toEqual(['assignment', 'table', 'responsibility', 'catalog']);
  });

  it('finds every planted fault at its cell, and nothing else but what they bring with them', () => {
    const found = report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.sheet}!${i.cell} ${i.code}`);
    const planted = PROVINCE_2027_FAULTS.map((f) => `${f.sheet}!${f.cell} ${f.code}`);
    for (const fault of planted) expect(found).toContain(fault);
    expect(found.sort()).toEqual([...planted, ...PROVINCE_2027_CONSEQUENCES.map((f) => `${f.sheet}!${f.cell} ${f.code}`)].sort());
  });

  it('after the fill the arithmetic faults are gone; the faults of content stay for a person to settle', () => {
    const { plan } = planFill(workbook, { overwrite: true });
    const after = checkWorkbook({ sheets: applyPlanToSnapshot(workbook, plan).sheets }).issues.filter((i) => i.severity === 'error').map((i) => `${i.sheet}!${i.cell} ${i.code}`);
    expect(after.sort()).toEqual(['Giao chỉ tiêu 2027!C16 invalid-group', 'Giao chỉ tiêu 2027!P10 indicator-below-threshold']);
  });

  it('its appendix is directed by the province in 2027', () => {
    const rows = buildAppendix(analyzeWorkbook(workbook)).sections.flatMap((s) => s.rows);
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => `${r.directing} | ${r.timeline}`))).toEqual(new Set(['BCĐ tỉnh | Năm 2027']));
    const poverty = rows.find((r) => r.key === '6');
    expect(poverty?.coordinating).toContain('Sở Dân tộc và Tôn giáo');
    expect(poverty?.coordinating).toContain('Sở Y tế');
  });

  it('its plan text names the programme the plan belongs to: from 2026 the merged 2026–2035 programme', async () => {
    const { planDocument } = await import('../../src/domain/plantext/document');
    const { programmeName } = await import('../../src/domain/catalog/calendar');
    const text = planDocument(analyzeWorkbook(workbook)).body.map((block) => block.text);
    const general = text.find((line) => line.startsWith('Tiếp tục thực hiện'))!;
    expect(general).toContain(`Tiếp tục thực hiện đồng bộ, hiệu quả ${programmeName(2027)}`);
    expect(general).toContain('giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035');
    expect(programmeName(2025)).toBe('Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025');
  });
});
