import { checkWorkbook } from '../../src/domain/engine';
import { parseThreshold, meetsThreshold } from '../../src/domain/catalog/thresholds';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { analyzeWorkbook } from '../../src/domain/engine';
import { buildTemplate } from '../../src/domain/template/build';
import { BUILTIN_CATALOGS } from '../../src/domain/catalog/builtin';

const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế',
  'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];

/** A 2026–2030 catalog sheet whose criterion 6 has two indicators with thresholds per group (placeholders typed for the test). */
function catalogSheet(groupHeaders = ['Nhóm 1', 'Nhóm 2', 'Nhóm 3']) {
  const rows: CellValue[][] = [['BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030 (ngưỡng nhập thử)'], ['Mã', 'Tên tiêu chí, chỉ tiêu', ...groupHeaders]];
  NAMES.forEach((name, i) => {
    rows.push([i + 1, name]);
    if (i === 5) {
      rows.push(['6.1', 'Tỷ lệ hộ nghèo đa chiều', '≤ 1%', '≤ 3%', 'Dưới 6%']);
      rows.push(['6.2', 'Tỷ lệ người dân tham gia bảo hiểm y tế', '≥ 95%', '≥ 90%', 'Tối thiểu 85%']);
    }
    if (i === 3) rows.push(['4.1', 'Tỷ lệ lao động qua đào tạo', '≥ 80%', '≥ 75%', '≥ 60%']);
  });
  return sheet('Danh mục tiêu chí', rows);
}

type Commune = { name: string; group: CellValue; marks: string[]; poor: CellValue; insured: CellValue; trained: CellValue };

/** An assignment sheet of 2027 with a group column and three indicator columns (two by code, one by name). */
function assignment(communes: Commune[]) {
  return sheet('Giao chỉ tiêu 2027', [
    ['KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    ['TT', 'Tên xã', 'Nhóm xã', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, '6.1', 'Chỉ tiêu 6.2', 'Tỷ lệ lao động qua đào tạo (%)'],
    ...communes.map((c, i) => [i + 1, c.name, c.group, ...c.marks, c.poor, c.insured, c.trained]),
  ]);
}

const allMet = Array.from({ length: 10 }, () => 'Đ');
const clean: Commune[] = [
  { name: 'Xã An Phú', group: 1, marks: allMet, poor: 0.8, insured: 96, trained: 81 },
  { name: 'Xã Bình Minh', group: 'Nhóm 2', marks: allMet, poor: 2.9, insured: 91, trained: 75 },
  { name: 'Xã Cao Sơn', group: 3, marks: [...allMet.slice(0, 5), 'CĐ', ...allMet.slice(6)], poor: 7.5, insured: 88, trained: 61 },
  { name: 'Xã Đồng Tâm', group: 3, marks: allMet, poor: 5.9, insured: 85, trained: 60 },
];

const errorsOf = (rows: Commune[]) => checkWorkbook({ sheets: [catalogSheet(), assignment(rows)] }).issues.filter((i) => i.severity !== 'info');

describe('indicator thresholds per commune group', () => {
  it('reads thresholds as catalogs write them', () => {
    expect(parseThreshold('≥ 40%')).toMatchObject({ kind: 'min', value: 40, strict: false, percent: true });
    expect(parseThreshold('>=2,5')).toMatchObject({ kind: 'min', value: 2.5, strict: false, percent: false });
    expect(parseThreshold('Dưới 3%')).toMatchObject({ kind: 'max', value: 3, strict: true });
    expect(parseThreshold('Tối đa 3%')).toMatchObject({ kind: 'max', value: 3, strict: false });
    expect(parseThreshold('Từ 40% trở lên')).toMatchObject({ kind: 'min', value: 40 });
    expect(parseThreshold('Trên 50%')).toMatchObject({ kind: 'min', value: 50, strict: true });
    expect(parseThreshold('Đạt')).toMatchObject({ kind: 'met' });
    expect(parseThreshold('theo quy định của tỉnh')).toBeNull();
    const atLeast40 = parseThreshold('≥ 40%') as Exclude<ReturnType<typeof parseThreshold>, null | { kind: 'met' }>;
    expect(meetsThreshold({ value: 0.45, decimals: 2, percentForm: 'format' }, atLeast40)).toBe(true);
    expect(meetsThreshold({ value: 0.35, decimals: 2, percentForm: 'none' }, atLeast40)).toBe(false);
    expect(meetsThreshold({ value: 40, decimals: 0, percentForm: 'none' }, atLeast40)).toBe(true);
  });

  it('a clean 2027 sheet with communes in three groups gives no error and no warning', () => {
    expect(errorsOf(clean)).toEqual([]);
  });

  it("a value that misses its own group's threshold on a criterion marked met is an error at the value", () => {
    const rows = clean.map((c) => ({ ...c }));
    rows[1].poor = 3.4; // nhóm 2 needs ≤ 3%; nhóm 3 would accept it
    const issues = errorsOf(rows);
    expect(issues.map((i) => `${i.code} ${i.cell}`)).toEqual(['indicator-below-threshold N4']);
    expect(issues[0].message).toContain('nhóm 2');
    expect(issues[0].message).toContain('≤ 3%');
    expect(issues[0].message).toContain('I4');
  });

  it('the same value in a group whose threshold it meets is no error; a strict bound is strict', () => {
    const rows = clean.map((c) => ({ ...c }));
    rows[3].poor = 6; // nhóm 3: "Dưới 6%"
    expect(errorsOf(rows).map((i) => `${i.code} ${i.cell}`)).toEqual(['indicator-below-threshold N6']);
    rows[3].poor = 3.4;
    expect(errorsOf(rows)).toEqual([]);
  });

  it('an indicator found by its name, and a group outside 1–3 reported once, its thresholds not guessed', () => {
    const rows = clean.map((c) => ({ ...c }));
    rows[0].trained = 79; // nhóm 1 needs ≥ 80%
    rows[2].group = 4;
    rows[2].poor = 50;
    const issues = errorsOf(rows);
    expect(issues.map((i) => `${i.code} ${i.cell}`)).toEqual(['indicator-below-threshold P3', 'invalid-group C5']);
  });

  it('a criterion whose indicators all meet the thresholds but marked "CĐ" is a warning at the mark', () => {
    const rows = clean.map((c) => ({ ...c }));
    rows[2] = { ...rows[2], poor: 4 };
    const issues = errorsOf(rows);
    expect(issues.map((i) => `${i.code} ${i.severity} ${i.cell}`)).toEqual(['indicators-met-marked-not warning I5']);
  });

  it('a rate under 1 in a column of percent units is that many percent, not a fraction: 0,8 meets ≤ 3%', () => {
    // Group 2's poverty rate 0,8 beside 2,9 and 7,5 in the same column: 0,8 %, within ≤ 3 %.
    const rows = clean.map((c, i) => (i === 1 ? { ...c, poor: 0.8 } : c));
    expect(errorsOf(rows)).toEqual([]);
  });

  it('reads "Nhóm I | Nhóm II | Nhóm III" headers of the catalog sheet', () => {
    const rows = clean.map((c) => ({ ...c }));
    rows[1].poor = 3.4;
    const issues = checkWorkbook({ sheets: [catalogSheet(['Nhóm I', 'Nhóm II', 'Nhóm III']), assignment(rows)] }).issues.filter((i) => i.severity === 'error');
    expect(issues.map((i) => `${i.code} ${i.cell}`)).toEqual(['indicator-below-threshold N4']);
  });
});

describe('the "Danh mục tiêu chí" template', () => {
  it('from 2026 lays out the ten criteria with Nhóm 1 | Nhóm 2 | Nhóm 3 and blank rows; what a user types there becomes the set checked', () => {
    const catalog = BUILTIN_CATALOGS.find((c) => c.id === 'xa-ntm-2026-2030')!;
    const template = buildTemplate('plan', { catalog, communes: ['Lê Lai'], year: 2027 });
    const sheetOf = template.sheets.find((s) => s.snapshot.name === 'Danh mục tiêu chí')!;
    expect(sheetOf).toBeDefined();
    const values = sheetOf.snapshot.values;
    expect(values.find((row) => row[0] === 'Mã')).toEqual(['Mã', 'Tên tiêu chí, chỉ tiêu', 'Nhóm 1', 'Nhóm 2', 'Nhóm 3']);
    const six = values.findIndex((row) => row[0] === 6);
    expect(values[six + 1].every((v) => v === null)).toBe(true);
    values[six + 1] = ['6.1', 'Tỷ lệ hộ nghèo đa chiều', '≤ 1%', '≤ 3%', 'Dưới 6%'];
    const analysis = analyzeWorkbook({ sheets: template.sheets.map((s) => s.snapshot) });
    expect(analysis.catalog.id).toBe('xa-ntm-2026-2030');
    expect(analysis.catalog.title).toBe('BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030');
    expect(analysis.catalog.criteria.map((c) => c.name)).toEqual(catalog.criteria.map((c) => c.name));
    expect(analysis.catalog.criteria[5].indicators).toEqual([expect.objectContaining({ code: '6.1', thresholds: { 'nhom-1': '≤ 1%', 'nhom-2': '≤ 3%', 'nhom-3': 'Dưới 6%' } })]);
  });

  it('a 2025 plan keeps its built-in indicators and has no such sheet in its plan template', () => {
    const catalog = BUILTIN_CATALOGS.find((c) => c.id === 'xa-ntm-2021-2025')!;
    expect(buildTemplate('plan', { catalog, communes: ['Lê Lai'], year: 2025 }).sheets.map((s) => s.snapshot.name)).not.toContain('Danh mục tiêu chí');
    const alone = buildTemplate('catalog', { catalog, communes: [], year: 2025 }).sheets[0].snapshot;
    const read = analyzeWorkbook({ sheets: [alone] }).catalog;
    expect(read.criteria.flatMap((c) => c.indicators.map((i) => i.code))).toEqual(catalog.criteria.flatMap((c) => c.indicators.map((i) => i.code)));
  });
});
