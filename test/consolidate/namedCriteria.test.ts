/**
 * An assignment whose criteria are named across the header ("Quy hoạch | Hạ tầng kinh tế - xã hội |
 * …") instead of numbered: the same communes, marks and findings as the numbered layout, in NFC, NFD
 * and without diacritics. 26j's probe c2: such a commune file was read as a table of counts, its marks
 * unread, and the consolidation kept it out ("không có bảng giao chỉ tiêu theo xã nào"). A table of
 * figures with the criteria named across stays a table of figures.
 */
import { analyzeWorkbook, checkWorkbook, localize, runChecks } from '../../src/domain/engine';
import { communeRecords } from '../../src/domain/consolidate/records';
import { consolidate } from '../../src/domain/consolidate/gather';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { SPELLINGS } from '../helpers/variants';
import { SET_2026 } from './communeFiles';

const COMMUNES: { name: string; marks: (string | null)[] }[] = [
  { name: 'Phố Bảng', marks: ['Đ', 'KH', 'Đ', null, 'Đ', 'Đ', 'KH', 'Đ', null, 'Đ'] },
  { name: 'Sủng Là', marks: ['Đ', 'Đ', null, 'KH', 'Đ', null, 'Đ', 'Đ', 'Đ', 'KH'] },
];
const STATUS = { Đ: 'met', KH: 'planned' } as Record<string, string>;

function assignment(header: 'named' | 'numbered', endOf: (i: number, end: number) => number = (_i, end) => end, count = COMMUNES.length): SheetSnapshot {
  const criteria = SET_2026.criteria.map((c) => (header === 'named' ? c.name : c.number));
  const rows: CellValue[][] = [
    ['ĐĂNG KÝ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2027'],
    ['Ký hiệu: Đ - đã đạt; KH - phấn đấu đạt năm 2027; để trống - chưa đạt'],
    [],
    ['STT', 'Xã', ...criteria, 'Số TC đã đạt', 'Số TC cuối năm'],
    ...COMMUNES.slice(0, count).map((c, i): CellValue[] => {
      const met = c.marks.filter((m) => m === 'Đ').length;
      return [i + 1, c.name, ...c.marks, met, endOf(i, met + c.marks.filter((m) => m === 'KH').length)];
    }),
  ];
  return sheet('Giao chi tieu', rows);
}
const issues = (s: SheetSnapshot) => checkWorkbook({ name: 'pho-bang.xlsx', sheets: [s] }, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code}`);

const CASES = SPELLINGS.flatMap(([name, spell]) => [1, 2].map((count) => [name, count, spell] as const));

describe.each(CASES)('criteria named across the header, %s, %i commune(s) (a commune\'s own file has one)', (_s, count, spell) => {
  test('read as an assignment: the same marks as numbered, gathered by the consolidation', () => {
    const book = { name: 'pho-bang.xlsx', sheets: [spell(assignment('named', undefined, count))] };
    const analysis = analyzeWorkbook(book);
    expect(analysis.sheets[0].views.map((v) => v.kind)).toEqual(['assignment']);
    const records = communeRecords('pho-bang.xlsx', analysis);
    const numbered = communeRecords('pho-bang.xlsx', analyzeWorkbook({ name: 'pho-bang.xlsx', sheets: [spell(assignment('numbered', undefined, count))] }));
    const statuses = (r: typeof records) => r.map((c) => SET_2026.criteria.map((k) => c.marks.get(k.number)?.status));
    expect(statuses(records)).toEqual(COMMUNES.slice(0, count).map((c) => c.marks.map((m) => (m ? STATUS[m] : 'not-met'))));
    expect(statuses(records)).toEqual(statuses(numbered));
    const result = consolidate([{ file: 'pho-bang.xlsx', catalog: analysis.catalog, planYear: analysis.planYear, records, issues: localize(runChecks(analysis, {}), 'vi') }], { fallbackYear: 2027, fallbackCatalog: SET_2026, expected: [] });
    expect(result.communes).toHaveLength(count);
    expect(result.excluded).toEqual([]);
  });

  test('clean: nothing to say; a year-end count typed wrong: one error at it, as numbered', () => {
    expect(issues(spell(assignment('named', undefined, count)))).toEqual([]);
    const wrong = (i: number, end: number) => (i === count - 1 ? end + 1 : end);
    expect(issues(spell(assignment('named', wrong, count)))).toEqual(issues(spell(assignment('numbered', wrong, count))));
    expect(issues(spell(assignment('named', wrong, count)))).toEqual([`N${4 + count} total-mismatch`]);
  });
});
