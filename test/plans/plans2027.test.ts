import { READ_CODES, type FindingCode } from '../../src/domain/findings/codes';
/** The findings about the plan, without the infos saying how each sheet was read. */
const findingsOf = <I extends { code: FindingCode }>(report: { issues: I[] }) => report.issues.filter((i) => !READ_CODES.includes(i.code));
/**
 * Plans drafted now, for 2027, under the 2026–2030 criteria: the set chosen from what the table
 * shows, commune groups (nhóm 1, 2, 3), no advanced set in 2026–2030.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet, workbook } from '../helpers/sheets';
import { BUILTIN_CATALOGS } from '../../src/domain/catalog/builtin';
import { buildTemplate } from '../../src/domain/template/build';

const numbered = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
function assignment(title: string | null, criteria: number, extra: { header: string; values: CellValue[] }[] = []) {
  const n = numbered(criteria);
  return sheet('Giao', [
    ...(title ? [[title]] : []),
    ['TT', 'Tên xã', ...extra.map((e) => e.header), 'Các tiêu chí', ...Array(criteria - 1).fill(null)],
    [null, null, ...extra.map(() => null), ...n],
    [1, 'Xã Lê Lợi', ...extra.map((e) => e.values[0]), ...n.map(() => 'x')],
    [2, 'Xã Vân Trình', ...extra.map((e) => e.values[1]), ...n.map((k) => (k < criteria - 2 ? 'x' : 'KH'))],
    [3, 'Xã Đức Long', ...extra.map((e) => e.values[2]), ...n.map((k) => (k % 2 ? 'x' : null))],
  ]);
}
const codes = (report: ReturnType<typeof checkWorkbook>) => report.issues.filter((i) => !READ_CODES.includes(i.code)).map((i) => `${i.cell} ${i.code}`);

describe('the criteria set fits what the table shows', () => {
  test('19 criterion columns and no year: the 19-criterion set, no "not in the set" on columns 11–19', () => {
    const report = checkWorkbook(workbook(assignment(null, 19)));
    expect(report.catalog.id).toBe('xa-ntm-2021-2025');
    expect(report.catalog.reason).toBe('theo 19 cột tiêu chí của trang "Giao"');
    expect(codes(report).filter((c) => c.endsWith('unknown-criterion'))).toEqual([]);
  });

  test('a 2027 title over 19 criterion columns: one finding naming both sets, checked against the one the table shows', () => {
    const report = checkWorkbook(workbook(assignment('BIỂU GIAO CHỈ TIÊU NĂM 2027', 19)));
    expect(report.catalog.id).toBe('xa-ntm-2021-2025');
    expect(codes(report)).toEqual(['C3 set-mismatch']);
    const finding = findingsOf(report)[0];
    expect(finding.severity).toBe('warning');
    // Sets by the names offices use, never their ids.
    expect(finding.message).toContain('19 cột tiêu chí (Bộ tiêu chí xã NTM 2021–2025)');
    expect(finding.message).toContain('năm 2027');
    expect(finding.message).toContain('Bộ tiêu chí xã NTM 2026–2030 có 10 tiêu chí');
    expect(finding.message).not.toMatch(/xa-ntm-/);
  });

  test('a 2027 title over 10 criterion columns: the 2026–2030 set, nothing to say', () => {
    const report = checkWorkbook(workbook(assignment('BIỂU GIAO CHỈ TIÊU NĂM 2027', 10)));
    expect(report.catalog.id).toBe('xa-ntm-2026-2030');
    expect(codes(report)).toEqual([]);
  });

  test('"nâng cao" in a 2027 title: an info finding, checked against the attainment set', () => {
    const report = checkWorkbook(workbook(assignment('KẾ HOẠCH XÂY DỰNG XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2027', 10)));
    expect(report.catalog.id).toBe('xa-ntm-2026-2030');
    expect(report.issues.filter((i) => !READ_CODES.includes(i.code)).map((i) => `${i.code} ${i.severity}`)).toEqual(['no-advanced-set info']);
  });
});

describe('commune groups (nhóm 1, 2, 3)', () => {
  const groups = (values: CellValue[]) => [{ header: 'Nhóm xã', values }];

  test('groups 1, 2, 3 however written are read; a group 4 is an error at its cell', () => {
    expect(codes(checkWorkbook(workbook(assignment('GIAO CHỈ TIÊU NĂM 2027', 10, groups([1, 'Nhóm 2', 'nhóm III'])))))).toEqual([]);
    const report = checkWorkbook(workbook(assignment('GIAO CHỈ TIÊU NĂM 2027', 10, groups([1, 4, 'Nhóm A']))));
    expect(codes(report)).toEqual(['C5 invalid-group', 'C6 invalid-group']);
    expect(findingsOf(report)[0].message).toBe('Xã Vân Trình: nhóm xã "4" không có — bộ tiêu chí 2026–2030 chia xã thành nhóm 1, 2, 3.');
  });

  test('in a roll-up of counts by commune too', () => {
    const counts = sheet('Số tiêu chí', [
      ['SỐ TIÊU CHÍ ĐẠT THEO XÃ NĂM 2027'],
      ['TT', 'Tên xã', 'Nhóm xã', 'Số tiêu chí đạt đến hết năm 2026', 'Số tiêu chí đạt thêm năm 2027', 'Số tiêu chí đạt đến hết năm 2027'],
      [1, 'Lê Lợi', 2, 7, 2, 9], [2, 'Vân Trình', 5, 9, 1, 10], [3, 'Đức Long', 3, 4, 2, 6],
    ]);
    expect(codes(checkWorkbook(workbook(counts)))).toEqual(['C4 invalid-group']);
  });

  test('the fill leaves a "Nhóm xã" column to the person who types it, and counts the bands in a column of its own', () => {
    const input = assignment('GIAO CHỈ TIÊU NĂM 2027', 10, groups([null, null, null]));
    const { plan } = planFill(workbook(input));
    expect(cellWrites(plan).filter((w) => w.col === 2)).toEqual([]);
    expect(cellWrites(plan).some((w) => w.role === 'commune.group')).toBe(true);
  });

  test('before 2026 a "Nhóm" column is the band of criteria met, as it was', () => {
    const report = checkWorkbook(workbook(assignment('GIAO CHỈ TIÊU NĂM 2024', 19, groups(['15-18', '19', '10-14']))));
    expect(codes(report).filter((c) => c.endsWith('invalid-group'))).toEqual([]);
  });
});

describe('templates for the year they plan', () => {
  const catalogOf = (id: string) => BUILTIN_CATALOGS.find((c) => c.id === id)!;
  const texts = (year: number, id: string) => buildTemplate('plan', { catalog: catalogOf(id), communes: ['Lê Lợi', 'Vân Trình'], year }).sheets.flatMap((s) => [
    ...s.snapshot.values.flat().filter((v): v is string => typeof v === 'string'),
    ...s.validations.flatMap((v) => (v.type === 'list' ? v.values ?? [] : [])),
  ]);

  test('2027: no district anywhere, the province\'s departments, no "nâng cao"/"kiểu mẫu" commune set or goal', () => {
    const all = texts(2027, 'xa-ntm-2026-2030');
    expect(all.filter((t) => /huyện/i.test(t))).toEqual([]);
    expect(all).toContain('Sở Nông nghiệp và Môi trường');
    expect(all).toContain('Xã NTM hiện đại');
    expect(all.filter((t) => /^(Xã NTM nâng cao|Xã NTM kiểu mẫu|NTM nâng cao|NTM kiểu mẫu)$/.test(t))).toEqual([]);
  });

  test('2025: the district plan\'s vocabulary, as before', () => {
    const all = texts(2025, 'xa-ntm-2021-2025');
    expect(all).toContain('Phòng Nông nghiệp và PTNT');
    expect(all).toContain('NTM nâng cao');
  });
});
