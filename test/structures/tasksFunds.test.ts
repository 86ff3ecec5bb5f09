/**
 * A list of tasks with their money ("TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian thực hiện | Kinh phí (triệu đồng)"), sections I, II carrying their sums and a "Tổng cộng":
 * the tasks view reads it, and its money is checked as any table's (was: read, never checked, exit 0).
 * Clean says nothing; a wrong total or section sum is an error at it; the same in every variant.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const SECTIONS: [string, string, [string, string, string, string, number][]][] = [
  ['I', 'Công tác chỉ đạo, tuyên truyền', [['Kiện toàn Ban Chỉ đạo các cấp', 'Sở Nông nghiệp và Môi trường', 'Sở Nội vụ', 'Quý I/2027', 150], ['Tuyên truyền trên báo, đài', 'Sở Văn hóa, Thể thao và Du lịch', 'Báo, Đài tỉnh', 'Cả năm', 820]]],
  ['II', 'Thực hiện các tiêu chí', [['Rà soát quy hoạch chung xã', 'Sở Xây dựng', 'UBND các xã', 'Quý II/2027', 2400], ['Chuyển đổi số trong nông thôn mới', 'Sở Khoa học và Công nghệ', 'UBND các xã', 'Cả năm', 1650], ['Xử lý chất thải rắn nông thôn', 'Sở Nông nghiệp và Môi trường', 'UBND các xã', 'Cả năm', 3900]]],
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function tasks(change?: { at: 'total' | 0 | 1; by: number }): { book: WorkbookSnapshot; cells: { total: string; sections: string[] } } {
  const rows: CellValue[][] = [['NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'], [], ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Kinh phí\n(triệu đồng)']];
  const sections: string[] = [];
  SECTIONS.forEach(([tt, name, items], s) => {
    rows.push([tt, name, null, null, null, sum(items.map((i) => i[4])) + (change?.at === s ? change.by : 0)]);
    sections.push(`F${rows.length}`);
    items.forEach(([task, lead, partners, time, money], i) => rows.push([i + 1, task, lead, partners, time, money]));
  });
  rows.push([null, 'Tổng cộng', null, null, null, sum(SECTIONS.flatMap((x) => x[2]).map((i) => i[4])) + (change?.at === 'total' ? change.by : 0)]);
  return { book: { name: 'nhiem-vu.xlsx', sheets: [sheet('Nhiem vu 2027', rows)] }, cells: { total: `F${rows.length}`, sections } };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.severity}`);

test('clean: nothing to say', () => {
  expect(notInfo(tasks().book)).toEqual([]);
});

test('the total 500 too many: an error at it', () => {
  const { book, cells } = tasks({ at: 'total', by: 500 });
  expect(notInfo(book)).toEqual([`${cells.total} error`]);
});

test('section II\'s sum 100 short: an error at it', () => {
  const { book, cells } = tasks({ at: 1, by: -100 });
  expect(notInfo(book)).toContain(`${cells.sections[1]} error`);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [tasks(), tasks({ at: 'total', by: 500 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
