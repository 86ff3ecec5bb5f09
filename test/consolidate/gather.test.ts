import { analyzeWorkbook, localize, runChecks } from '../../src/domain/engine';
import { communeRecords } from '../../src/domain/consolidate/records';
import { consolidate } from '../../src/domain/consolidate/gather';
import type { SourceWorkbook } from '../../src/domain/consolidate/types';
import { communeKey } from '../../src/domain/text/communeName';
import { assignmentSheet } from '../../src/domain/template/assignment';
import { sheet } from '../helpers/sheets';
import { marksFor, SET_2021, SET_2026, type Commune } from './communeFiles';

/** A commune workbook as the engine reads it, from the template's layout. */
function source(file: string, communes: readonly Commune[], options: { year?: number; catalog?: typeof SET_2026 } = {}): SourceWorkbook {
  const catalog = options.catalog ?? SET_2026;
  const table = assignmentSheet({ catalog, year: options.year ?? 2027, communes: [], rows: communes.map((c) => ({ name: c.name, marks: c.marks.map((m) => m || null), villages: c.villages ?? [null, null, null, null], goal: null, group: c.group ?? null })) });
  const analysis = analyzeWorkbook({ name: file, sheets: [table.snapshot] });
  return { file, catalog: analysis.catalog, planYear: analysis.planYear, records: communeRecords(file, analysis), issues: [] };
}

const options = { fallbackYear: 2027, fallbackCatalog: SET_2026 };
const commune = (name: string, seed = name.length): Commune => ({ name, marks: marksFor(seed) });

describe('commune names', () => {
  test.each([
    ['Xã Tân Hoà', 'tân hòa'],
    ['TÂN  HÒA', 'Tân Hòa'.normalize('NFD')],
    ['xã Thuỷ Xuân', 'Thủy Xuân'],
  ])('"%s" and "%s" are the same commune', (a, b) => expect(communeKey(a)).toBe(communeKey(b)));

  test('names that differ by a tone stay different communes', () => {
    expect(communeKey('Tân Hòa')).not.toBe(communeKey('Tân Hóa'));
    expect(communeKey('Đức Long')).not.toBe(communeKey('Đức Lòng'));
  });
});

describe('consolidate', () => {
  test('a file of another plan year than most is kept out, its communes listed, and not counted missing', () => {
    const result = consolidate([
      source('a.xlsx', [commune('Lê Lai')]),
      source('b.xlsx', [commune('Đức Long')]),
      source('c.xlsx', [commune('Tân Hòa')], { year: 2026 }),
    ], { ...options, expected: ['Lê Lai', 'Đức Long', 'Tân Hòa', 'Cao Chương'] });
    expect(result.planYear).toBe(2027);
    expect(result.communes.map((c) => c.name)).toEqual(['Lê Lai', 'Đức Long']);
    expect(result.excluded).toEqual([{ file: 'c.xlsx', reason: { kind: 'year', year: 2026, expected: 2027 }, communes: ['Tân Hòa'] }]);
    expect(result.missing).toEqual(['Cao Chương']);
  });

  test('the set most files use wins: a 19-criterion file among 10-criterion ones is kept out, naming both sets', () => {
    const result = consolidate([
      source('a.xlsx', [commune('Lê Lai')]),
      source('old.xlsx', [{ name: 'Quang Trung', marks: marksFor(3, 19) }], { catalog: SET_2021, year: 2024 }),
      source('b.xlsx', [commune('Đức Long')]),
    ], options);
    expect(result.catalog.id).toBe(SET_2026.id);
    expect(result.excluded[0]).toMatchObject({ file: 'old.xlsx', reason: { kind: 'set', criteria: 19, expectedCriteria: 10 } });
  });

  test('a province template sent back with only the commune\'s own row filled: the blank rows are listed, not gathered', () => {
    const rows = [commune('Lê Lai'), { name: 'Đức Long', marks: [] }, { name: 'Tân Hòa', marks: [] }];
    const result = consolidate([source('le-lai.xlsx', rows)], options);
    expect(result.communes.map((c) => c.name)).toEqual(['Lê Lai']);
    expect(result.blankRows.map((b) => `${b.name} ${b.cell}`)).toEqual(['Đức Long B7', 'Tân Hòa B8']);
  });

  test('a file with every row blank is kept out as not filled in', () => {
    const result = consolidate([source('trong.xlsx', [{ name: 'A', marks: [] }, { name: 'B', marks: [] }]), source('a.xlsx', [commune('Lê Lai')])], options);
    expect(result.excluded).toEqual([{ file: 'trong.xlsx', reason: { kind: 'blank', rows: 2 } }]);
  });

  test('rows of an earlier consolidation are kept unless their file is consolidated again', () => {
    const earlier = source('earlier', [commune('Lê Lai'), commune('Đức Long')]);
    const kept = 'records' in earlier ? earlier.records.map((r, i) => ({ ...r, file: i === 0 ? 'le-lai.xlsx' : 'duc-long.xlsx' })) : [];
    const result = consolidate([source('le-lai.xlsx', [commune('Lê Lai', 99)])], { ...options, kept });
    expect(result.communes.map((c) => `${c.name} ${c.file}`)).toEqual(['Lê Lai le-lai.xlsx', 'Đức Long duc-long.xlsx']);
    expect(result.communes[0].record.marks.get(1)?.value).toBe(marksFor(99)[0] || null);
    expect(result.duplicates).toEqual([]);
    expect(result.files).toEqual([expect.objectContaining({ file: 'le-lai.xlsx' }), expect.objectContaining({ file: 'duc-long.xlsx', kept: true })]);
  });

  test('communes follow the expected list\'s order and spelling; one not on it is named', () => {
    const result = consolidate([source('a.xlsx', [commune('xã đức long'), commune('Lê Lai'), commune('Lê Lọi')])], { ...options, expected: ['Lê Lai', 'Đức Long'] });
    expect(result.communes.map((c) => c.name)).toEqual(['Lê Lai', 'Đức Long', 'Lê Lọi']);
    expect(result.unexpected).toEqual(['Lê Lọi']);
  });

  test('another office\'s layout: headers without diacritics, a column-number row under them, Đ / KH / CĐ', () => {
    const grid = sheet('Dang ky', [
      ['BIEU DANG KY THUC HIEN TIEU CHI NONG THON MOI NAM 2027'],
      ['Ky hieu: Đ - da dat; KH - phan dau dat nam 2027; CĐ - chua dat'],
      ['STT', 'Ten xa', 'Nhom xa', ...Array.from({ length: 10 }, (_, i) => `TC${i + 1}`)],
      ['(1)', '(2)', '(3)', ...Array.from({ length: 10 }, (_, i) => `(${i + 4})`)],
      [1, 'Minh Khai', 1, ...Array.from({ length: 10 }, (_, k) => ['Đ', 'CĐ', 'KH'][k % 3])],
      [2, 'Quang Trung', 2, ...Array.from({ length: 10 }, (_, k) => ['Đ', 'KH', 'CĐ'][k % 3])],
    ]);
    const analysis = analyzeWorkbook({ name: 'x', sheets: [grid] });
    const records = communeRecords('x.xlsx', analysis);
    expect(records.map((r) => `${r.name} ${r.cell} nhóm ${r.group}`)).toEqual(['Minh Khai B5 nhóm 1', 'Quang Trung B6 nhóm 2']);
    expect(records.map((r) => [...r.marks.values()].filter((m) => m.status === 'met').length)).toEqual([4, 4]);
    expect(localize(runChecks(analysis), 'vi').filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a sideways table gives one record per commune column, its marks read with the legend', () => {
    const grid = sheet('Đăng ký', [
      ['Ký hiệu: Đ - đã đạt; KH - phấn đấu đạt năm 2027; CĐ - chưa đạt'],
      ['TT', 'Tiêu chí', 'Xã Lê Lai', 'Xã Đức Long'],
      ...SET_2026.criteria.map((c, k) => [k + 1, `Tiêu chí ${c.number}: ${c.name}`, k < 4 ? 'Đ' : 'CĐ', k === 0 ? 'KH' : 'CĐ']),
    ]);
    const records = communeRecords('x.xlsx', analyzeWorkbook({ name: 'x', sheets: [grid] }, { catalog: { catalog: SET_2026, reason: { kind: 'option', id: SET_2026.id } } }));
    expect(records.map((r) => [r.name, r.cell, [...r.marks.values()].filter((m) => m.status === 'met').length, [...r.marks.values()].filter((m) => m.status === 'planned').length])).toEqual([['Xã Lê Lai', 'C2', 4, 0], ['Xã Đức Long', 'D2', 0, 1]]);
  });
});
