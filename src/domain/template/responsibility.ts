import { provincePlansCommunes } from '../catalog/calendar';
import { rangeRef } from '../sheet/refs';
import { SheetBuilder } from './grid';
import { listSource } from './lists';
import type { TemplateOptions, TemplateSheet } from './types';

export const RESPONSIBILITY_SHEET = 'Phân công phụ trách';

/** Departments that guided and verified criteria up to 2025 (the Thạch An plan's list, district level). */
export const DEPARTMENTS_TO_2025 = [
  'Phòng Nông nghiệp và PTNT', 'Phòng Tài chính - Kế hoạch', 'Phòng Lao động - Thương binh và Xã hội', 'Phòng Kinh tế và Hạ tầng',
  'Phòng Tài nguyên và Môi trường', 'Phòng Văn hóa - Thông tin', 'Văn phòng HĐND và UBND huyện', 'Phòng Giáo dục và Đào tạo',
  'Phòng Nội vụ', 'Phòng Tư pháp', 'Công an huyện', 'Ban Chỉ huy Quân sự huyện',
];

/** From 2026 the province's departments guide and verify the communes' criteria. */
export const DEPARTMENTS_FROM_2026 = [
  'Sở Nông nghiệp và Môi trường', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Sở Y tế',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Tư pháp', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh',
];

/** The department ↔ criteria template: one row per department, its set and the codes it leads ("3; 13.2; 17.10"). */
export function responsibilityTemplate(options: TemplateOptions): TemplateSheet {
  const header = 3;
  const sheet = new SheetBuilder(RESPONSIBILITY_SHEET)
    .set(0, 0, `PHÂN CÔNG PHỤ TRÁCH HƯỚNG DẪN, THẨM TRA TIÊU CHÍ NĂM ${options.year}`)
    .set(1, 0, `Bộ tiêu chí: ${options.catalog.title}. Ghi mã tiêu chí (3) hoặc chỉ tiêu (13.2), cách nhau bởi dấu ";".`)
    .row(header, ['TT', 'Cơ quan phụ trách', 'Bộ tiêu chí', 'Tiêu chí, chỉ tiêu phụ trách']);
  const DEPARTMENTS = provincePlansCommunes(options.year) ? DEPARTMENTS_FROM_2026 : DEPARTMENTS_TO_2025;
  DEPARTMENTS.forEach((name, i) => sheet.row(header + 1 + i, [i + 1, name, 'Xã NTM']).reach(header + 1 + i, 3));
  const last = header + DEPARTMENTS.length;
  return {
    snapshot: sheet.snapshot(),
    inputs: [rangeRef(header + 1, 1, last, 3)],
    computed: [],
    validations: [{ range: rangeRef(header + 1, 2, last, 2), type: 'list', source: listSource('Bộ tiêu chí', options.year) }],
    widths: [5, 40, 18, 48],
    // Wider than A4 portrait: printed landscape, one page wide.
    landscape: true,
    titleRows: [0],
    headerRows: [header],
    freezeRows: header + 1,
  };
}
