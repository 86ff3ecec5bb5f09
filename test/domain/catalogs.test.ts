import { BUILTIN_CATALOGS, findBuiltinCatalog } from '../../src/domain/catalog/builtin';
import { deriveGroups } from '../../src/domain/catalog/groups';
import { loadCatalog } from '../../src/domain/catalog/load';
import { analyzeWorkbook, checkWorkbook } from '../../src/domain/engine';
import { sheet, workbook } from '../helpers/sheets';

describe('built-in catalogs', () => {
  it('ships the four sets with their sizes, never assuming 19', () => {
    expect(BUILTIN_CATALOGS.map((c) => [c.id, c.criteria.length])).toEqual([
      ['xa-ntm-2016-2020', 19], ['xa-ntm-2021-2025', 19], ['xa-ntm-nang-cao-2021-2025', 19], ['xa-ntm-2026-2030', 10],
    ]);
    const set2021 = findBuiltinCatalog('xa-ntm-2021-2025')!;
    const indicators = set2021.criteria.reduce((n, c) => n + Math.max(1, c.indicators.length), 0);
    expect(indicators).toBe(57);
    expect(set2021.criteria.find((c) => c.number === 17)!.indicators.map((i) => i.code)).toContain('17.12');
  });

  it('flags unverified indicator names', () => {
    const names = BUILTIN_CATALOGS.flatMap((c) => c.criteria.flatMap((k) => k.indicators));
    expect(names.some((i) => i.verified === false)).toBe(true);
  });

  it('derives distribution groups from the size of the set', () => {
    expect(deriveGroups(19).map((g) => g.label)).toEqual(['19', '15-18', '10-14', '5-9', '0-4']);
    expect(deriveGroups(10).map((g) => g.label)).toEqual(['10', '8-9', '5-7', '3-4', '0-2']);
  });

  it('refuses invalid catalogs with a path and a reason', () => {
    const loaded = loadCatalog({ id: 'x', title: 'X', period: { from: 2026, to: 2030 }, level: 'xa', criteria: [{ number: 1, name: 'A', indicators: [{ code: '2.1', name: 'B' }] }, { number: 1, name: 'C' }] });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems.map((p) => p.path)).toEqual(['criteria.0.indicators.0.code', 'criteria.1.number']);
  });
});

describe('choosing the catalog', () => {
  const titled = (title: string) => workbook(sheet('A', [[title], ['TT', 'Tiêu chí', 'Lũy kế', 'Tỷ lệ'], [1, 'Quy hoạch', 1, 1]]));

  it.each([
    ['Kế hoạch năm 2019', 'xa-ntm-2016-2020'],
    ['Giai đoạn 2021 - 2025', 'xa-ntm-2021-2025'],
    ['Kế hoạch năm 2027', 'xa-ntm-2026-2030'],
    ['Xã NTM nâng cao năm 2024', 'xa-ntm-nang-cao-2021-2025'],
    ['Kế hoạch', 'xa-ntm-2026-2030'],
  ])('%j → %s', (title, id) => {
    expect(analyzeWorkbook(titled(title)).catalog.id).toBe(id);
  });

  it('prefers a period over the years around it', () => {
    const analysis = analyzeWorkbook(titled('Kế hoạch năm 2025 thực hiện giai đoạn 2021-2025, so với năm 2020'));
    expect(analysis.reason).toMatchObject({ kind: 'year', year: 2025 });
  });
});

describe('a criteria set supplied in the workbook ("Danh mục tiêu chí")', () => {
  const names = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế',
    'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];

  it('gives the 2026–2030 set its indicators and per-group thresholds, and checks against it', () => {
    const rows = [
      ['BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030'],
      ['Mã', 'Tên tiêu chí, chỉ tiêu', 'Nhóm 1', 'Nhóm 2', 'Nhóm 3'],
    ] as (string | number | null)[][];
    names.forEach((name, i) => {
      rows.push([i + 1, name]);
      for (let k = 1; k <= (i === 1 ? 10 : 4); k++) rows.push([`${i + 1}.${k}`, `Chỉ tiêu ${i + 1}.${k}`, '≥ 90%', '≥ 80%', '≥ 70%']);
    });
    rows.push([2.1, 'typed as a number, read in order']);
    const catalogSheet = sheet('Danh mục tiêu chí', rows);
    const responsibility = sheet('Phân công', [['Cơ quan', 'Tiêu chí, chỉ tiêu'], ['Phòng A', '1; 2.10'], ['Phòng B', '2.11; 3']]);
    const report = checkWorkbook(workbook(catalogSheet, responsibility));
    expect(report.catalog.id).toBe('xa-ntm-2026-2030');
    expect(report.catalog.reason).toContain('Danh mục tiêu chí');
    const analysis = analyzeWorkbook(workbook(catalogSheet));
    expect(analysis.catalog.criteria).toHaveLength(10);
    expect(analysis.catalog.criteria[1].indicators.map((i) => i.code)).toContain('2.10');
    expect(analysis.catalog.criteria[0].indicators[0].thresholds).toEqual({ 'nhom-1': '≥ 90%', 'nhom-2': '≥ 80%', 'nhom-3': '≥ 70%' });
    const codes = report.issues.map((i) => `${i.code} ${i.key}`);
    expect(codes).toContain('unknown-criterion 2.11');
    expect(codes).toContain('uncovered-criterion 4');
  });

  it('reports a catalog sheet it cannot read, and falls back to the year', () => {
    const report = checkWorkbook(workbook(sheet('Danh mục tiêu chí', [['Năm 2025'], ['Ghi chú', 'Khác'], ['a', 'b']])));
    expect(report.issues.map((i) => i.code)).toEqual(['invalid-catalog', 'no-table']);
    expect(report.catalog.id).toBe('xa-ntm-2021-2025');
  });
});

describe('the year of a plan comes from its titles', () => {
  it('not from a period written in a table cell, and a merged title counts as one cell', () => {
    const tasks = sheet('NV', [
      ['KẾ HOẠCH NĂM 2019', null, null],
      ['TT', 'Nội dung', 'Thời gian'],
      [1, 'Lập kế hoạch giai đoạn 2021-2025', 'Quý IV'],
    ], { merges: ['A1:C1'] });
    const analysis = analyzeWorkbook(workbook(tasks));
    expect(analysis.catalog.id).toBe('xa-ntm-2016-2020');
    expect(analysis.reason).toMatchObject({ kind: 'year', year: 2019 });
  });
});
