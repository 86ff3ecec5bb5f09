/**
 * The planning level (province or district) is decided once (analysis/level.ts planningLevel): the
 * appendix's "Chỉ đạo" of the rows it derives from an assignment and the plan text's issuer agree for
 * the same workbook, whichever way the workbook says the level — a title over the assignment, a
 * title on another sheet, or only who directs the tasks. The appendix's year is the one the analysis
 * decided for the table.
 */
import { analyzeWorkbook } from '../../src/domain/engine';
import { buildAppendix } from '../../src/domain/appendix/build';
import { planningLevel } from '../../src/domain/analysis/level';
import { planYearOfView } from '../../src/domain/analysis/planYear';
import { viewsOf } from '../../src/domain/analysis/select';
import { issuerName, planFacts } from '../../src/domain/plantext/planFacts';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';

type Way = 'title over the assignment' | 'title on another sheet' | 'who directs the tasks';
const WAYS: Way[] = ['title over the assignment', 'title on another sheet', 'who directs the tasks'];
const NAMES = { tinh: ['TỈNH', 'tỉnh', 'LẠNG SƠN'], huyen: ['HUYỆN', 'huyện', 'THẠCH AN'] } as const;

function book(level: 'tinh' | 'huyen', way: Way, year = 2025): WorkbookSnapshot {
  const [upper, lower, place] = NAMES[level];
  const assignment: CellValue[][] = [
    [way === 'title over the assignment' ? `UBND ${upper} ${place}` : 'BIỂU GIAO CHỈ TIÊU'],
    [`GIAO CHỈ TIÊU XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NĂM ${year}`],
    ['TT', 'Tên xã', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
    [1, 'Xã An Phú', ...Array.from({ length: 19 }, (_, k) => (k === 1 ? 'KH' : 'x'))],
    [2, 'Xã Bình Minh', ...Array.from({ length: 19 }, (_, k) => (k === 5 ? 'KH' : 'x'))],
  ];
  const tasks: CellValue[][] = [
    [way === 'title on another sheet' ? `KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI ${upper} ${place} NĂM ${year}` : `NHIỆM VỤ NĂM ${year}`],
    ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Thời gian'],
    [1, 'Rà soát, đánh giá thực trạng các tiêu chí', way === 'who directs the tasks' ? `BCĐ ${lower}` : 'Văn phòng điều phối', 'Văn phòng điều phối', 'Quý I'],
    [2, 'Tổng hợp kết quả thực hiện', way === 'who directs the tasks' ? `BCĐ ${lower}` : 'Văn phòng điều phối', 'Văn phòng điều phối', 'Quý IV'],
  ];
  return { name: 'ke-hoach.xlsx', sheets: [sheet('Giao chỉ tiêu', assignment), sheet('Nhiệm vụ', tasks)] };
}

const derived = (b: WorkbookSnapshot) => buildAppendix(analyzeWorkbook(b)).sections.flatMap((s) => s.rows).filter((r) => r.source === 'assignment');

describe.each(['tinh', 'huyen'] as const)('a plan of a %s', (level) => {
  test.each(WAYS)('said by the %s: the appendix and the plan text name the same level', (way) => {
    const b = book(level, way);
    const analysis = analyzeWorkbook(b);
    const facts = planFacts(analysis);
    expect(facts.issuer.level).toBe(level);
    expect(planningLevel(analysis)).toEqual(facts.issuer);
    const rows = derived(b);
    expect(rows.length).toBe(2);
    expect(new Set(rows.map((r) => r.directing))).toEqual(new Set([`BCĐ ${NAMES[level][1]}`]));
    expect(buildAppendix(analysis).subtitle).toContain(`của ${issuerName(facts.issuer)}`);
  });
});

test('no word of the level in a 2027 plan: the province for both (no districts since 7/2025)', () => {
  const b = book('tinh', 'title over the assignment', 2027);
  b.sheets[0] = sheet('Giao chỉ tiêu', b.sheets[0].values.map((row, r) => (r === 0 ? ['BIỂU GIAO CHỈ TIÊU'] : row)));
  const analysis = analyzeWorkbook(b);
  expect(planFacts(analysis).issuer).toEqual({ level: 'tinh', how: 'calendar' });
  expect(new Set(derived(b).map((r) => r.directing))).toEqual(new Set(['BCĐ tỉnh']));
});

test('the appendix\'s year is the one the analysis decided for the assignment table', () => {
  for (const year of [2025, 2027]) {
    const b = book('huyen', 'title over the assignment', year);
    const analysis = analyzeWorkbook(b);
    const decided = planYearOfView(analysis, viewsOf(analysis, 'assignment')[0].view);
    expect(decided).toBe(year);
    const appendix = buildAppendix(analysis);
    expect(new Set(derived(b).map((r) => r.timeline))).toEqual(new Set([`Năm ${decided}`]));
    expect(appendix.sections.find((s) => s.rows.some((r) => r.source === 'assignment'))?.title).toContain(`năm ${decided}`);
  }
});

test('no title names the year: the appendix takes the year the analysis read in a table\'s header, as the plan text does', () => {
  const b = book('huyen', 'title over the assignment');
  b.sheets[0] = sheet('Giao chỉ tiêu', b.sheets[0].values.map((row, r) => (r === 1 ? ['GIAO CHỈ TIÊU XÃ ĐẠT CHUẨN NÔNG THÔN MỚI'] : row)));
  b.sheets[1] = sheet('Chỉ tiêu', [
    ['CHỈ TIÊU THEO TIÊU CHÍ'],
    ['TT', 'Tiêu chí', 'Số xã đạt đến 31/12/2025', 'Kế hoạch năm 2026', 'Lũy kế', 'Tỷ lệ (%)'],
    [1, 'Quy hoạch', 10, 2, 12, 100],
  ]);
  const analysis = analyzeWorkbook(b);
  expect(analysis.planYear).toBe(2026);
  expect(planFacts(analysis).year).toBe(2026);
  expect(new Set(derived(b).map((r) => r.timeline))).toEqual(new Set(['Năm 2026']));
});
