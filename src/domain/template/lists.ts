import { provincePlansCommunes } from '../catalog/calendar';
import { rangeRef, sheetRef } from '../sheet/refs';
import { SheetBuilder } from './grid';
import type { TemplateSheet } from './types';

export const LISTS_SHEET = 'Danh sách chọn';

/** Agencies as plans up to 2025 write them in the appendix (abbreviated, as the plans do; districts existed). */
export const AGENCIES_TO_2025 = [
  'BCĐ tỉnh', 'BCĐ huyện', 'BCĐ xã', 'UBND tỉnh', 'UBND huyện', 'UBND các xã', 'VPĐP NTM tỉnh', 'VPĐP NTM huyện',
  'Sở NN&PTNT', 'Sở KH&ĐT', 'Sở Tài chính', 'Sở Xây dựng', 'Sở TN&MT', 'Sở VH-TT&DL', 'Sở LĐ-TB&XH', 'Sở GD&ĐT', 'Sở Y tế', 'Sở TT&TT', 'Sở Công Thương', 'Sở Nội vụ', 'Sở Tư pháp',
  'Phòng Nông nghiệp và PTNT', 'Phòng Tài chính - Kế hoạch', 'Phòng Lao động - Thương binh và Xã hội', 'Phòng Kinh tế và Hạ tầng',
  'Phòng Tài nguyên và Môi trường', 'Phòng Văn hóa - Thông tin', 'Văn phòng HĐND và UBND huyện', 'Phòng Giáo dục và Đào tạo',
  'Phòng Nội vụ', 'Phòng Tư pháp', 'Công an huyện', 'Ban Chỉ huy Quân sự huyện', 'Ủy ban MTTQ', 'Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Đoàn Thanh niên', 'Chi cục Thống kê',
  'Các đơn vị có liên quan',
];
export const TIMELINES = ['Thường xuyên', 'Hàng quý', 'Hàng tháng', 'Định kỳ và đột xuất', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Quý I, II', 'Quý III, IV', 'Theo kế hoạch đã được phê duyệt'];
export const SETS_TO_2025 = ['Xã NTM', 'Xã NTM nâng cao', 'Xã NTM kiểu mẫu', 'Thôn NTM', 'Thôn NTM kiểu mẫu'];

/**
 * From 2026: two levels of government (no district since 7/2025), the province's merged departments,
 * and one commune set (no "nâng cao"/"kiểu mẫu"; "hiện đại" under provincial criteria; village sets provincial).
 */
export const AGENCIES_FROM_2026 = [
  'BCĐ tỉnh', 'UBND tỉnh', 'UBND các xã', 'VPĐP NTM tỉnh',
  'Sở Nông nghiệp và Môi trường', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Sở Y tế',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Tư pháp', 'Sở Dân tộc và Tôn giáo', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh',
  'Ngân hàng Chính sách xã hội tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Hội Nông dân tỉnh', 'Tỉnh đoàn', 'Thống kê tỉnh',
  'Các đơn vị có liên quan',
];
export const SETS_FROM_2026 = ['Xã NTM', 'Xã NTM hiện đại', 'Thôn NTM'];

type ListTitle = 'Cơ quan' | 'Thời gian' | 'Bộ tiêu chí';

function columnsFor(year: number): readonly (readonly [ListTitle, readonly string[]])[] {
  return provincePlansCommunes(year)
    ? [['Cơ quan', AGENCIES_FROM_2026], ['Thời gian', TIMELINES], ['Bộ tiêu chí', SETS_FROM_2026]]
    : [['Cơ quan', AGENCIES_TO_2025], ['Thời gian', TIMELINES], ['Bộ tiêu chí', SETS_TO_2025]];
}

/** The sheet of drop-down lists the other sheets validate against, for the plan's year. */
export function listsTemplate(year: number): TemplateSheet {
  const COLUMNS = columnsFor(year);
  const sheet = new SheetBuilder(LISTS_SHEET).set(0, 0, 'DANH SÁCH CHỌN (sửa, thêm dòng nếu cần)');
  COLUMNS.forEach(([title, values], col) => {
    sheet.set(1, col, title);
    values.forEach((value, i) => sheet.set(2 + i, col, value));
  });
  return { snapshot: sheet.snapshot(), inputs: COLUMNS.map(([, values], col) => rangeRef(2, col, 1 + values.length, col)), computed: [], validations: [], widths: [36, 30, 20], titleRows: [0], headerRows: [1], freezeRows: 2 };
}

/** The absolute range of one list, for a validation's source. */
export function listSource(title: ListTitle, year: number): string {
  const COLUMNS = columnsFor(year);
  const col = COLUMNS.findIndex(([t]) => t === title);
  return `${sheetRef(LISTS_SHEET)}!${rangeRef(2, col, 1 + COLUMNS[col][1].length, col, true)}`;
}
