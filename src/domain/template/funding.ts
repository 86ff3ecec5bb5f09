import { rangeRef } from '../sheet/refs';
import { SheetBuilder } from './grid';
import type { TemplateOptions, TemplateSheet } from './types';

export const FUNDING_SHEET = 'Nguồn vốn';

/** Sources of funds as the plans list them: [TT, label, is an input]. */
export const FUNDING_ITEMS: readonly [string, string, boolean][] = [
  ['1', 'Vốn ngân sách nhà nước', false],
  ['-', 'Ngân sách trung ương', true],
  ['-', 'Ngân sách tỉnh', true],
  ['-', 'Ngân sách cấp xã', true],
  ['2', 'Vốn lồng ghép từ các chương trình, dự án khác', true],
  ['3', 'Vốn tín dụng', true],
  ['4', 'Vốn huy động từ doanh nghiệp, HTX và các tổ chức kinh tế', true],
  ['5', 'Huy động đóng góp của cộng đồng dân cư', true],
  ['6', 'Huy động khác', true],
];

/** The funding template: items and sub-items, their shares, the total (all formulas but the amounts). */
export function fundingTemplate(options: TemplateOptions): TemplateSheet {
  const header = 3;
  const sheet = new SheetBuilder(FUNDING_SHEET)
    .set(0, 0, `NGUỒN VỐN THỰC HIỆN CHƯƠNG TRÌNH XÂY DỰNG NÔNG THÔN MỚI NĂM ${options.year}`)
    .set(1, 0, 'Đơn vị tính: triệu đồng')
    .row(header, ['TT', 'Nguồn vốn', 'Kinh phí (triệu đồng)', 'Tỷ lệ (%)', 'Ghi chú']);
  FUNDING_ITEMS.forEach(([tt, label], i) => sheet.row(header + 1 + i, [tt, label]).reach(header + 1 + i, 4));
  const total = header + 1 + FUNDING_ITEMS.length;
  sheet.set(total, 1, 'Tổng cộng');
  const inputs = FUNDING_ITEMS.flatMap(([, , input], i) => (input ? [rangeRef(header + 1 + i, 2, header + 1 + i, 2)] : []));
  return {
    snapshot: sheet.snapshot(),
    inputs: [...inputs, rangeRef(header + 1, 4, total, 4)],
    computed: [],
    validations: inputs.map((range) => ({ range, type: 'decimal' as const, min: 0 })),
    widths: [5, 52, 16, 10, 24],
    // Wider than A4 portrait: printed landscape, one page wide.
    landscape: true,
    titleRows: [0],
    headerRows: [header],
    freezeRows: header + 1,
  };
}
