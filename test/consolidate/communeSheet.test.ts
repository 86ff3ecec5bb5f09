/**
 * A commune's own sheet (criteria down, its state in one column and the plan year's in another,
 * lines counting them under) sent to the province is read as that commune's row of the assignment:
 * named from its title, sheet or file, each criterion's state from its mark, counted as the
 * assignment counts. A sheet that names no commune is listed, never dropped; a blank assessment
 * keeps the table whole and is said.
 */
import { analyzeWorkbook, checkWorkbook, localize, runChecks } from '../../src/domain/engine';
import { communeRecords, unnamedCommuneSheets } from '../../src/domain/consolidate/records';
import { consolidate } from '../../src/domain/consolidate/gather';
import { consolidatedTemplate } from '../../src/domain/consolidate/sheets';
import type { SourceWorkbook } from '../../src/domain/consolidate/types';
import { cellWrites } from '../../src/domain/fill/cells';
import { planFill } from '../../src/domain/fill/plan';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import type { MarkStatus } from '../../src/domain/text/marks';
import { assignmentSheet } from '../../src/domain/template/assignment';
import { communeKey, communeNameIn } from '../../src/domain/text/communeName';
import { sheet } from '../helpers/sheets';
import { marksFor, SET_2026, type Commune } from './communeFiles';

const NOW = ['Đạt', 'Đạt', 'Chưa đạt', 'Cơ bản đạt', 'Đạt', 'Chưa đạt', 'Chưa đạt', 'Đạt', 'Đạt', 'Chưa đạt'];
const PLAN = ['Duy trì', 'Duy trì', 'Chưa đạt', 'Chưa đạt', 'Duy trì', 'Phấn đấu đạt', 'Chưa đạt', 'Duy trì', 'Duy trì', 'Phấn đấu đạt'];
/** What each criterion is, from the two columns as a reader of the sheet sees them. */
const EXPECTED: MarkStatus[] = NOW.map((now, k) => (now === 'Đạt' ? 'met' : PLAN[k] === 'Phấn đấu đạt' ? 'planned' : now === 'Cơ bản đạt' ? 'basic' : 'not-met'));
const count = (status: MarkStatus) => EXPECTED.filter((s) => s === status).length;

type Layout = 'plain' | 'no-diacritics' | 'nfd' | 'numbers-as-text';
const LAYOUTS: Layout[] = ['plain', 'no-diacritics', 'nfd', 'numbers-as-text'];

/** Vietnamese without its marks, case kept ("Tân Lập" → "Tan Lap"). */
const unmarked = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

function spell(rows: CellValue[][], layout: Layout): CellValue[][] {
  return rows.map((row) => row.map((value) => {
    if (typeof value === 'string') return layout === 'no-diacritics' ? unmarked(value) : layout === 'nfd' ? value.normalize('NFD') : value;
    if (typeof value === 'number' && layout === 'numbers-as-text') return String(value);
    return value;
  }));
}

type SheetOptions = { title?: string; name?: string; now?: (string | null)[]; counts?: (number | null)[]; layout?: Layout };

/** The commune's own sheet as its office types it. */
function communeSheet(options: SheetOptions = {}): SheetSnapshot {
  const now = options.now ?? NOW;
  const counts = options.counts ?? [count('met'), count('planned'), count('met') + count('planned')];
  const rows: CellValue[][] = [
    [options.title ?? 'UBND XÃ TÂN LẬP', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    ['TT', 'Tên tiêu chí', 'Kết quả đánh giá đến 31/12/2026', 'Kế hoạch năm 2027', 'Bộ phận phụ trách'],
    ...SET_2026.criteria.map((c, k): CellValue[] => [k + 1, `Tiêu chí số ${c.number} - ${c.name}`, now[k], PLAN[k], 'Công chức Văn hóa - Xã hội']),
    [],
    ['Số tiêu chí đã đạt đến 31/12/2026:', null, counts[0]],
    ['Số tiêu chí phấn đấu đạt năm 2027:', null, counts[1]],
    ['Dự kiến đến 31/12/2027 đạt:', null, counts[2], 'tiêu chí'],
  ];
  const layout = options.layout ?? 'plain';
  const name = options.name ?? 'Xã Tân Lập';
  return sheet(layout === 'no-diacritics' ? unmarked(name) : layout === 'nfd' ? name.normalize('NFD') : name, spell(rows, layout));
}

/** A workbook as a consolidation reads it (as hosts/xlsx/consolidation.ts does from bytes). */
function source(file: string, sheets: SheetSnapshot[]): Extract<SourceWorkbook, { records: unknown }> {
  const analysis = analyzeWorkbook({ name: file, sheets });
  const unnamed = unnamedCommuneSheets(analysis);
  return { file, catalog: analysis.catalog, planYear: analysis.planYear, records: communeRecords(file, analysis), issues: localize(runChecks(analysis, {}), 'vi'), ...(unnamed.length ? { unnamed } : {}) };
}

function assignmentFile(file: string, communes: readonly Commune[]) {
  const table = assignmentSheet({ catalog: SET_2026, year: 2027, communes: [], rows: communes.map((c) => ({ name: c.name, marks: c.marks.map((m) => m || null), villages: [null, null, null, null], goal: null, group: null })) });
  return source(file, [table.snapshot]);
}

const options = { fallbackYear: 2027, fallbackCatalog: SET_2026 };
const LIST = ['Lê Lai', 'Đức Long', 'Tân Lập', 'Hồng Việt'];
const province = (own: SourceWorkbook) => consolidate([
  assignmentFile('le-lai.xlsx', [{ name: 'Lê Lai', marks: marksFor(1) }]),
  own,
  assignmentFile('duc-long-hong-viet.xlsx', [{ name: 'Đức Long', marks: marksFor(2) }, { name: 'Hồng Việt', marks: marksFor(4) }]),
], { ...options, expected: LIST });

/** The consolidated row of a commune: its marks by criterion, and the counts the province table computes for it. */
function rowOf(result: ReturnType<typeof consolidate>, name: string) {
  const gathered = result.communes.find((c) => c.name === name);
  if (!gathered) return undefined;
  const statuses = SET_2026.criteria.map((c) => gathered.record.marks.get(c.number)?.status);
  const template = consolidatedTemplate(result);
  const table = template.sheets[0].snapshot;
  const r = table.values.findIndex((row) => row[1] === name) + table.origin.row;
  const writes = new Map(cellWrites(template.plan).map((w) => [w.cell, w.value]));
  const counts = Object.fromEntries((template.plan.columns ?? []).filter((c) => c.role.startsWith('commune.')).map((c) => [c.role, writes.get(a1(r, c.col))]));
  return { statuses, counts, file: gathered.file, sheet: gathered.sheet };
}

describe('a commune\'s own sheet in a consolidation', () => {
  test('three files, two assignment tables and one commune\'s own sheet: that commune gets its row with its counts', () => {
    const result = province(source('tan-lap.xlsx', [communeSheet()]));
    expect(result.communes.map((c) => c.name)).toEqual(LIST);
    expect(result.missing).toEqual([]);
    expect(result.excluded).toEqual([]);
    const row = rowOf(result, 'Tân Lập')!;
    expect(row.statuses).toEqual(EXPECTED);
    expect(row).toMatchObject({ file: 'tan-lap.xlsx', sheet: 'Xã Tân Lập' });
    // As the assignment counts a row: met now, planned this year, and their sum at the year's end.
    expect(row.counts['commune.baseline']).toBe(count('met'));
    expect(row.counts['commune.planned']).toBe(count('planned'));
    expect(row.counts['commune.end']).toBe(count('met') + count('planned'));
    expect(result.issues.filter((i) => i.file === 'tan-lap.xlsx')).toEqual([]);
  });

  test.each(LAYOUTS.filter((l) => l !== 'plain'))('typed %s: the same row', (layout) => {
    const plain = rowOf(province(source('tan-lap.xlsx', [communeSheet()])), 'Tân Lập');
    const result = province(source('tan-lap.xlsx', [communeSheet({ layout })]));
    expect(result.communes.map((c) => c.name)).toEqual(LIST);
    expect(result.unexpected).toEqual([]);
    const row = rowOf(result, 'Tân Lập')!;
    expect(row.statuses).toEqual(plain!.statuses);
    expect(row.counts).toEqual(plain!.counts);
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  test.each([
    ['a title naming the commune in running words', { title: 'Biểu tự đánh giá kết quả thực hiện tiêu chí xã Tân Lập năm 2026', name: 'Biểu 01' }, 'A1'],
    ['the sheet\'s name', { title: 'KẾT QUẢ THỰC HIỆN', name: 'Xã Tân Lập' }, undefined],
  ])('named by %s', (_, named, cell) => {
    const result = province(source('bieu.xlsx', [communeSheet(named)]));
    expect(result.communes.map((c) => c.name)).toContain('Tân Lập');
    const analysis = analyzeWorkbook({ name: 'bieu.xlsx', sheets: [communeSheet(named)] });
    const view = analysis.sheets[0].views[0];
    expect(view.model.kind === 'table' && view.model.tables[0].commune?.cell).toBe(cell);
  });

  test('named by the header of its column of marks', () => {
    const rows: CellValue[][] = [
      ['ĐĂNG KÝ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI NĂM 2027'],
      ['TT', 'Tiêu chí', 'Xã Tân Lập'],
      ...SET_2026.criteria.map((c, k): CellValue[] => [k + 1, c.name, NOW[k]]),
    ];
    const own = source('bieu.xlsx', [sheet('Biểu 01', rows)]);
    expect(own.records.map((r) => [r.name, r.cell])).toEqual([['Tân Lập', 'C2']]);
    expect(own.records[0].marks.get(4)?.status).toBe('basic');
  });

  test('a workbook of two communes\' own sheets gives two rows, each named by its sheet', () => {
    const own = source('hai-xa.xlsx', [communeSheet({ title: 'KẾT QUẢ THỰC HIỆN', name: 'Xã Tân Lập' }), communeSheet({ title: 'KẾT QUẢ THỰC HIỆN', name: 'Xã Lê Lai', now: NOW.map(() => 'Đạt') })]);
    expect(own.records.map((r) => [r.name, r.sheet, [...r.marks.values()].filter((m) => m.status === 'met').length])).toEqual([['Tân Lập', 'Xã Tân Lập', count('met')], ['Lê Lai', 'Xã Lê Lai', 10]]);
  });

  test('named by the file\'s name when nothing on the sheet names it', () => {
    const result = province(source('xa-tan-lap.xlsx', [communeSheet({ title: 'KẾT QUẢ THỰC HIỆN', name: 'Sheet1' })]));
    expect(result.communes.map((c) => c.name)).toEqual(LIST);
    expect(result.excluded).toEqual([]);
  });

  test('a sheet that names no commune: a finding naming its range, and the file listed as kept out, not dropped silently', () => {
    const own = source('bieu.xlsx', [communeSheet({ title: 'KẾT QUẢ THỰC HIỆN TIÊU CHÍ XÃ NÔNG THÔN MỚI', name: 'Sheet1' })]);
    expect(own.issues.filter((i) => i.code === 'commune-unnamed')).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Sheet1', cell: 'A3', key: 'A3:E17' })]);
    const result = province(own);
    expect(result.communes.map((c) => c.name)).toEqual(['Lê Lai', 'Đức Long', 'Hồng Việt']);
    expect(result.missing).toEqual(['Tân Lập']);
    expect(result.excluded).toEqual([{ file: 'bieu.xlsx', reason: { kind: 'unnamed', sheet: 'Sheet1', range: 'A3:E17' } }]);
  });

  test('the check of the commune\'s own file says the same', () => {
    const report = checkWorkbook({ name: 'bieu.xlsx', sheets: [communeSheet({ title: 'KẾT QUẢ THỰC HIỆN', name: 'Sheet1' })] }, {}, 'vi');
    expect(report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code} ${i.cell}`)).toEqual(['commune-unnamed A3']);
  });
});

describe('a blank in a commune\'s own sheet', () => {
  test('a blank assessment in the middle keeps the table whole: said at its cell, not assessed in the consolidation', () => {
    const now = NOW.map((m, k) => (k === 4 ? null : m));
    const counts = [count('met') - 1, count('planned'), count('met') - 1 + count('planned')];
    const sheets = [communeSheet({ now, counts })];
    const report = checkWorkbook({ name: 'tan-lap.xlsx', sheets }, {}, 'vi');
    // The table still runs to its last counting line: the lines are checked, and right.
    expect(report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code} ${i.cell}`)).toEqual(['status-blank C8']);
    const analysis = analyzeWorkbook({ name: 'tan-lap.xlsx', sheets });
    expect(analysis.sheets[0].views.map((v) => v.table.body.bottom)).toEqual([16]);
    const result = province(source('tan-lap.xlsx', sheets));
    const row = rowOf(result, 'Tân Lập')!;
    expect(row.statuses).toEqual(EXPECTED.map((s, k) => (k === 4 ? 'invalid' : s)));
    expect(row.counts['commune.baseline']).toBe(count('met') - 1);
  });

  test('counting lines typed but left blank stay in the table, and are filled with the counts of the marks', () => {
    const sheets = [communeSheet({ counts: [null, null, null] })];
    const analysis = analyzeWorkbook({ name: 'tan-lap.xlsx', sheets });
    expect(analysis.sheets[0].views.map((v) => [v.kind, v.table.body.bottom])).toEqual([['table', 16]]);
    const report = checkWorkbook({ name: 'tan-lap.xlsx', sheets }, {}, 'vi');
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const writes = new Map(cellWrites(planFill({ name: 'tan-lap.xlsx', sheets }, {}).plan).map((w) => [w.cell, w.value]));
    expect([writes.get('C15'), writes.get('C16'), writes.get('C17')]).toEqual([count('met'), count('planned'), count('met') + count('planned')]);
  });

  test('one assessment column with a wholly blank line between criteria, and no counting lines: still one table of ten criteria', () => {
    const rows: CellValue[][] = [
      ['BIỂU ĐĂNG KÝ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI XÃ TÂN LẬP NĂM 2027'],
      ['Tiêu chí', 'Kết quả tự đánh giá'],
      ...SET_2026.criteria.flatMap((c, k): CellValue[][] => [[`Tiêu chí số ${c.number}: ${c.name}`, NOW[k]], ...(k === 4 ? [[]] : [])]),
    ];
    const sheets = [sheet('Biểu 01', rows)];
    const analysis = analyzeWorkbook({ name: 'bieu.xlsx', sheets });
    expect(analysis.sheets[0].views.map((v) => v.table.rows.length)).toEqual([10]);
    const result = province(source('bieu.xlsx', sheets));
    expect(rowOf(result, 'Tân Lập')!.statuses).toEqual(NOW.map((m) => (m === 'Đạt' ? 'met' : m === 'Cơ bản đạt' ? 'basic' : 'not-met')));
  });
});

describe('the commune a title or a name names', () => {
  test.each([
    ['UBND XÃ TÂN LẬP', false, 'Tân Lập'],
    ['Ủy ban nhân dân xã Tân Hòa, huyện Thạch An', false, 'Tân Hòa'],
    ['BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN TIÊU CHÍ XÃ NÔNG THÔN MỚI XÃ TÂN HÒA NĂM 2026', false, 'Tân Hòa'],
    ['Biểu tự đánh giá kết quả thực hiện tiêu chí xã Tân Hòa năm 2026'.normalize('NFD'), false, 'Tân Hòa'],
    ['UBND XA TAN HOA', false, 'Tan Hoa'],
    ['Kế hoạch của xã Nam Hòa', false, 'Nam Hòa'],
    ['Phường Hòa Bình (sau sắp xếp)', false, 'Hòa Bình'],
    ['xa-tan-hoa.xlsx', true, 'Tan Hoa'],
    ['Xã Tân Lập', true, 'Tân Lập'],
  ])('"%s" (a name: %s) names %s', (text, loose, name) => {
    expect(communeNameIn(text, loose)).toBe(name);
    expect(communeKey(communeNameIn(text, loose)!)).toBe(communeKey(name));
  });

  test.each([
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', false],
    ['KẾ HOẠCH XÂY DỰNG XÃ NÔNG THÔN MỚI NĂM 2027', false],
    ['Hạ tầng kinh tế - xã hội', false],
    ['Số xã đạt chuẩn nông thôn mới', false],
    ['Sheet1', true],
    ['KH 2027.xlsx', true],
  ])('"%s" (a name: %s) names no commune', (text, loose) => expect(communeNameIn(text, loose)).toBeUndefined());
});

describe('a commune\'s own column of marks whose legend says what a blank is (26j probe: "để trống = chưa đạt" read as unassessed)', () => {
  const MARKS: (string | null)[] = ['x', 'KH', 'x', null, 'x', 'x', 'x', null, null, 'KH'];
  const WANT: MarkStatus[] = MARKS.map((m) => (m === 'x' ? 'met' : m === 'KH' ? 'planned' : 'not-met'));
  function ownColumn(layout: Layout, legend: string | null): SheetSnapshot {
    const rows: CellValue[][] = [
      ['BIỂU ĐĂNG KÝ CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027 - XÃ VÂN TRÌNH'],
      [legend],
      [],
      ['TT', 'Tiêu chí', 'Xã Vân Trình'],
      ...SET_2026.criteria.map((c, k): CellValue[] => [k + 1, c.name, MARKS[k]]),
    ];
    return sheet('Giao chi tieu', spell(rows, layout));
  }
  const LEGENDS = ['Ký hiệu: x = đã đạt; KH = phấn đấu đạt năm 2027; để trống = chưa đạt', 'Ghi chú: x - đạt; KH - phấn đấu đạt năm 2027; ô trống: chưa đạt'];

  test.each(LAYOUTS.flatMap((layout) => LEGENDS.map((legend) => [layout, legend] as const)))('%s, "%s": no blank is said, and each blank is not met in the consolidation', (layout, legend) => {
    const sheets = [ownColumn(layout, legend)];
    const report = checkWorkbook({ name: 'van-trinh.xlsx', sheets }, {}, 'vi');
    expect(report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code} ${i.cell}`)).toEqual([]);
    const result = consolidate([source('van-trinh.xlsx', sheets)], { ...options, expected: ['Vân Trình'] });
    const gathered = result.communes.find((c) => communeKey(c.name) === communeKey('Vân Trình'))!;
    expect(SET_2026.criteria.map((c) => gathered.record.marks.get(c.number)?.status)).toEqual(WANT);
  });

  test('without the legend line a blank is still unassessed, and said', () => {
    const report = checkWorkbook({ name: 'van-trinh.xlsx', sheets: [ownColumn('plain', null)] }, {}, 'vi');
    expect(report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code} ${i.cell}`)).toEqual(['status-blank C8', 'status-blank C12', 'status-blank C13']);
  });
});
