/**
 * Task lists as offices type the appendix (TT | Nội dung công việc | Chỉ đạo | Cơ quan thực hiện |
 * Cơ quan phối hợp | Thời gian): sections as Roman numerals in the TT column or as a title merged
 * across the whole row (as the appendix itself is written), columns in another order, the header typed
 * again for the second printed page, no diacritics, NFD, times in the many ways they are written. The
 * same list gives the same findings in every layout: nothing when it is clean, and one finding at the
 * task's row when a task has no agency to carry it out (26j's probe: a title merged across the row was
 * read as a task without an agency whose time "I. CÔNG TÁC CHỈ ĐẠO" could not be read).
 */
import { analyzeWorkbook } from '../../src/domain/analysis/analyze';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, VARIANTS } from '../helpers/variants';

type Task = { content: string; directing: string; implementing: string | null; coordinating: string; time: string };
const SECTIONS: [string, Task[]][] = [
  ['CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', [
    { content: 'Kiện toàn Ban Chỉ đạo tỉnh', directing: 'BCĐ tỉnh', implementing: 'Sở Nông nghiệp và Môi trường', coordinating: 'Sở Nội vụ', time: 'Quý I/2027' },
    { content: 'Ban hành kế hoạch và phân bổ vốn năm 2027', directing: 'UBND tỉnh', implementing: 'Sở Tài chính', coordinating: 'UBND các xã', time: 'Tháng 3/2027' },
    { content: 'Kiểm tra, đôn đốc các xã đăng ký đạt chuẩn', directing: 'BCĐ tỉnh', implementing: 'Văn phòng Điều phối NTM tỉnh', coordinating: 'Các sở, ngành', time: 'Thường xuyên' },
  ]],
  ['TUYÊN TRUYỀN, TẬP HUẤN', [
    { content: 'Tuyên truyền Bộ tiêu chí 2026 - 2030', directing: 'BCĐ tỉnh', implementing: 'Sở Văn hóa, Thể thao và Du lịch', coordinating: 'Báo và Phát thanh, Truyền hình tỉnh', time: 'Năm 2027' },
    { content: 'Tập huấn cán bộ xã', directing: 'Sở Nông nghiệp và Môi trường', implementing: 'Văn phòng Điều phối NTM tỉnh', coordinating: 'UBND các xã', time: '6 tháng đầu năm 2027' },
  ]],
  ['THÔNG TIN, BÁO CÁO', [
    { content: 'Báo cáo 6 tháng, năm', directing: 'BCĐ tỉnh', implementing: 'Văn phòng Điều phối NTM tỉnh', coordinating: 'Các sở, ngành', time: 'Trước 15/6/2027 và 15/12/2027' },
    { content: 'Tổng kết năm 2027', directing: 'UBND tỉnh', implementing: 'Sở Nông nghiệp và Môi trường', coordinating: 'Các sở, ngành', time: 'Tháng 12/2027' },
  ]],
];
const ROMAN = ['I', 'II', 'III'];
const SPELLINGS_OF_TIME: [string, string][] = [['Quý III/2028', 'no diacritics'], ['Trước 30/6/2026', 'NFD'], ['Năm 2028', 'numbers as text']];
type Key = 'tt' | 'content' | 'directing' | 'implementing' | 'coordinating' | 'time';
const HEAD: Record<Key, string> = { tt: 'TT', content: 'Nội dung công việc', directing: 'Chỉ đạo', implementing: 'Cơ quan thực hiện', coordinating: 'Cơ quan phối hợp', time: 'Thời gian' };
type Layout = { order: Key[]; merged: boolean; repeatAfter?: number };
const LAYOUTS: Record<string, Layout> = {
  'the appendix, sections by Roman numerals': { order: ['tt', 'content', 'directing', 'implementing', 'coordinating', 'time'], merged: false },
  'the appendix, section titles merged across the row': { order: ['tt', 'content', 'directing', 'implementing', 'coordinating', 'time'], merged: true },
  'merged sections and the header typed again for page 2': { order: ['tt', 'content', 'directing', 'implementing', 'coordinating', 'time'], merged: true, repeatAfter: 4 },
  'time before the agencies, no directing column': { order: ['tt', 'content', 'time', 'implementing', 'coordinating'], merged: true },
};

/** The list in a layout; `marked` is the address of each task's content cell, by "section.task". */
function taskList(layout: Layout, change?: (s: number, t: number, task: Task) => Task) {
  const rows: CellValue[][] = [['Phụ lục'], ['NỘI DUNG CÔNG VIỆC, TIẾN ĐỘ THỜI GIAN, TRÁCH NHIỆM THỰC HIỆN NĂM 2027'], []];
  const merges: string[] = [];
  const last = String.fromCharCode(64 + layout.order.length);
  const header = () => rows.push(layout.order.map((k) => HEAD[k]));
  header();
  const cells: Record<string, number> = {};
  let n = 0;
  SECTIONS.forEach(([title, tasks], s) => {
    if (layout.merged) {
      rows.push([`${ROMAN[s]}. ${title}`]);
      merges.push(`A${rows.length}:${last}${rows.length}`);
    } else rows.push([ROMAN[s], title]);
    tasks.forEach((task, t) => {
      const typed = change ? change(s, t, task) : task;
      rows.push(layout.order.map((k) => (k === 'tt' ? t + 1 : typed[k])));
      cells[`${s + 1}.${t + 1}`] = rows.length;
      n++;
      if (layout.repeatAfter === n) { rows.push([]); header(); }
    });
  });
  return { snapshot: sheet('Phụ lục', rows, { merges }), cells, col: (k: Key) => String.fromCharCode(65 + layout.order.indexOf(k)) };
}

describe.each(Object.entries(LAYOUTS))('a task list: %s', (_name, layout) => {
  test.each([['as typed', (s: SheetSnapshot) => s], ...Object.entries(VARIANTS)])('clean, %s: no finding, every task read and no section taken for one', (_v, variant) => {
    const { snapshot } = taskList(layout);
    const book = { name: 'phu-luc.xlsx', sheets: [variant(snapshot)] };
    expect(findingsOf(book)).toEqual([]);
    const view = analyzeWorkbook(book).sheets[0].views[0];
    expect(view.kind).toBe('tasks');
    if (view.kind !== 'tasks') return;
    expect(view.model.rows.filter((r) => r.kind === 'task')).toHaveLength(7);
    expect(view.model.rows.filter((r) => r.kind === 'section')).toHaveLength(3);
  });

  test('task II.2 without an implementing agency: one warning, at its cell', () => {
    const { snapshot, cells, col } = taskList(layout, (s, t, task) => (s === 1 && t === 1 ? { ...task, implementing: null } : task));
    expect(findingsOf({ name: 'phu-luc.xlsx', sheets: [snapshot] })).toEqual([`Phụ lục!${col('implementing')}${cells['2.2']} missing-value warning`]);
  });
});

describe.each(Object.entries(LAYOUTS))('the time of a task against the plan year (2027): %s', (_name, layout) => {
  const timeOf = (s: number, t: number, time: string) => (ss: number, tt: number, task: Task) => (ss === s && tt === t ? { ...task, time } : task);
  test.each([['Quý III/2028'], ['Trước 30/6/2026'], ['Năm 2028'], ['Tháng 3 - 5/2026']])('"%s" for task I.2: one warning, at its time', (time) => {
    const { snapshot, cells, col } = taskList(layout, timeOf(0, 1, time));
    expect(findingsOf({ name: 'phu-luc.xlsx', sheets: [snapshot] })).toEqual([`Phụ lục!${col('time')}${cells['1.2']} timeline-outside-year warning`]);
  });
  test.each(SPELLINGS_OF_TIME)('"%s" for task I.2, %s: the same warning', (time, variant) => {
    const { snapshot, cells, col } = taskList(layout, timeOf(0, 1, time));
    expect(findingsOf({ name: 'phu-luc.xlsx', sheets: [VARIANTS[variant](snapshot)] })).toEqual([`Phụ lục!${col('time')}${cells['1.2']} timeline-outside-year warning`]);
  });
  test.each([['Tháng 12/2026', 0, 0], ['Quý IV/2027 - Quý I/2028', 0, 1], ['Tháng 01/2028', 2, 0], ['Quý I', 0, 1], ['Trước 15/12/2027', 1, 0]])('"%s" (preparing the year, a span into the next, the year\'s report in January, no year) is in time', (time, s, t) => {
    const { snapshot } = taskList(layout, timeOf(s, t, time));
    expect(findingsOf({ name: 'phu-luc.xlsx', sheets: [snapshot] })).toEqual([]);
  });
});

describe('two agencies where one leads (26j probe r04: "Sở Tài chính; Sở Nông nghiệp và Môi trường" under "Cơ quan chủ trì" was not said)', () => {
  const layout: Layout = { order: ['tt', 'content', 'directing', 'implementing', 'coordinating', 'time'], merged: true };
  const two = (s: number, t: number, task: Task) => (s === 0 && t === 1 ? { ...task, implementing: 'Sở Tài chính; Sở Nông nghiệp và Môi trường' } : task);
  const withHead = (head: string) => { const saved = HEAD.implementing; HEAD.implementing = head; try { return taskList(layout, two); } finally { HEAD.implementing = saved; } };
  test.each([['as typed', (s: SheetSnapshot) => s], ...Object.entries(VARIANTS)])('under "Cơ quan chủ trì", %s: one error at the cell, naming both', (_v, variant) => {
    const { snapshot, cells } = withHead('Cơ quan chủ trì');
    expect(findingsOf({ name: 'phu-luc.xlsx', sheets: [variant(snapshot)] })).toEqual([`Phụ lục!D${cells['1.2']} duplicate-lead error`]);
  });
  test.each(['Cơ quan thực hiện', 'Cơ quan chủ trì thực hiện'])('under "%s" several agencies may carry a task out: nothing to say', (head) => {
    expect(findingsOf({ name: 'phu-luc.xlsx', sheets: [withHead(head).snapshot] })).toEqual([]);
  });
});
