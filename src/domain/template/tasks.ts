import { rangeRef } from '../sheet/refs';
import { roman } from '../appendix/roman';
import { SheetBuilder } from './grid';
import { listSource } from './lists';
import type { TemplateOptions, TemplateSheet } from './types';

export const TASKS_SHEET = 'Nhiệm vụ';

/** The usual sections of the appendix (the Lạng Sơn 2019 and 2021 plans). */
export const USUAL_SECTIONS = [
  'Kiện toàn bộ máy', 'Công tác lập kế hoạch và phân bổ vốn', 'Công tác kiểm tra, đôn đốc thực hiện chương trình',
  'Công tác tuyên truyền và đào tạo, tập huấn', 'Công tác lập quy hoạch, đề án', 'Đầu tư xây dựng cơ sở hạ tầng',
  'Hỗ trợ phát triển sản xuất và đổi mới các hình thức tổ chức sản xuất', 'Xây dựng mô hình nông thôn mới nâng cao, kiểu mẫu',
  'Văn hóa, xã hội, môi trường', 'Xây dựng hệ thống chính trị', 'Họp Ban Chỉ đạo, hội nghị sơ kết, tổng kết', 'Chế độ thông tin, báo cáo',
];
const ROWS_PER_SECTION = 2;

/** The task list template: the usual sections, empty task rows under each, drop-downs for agencies and timelines. */
export function tasksTemplate(options: TemplateOptions): TemplateSheet {
  const header = 2;
  const sheet = new SheetBuilder(TASKS_SHEET)
    .set(0, 0, `NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH XÂY DỰNG NÔNG THÔN MỚI NĂM ${options.year}`)
    .row(header, ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian']);
  let row = header + 1;
  const taskRanges: [number, number][] = [];
  USUAL_SECTIONS.forEach((title, i) => {
    sheet.row(row++, [roman(i + 1), title]);
    taskRanges.push([row, row + ROWS_PER_SECTION - 1]);
    for (let k = 1; k <= ROWS_PER_SECTION; k++) sheet.row(row++, [k]).reach(row - 1, 5);
  });
  const cols = (from: number, to: number) => taskRanges.map(([top, bottom]) => rangeRef(top, from, bottom, to));
  return {
    snapshot: sheet.snapshot(),
    inputs: cols(1, 5),
    computed: [],
    validations: [
      ...cols(2, 4).map((range) => ({ range, type: 'list' as const, source: listSource('Cơ quan', options.year) })),
      ...cols(5, 5).map((range) => ({ range, type: 'list' as const, source: listSource('Thời gian', options.year) })),
    ],
    widths: [5, 52, 18, 26, 26, 16],
    // Wider than A4 portrait: printed landscape, one page wide.
    landscape: true,
    titleRows: [0],
    headerRows: [header],
    freezeRows: header + 1,
  };
}
