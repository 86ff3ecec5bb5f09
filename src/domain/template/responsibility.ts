import { rangeRef } from '../fill/refs';
import { SheetBuilder } from './grid';
import { listSource } from './lists';
import type { TemplateOptions, TemplateSheet } from './types';

export const RESPONSIBILITY_SHEET = 'Phân công phụ trách';

/** Departments that guide and verify criteria (the Thạch An plan's list). */
export const DEPARTMENTS = [
  'Phòng Nông nghiệp và PTNT', 'Phòng Tài chính - Kế hoạch', 'Phòng Lao động - Thương binh và Xã hội', 'Phòng Kinh tế và Hạ tầng',
  'Phòng Tài nguyên và Môi trường', 'Phòng Văn hóa - Thông tin', 'Văn phòng HĐND và UBND huyện', 'Phòng Giáo dục và Đào tạo',
  'Phòng Nội vụ', 'Phòng Tư pháp', 'Công an huyện', 'Ban Chỉ huy Quân sự huyện',
];

/** The department ↔ criteria template: one row per department, its set and the codes it leads ("3; 13.2; 17.10"). */
export function responsibilityTemplate(options: TemplateOptions): TemplateSheet {
  const header = 3;
  const sheet = new SheetBuilder(RESPONSIBILITY_SHEET)
    .set(0, 0, `PHÂN CÔNG PHỤ TRÁCH HƯỚNG DẪN, THẨM TRA TIÊU CHÍ NĂM ${options.year}`)
    .set(1, 0, `Bộ tiêu chí: ${options.catalog.title}. Ghi mã tiêu chí (3) hoặc chỉ tiêu (13.2), cách nhau bởi dấu ";".`)
    .row(header, ['TT', 'Cơ quan phụ trách', 'Bộ tiêu chí', 'Tiêu chí, chỉ tiêu phụ trách']);
  DEPARTMENTS.forEach((name, i) => sheet.row(header + 1 + i, [i + 1, name, 'Xã NTM']).reach(header + 1 + i, 3));
  const last = header + DEPARTMENTS.length;
  return {
    snapshot: sheet.snapshot(),
    inputs: [rangeRef(header + 1, 1, last, 3)],
    computed: [],
    validations: [{ range: rangeRef(header + 1, 2, last, 2), type: 'list', source: listSource('Bộ tiêu chí') }],
    widths: [5, 40, 18, 48],
    titleRows: [0],
    headerRows: [header],
    freezeRows: header + 1,
  };
}
