import { rangeRef } from '../fill/refs';
import { SheetBuilder } from './grid';
import type { TemplateOptions, TemplateSheet } from './types';

export const ASSIGNMENT_SHEET = 'Giao chỉ tiêu xã';
export const GOALS_TO_2025 = ['Đạt chuẩn NTM', 'NTM nâng cao', 'NTM kiểu mẫu', 'Tăng tiêu chí', 'Duy trì'];
/** From 2026 there is no "nâng cao"/"kiểu mẫu" set; "hiện đại" follows provincial criteria. */
export const GOALS_FROM_2026 = ['Đạt chuẩn NTM', 'Xã NTM hiện đại', 'Tăng tiêu chí', 'Duy trì'];
export const MARKS = ['x', 'KH', '-'];

/** Rows of the assignment template: where the communes start and the columns after the criteria. */
export const ASSIGNMENT_LAYOUT = { headerTop: 3, firstCommune: 5, firstCriterion: 2 } as const;

/**
 * The per-commune assignment template: one row per commune, one column per criterion of the
 * set (a 10-criterion set gives 10 columns), village counts and the commune's goal.
 */
export function assignmentTemplate(options: TemplateOptions): TemplateSheet {
  const { catalog, communes, year } = options;
  const n = catalog.criteria.length;
  const { headerTop, firstCommune, firstCriterion } = ASSIGNMENT_LAYOUT;
  const after = firstCriterion + n;
  const last = firstCommune + communes.length - 1;
  const sheet = new SheetBuilder(ASSIGNMENT_SHEET)
    .set(0, 0, `BIỂU GIAO CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM ${year}`)
    .set(1, 0, `Bộ tiêu chí: ${catalog.title}`)
    .set(2, 0, `Ký hiệu: x = đã đạt; KH = phấn đấu đạt năm ${year}; để trống = chưa đạt. Ô nền vàng: nhập; ô nền xanh: công thức tự tính.`)
    .row(headerTop, ['TT', 'Tên xã', 'Các tiêu chí'])
    .row(headerTop, ['Tổng số thôn', 'Số thôn đã đạt chuẩn NTM', 'Số thôn phấn đấu đạt NTM', 'Số thôn phấn đấu NTM kiểu mẫu', `Mục tiêu năm ${year}`], after)
    .row(headerTop + 1, catalog.criteria.map((c) => c.number), firstCriterion)
    .merge(headerTop, firstCriterion, headerTop, after - 1);
  for (const col of [0, 1, after, after + 1, after + 2, after + 3, after + 4]) sheet.merge(headerTop, col, headerTop + 1, col);
  communes.forEach((name, i) => sheet.row(firstCommune + i, [i + 1, name]).reach(firstCommune + i, after + 4));
  return {
    snapshot: sheet.snapshot(),
    inputs: [rangeRef(firstCommune, 1, last, after + 4)],
    computed: [],
    validations: [
      { range: rangeRef(firstCommune, firstCriterion, last, after - 1), type: 'list', values: MARKS },
      { range: rangeRef(firstCommune, after, last, after + 3), type: 'whole', min: 0 },
      { range: rangeRef(firstCommune, after + 4, last, after + 4), type: 'list', values: year >= 2026 ? GOALS_FROM_2026 : GOALS_TO_2025 },
    ],
    widths: [5, 18, ...Array(n).fill(6.5), 9, 10, 10, 10, 16],
    titleRows: [0],
    headerRows: [headerTop, headerTop + 1],
    freezeRows: headerTop + 2,
  };
}
