/**
 * A matrix of tasks, not criteria (Nhiệm vụ down, agencies across, CT / PH or C / P between, sections
 * I, II as rows): each task has exactly one lead, said with the task's own words. 26j's probe: the
 * tasks numbered 1 … 8 were taken for criteria 1 … 8 ("Tiêu chí số 5 chưa có cơ quan chủ trì") and
 * criteria 9 and 10 were reported as uncovered by a table that is not about criteria.
 */
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { checkWorkbook } from '../../src/domain/engine';
import { sheet } from '../helpers/sheets';
import { findingsOf, SPELLINGS } from '../helpers/variants';

const AG = ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Tài chính', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ'];
type Task = { name: string; lead: number[]; partners: number[] };
const SECTIONS: [string, Task[]][] = [
  ['CHỈ ĐẠO, ĐIỀU HÀNH', [
    { name: 'Ban hành kế hoạch năm 2027', lead: [0], partners: [2, 5] }, { name: 'Phân bổ vốn thực hiện Chương trình', lead: [2], partners: [0] },
    { name: 'Kiểm tra, giám sát thực hiện Chương trình', lead: [0], partners: [2, 5] }, { name: 'Kiện toàn bộ máy giúp việc Ban Chỉ đạo', lead: [5], partners: [0] },
  ]],
  ['HƯỚNG DẪN THỰC HIỆN TIÊU CHÍ', [
    { name: 'Hướng dẫn tiêu chí hạ tầng kinh tế - xã hội', lead: [1], partners: [0, 2] }, { name: 'Hướng dẫn tiêu chí văn hóa', lead: [3], partners: [5] },
    { name: 'Hướng dẫn tiêu chí khoa học công nghệ, chuyển đổi số', lead: [4], partners: [0] }, { name: 'Thẩm định hồ sơ xét công nhận', lead: [0], partners: [1, 2, 3, 4, 5] },
  ]],
];
type Style = { lead: string; partner: string; legend?: string; group?: string; merged: boolean };
const STYLES: Record<string, Style> = {
  'CT/PH with a legend, sections merged across': { lead: 'CT', partner: 'PH', legend: 'Ghi chú: CT - Chủ trì; PH - Phối hợp', merged: true },
  'C/P under a group header, sections in the TT column': { lead: 'C', partner: 'P', group: 'Cơ quan chủ trì (C), phối hợp (P)', merged: false },
};

/** The matrix; `rowOf[i]` the row of the i-th task (1-based, numbered through the sections as typed). */
function matrix(style: Style, change: (n: number, t: Task) => Task = (_n, t) => t) {
  const last = String.fromCharCode(66 + AG.length);
  const rows: CellValue[][] = [['PHÂN CÔNG THỰC HIỆN NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'], [style.legend ?? null]];
  const merges: string[] = [];
  if (style.group) {
    rows.push(['TT', 'Nhiệm vụ', style.group], [null, null, ...AG]);
    merges.push(`A3:A4`, `B3:B4`, `C3:${last}3`);
  } else rows.push(['TT', 'Nhiệm vụ', ...AG]);
  const rowOf: Record<number, number> = {};
  let n = 0;
  SECTIONS.forEach(([title, tasks], s) => {
    rows.push([['I', 'II'][s], title]);
    if (style.merged) merges.push(`B${rows.length}:${last}${rows.length}`);
    for (const task of tasks) {
      n++;
      const t = change(n, task);
      rows.push([n, t.name, ...AG.map((_, j) => (t.lead.includes(j) ? style.lead : t.partners.includes(j) ? style.partner : null))]);
      rowOf[n] = rows.length;
    }
  });
  return { snapshot: sheet('Ma tran nhiem vu', rows, { merges }), rowOf };
}

describe.each(Object.entries(STYLES))('a matrix of tasks, %s', (_name, style) => {
  test.each(SPELLINGS)('one lead each, %s: nothing to say (no criterion is missing from a table of tasks)', (_s, variant) => {
    expect(findingsOf({ name: 'pc.xlsx', sheets: [variant(matrix(style).snapshot)] })).toEqual([]);
  });

  test.each(SPELLINGS)('task 5 with partners only and task 7 with two leads, %s: one finding each, at its row', (_s, variant) => {
    const { snapshot, rowOf } = matrix(style, (n, t) => (n === 5 ? { ...t, lead: [], partners: [1, 0, 2] } : n === 7 ? { ...t, lead: [0, 4] } : t));
    expect(findingsOf({ name: 'pc.xlsx', sheets: [variant(snapshot)] })).toEqual([`Ma tran nhiem vu!B${rowOf[5]} missing-lead warning`, `Ma tran nhiem vu!G${rowOf[7]} duplicate-lead error`]);
  });

  test('the finding names the task by its words, not as a criterion', () => {
    const { snapshot } = matrix(style, (n, t) => (n === 5 ? { ...t, lead: [], partners: [1] } : t));
    const message = checkWorkbook({ name: 'pc.xlsx', sheets: [snapshot] }, {}, 'vi').issues.find((i) => i.code === 'missing-lead')!.message;
    expect(message).toContain('Hướng dẫn tiêu chí hạ tầng kinh tế - xã hội');
    expect(message).not.toMatch(/tiêu chí số 5/i);
  });
});
