import { groupsCommunes, provincePlansCommunes } from '../catalog/calendar';
import { rangeRef } from '../sheet/refs';
import type { CellValue } from '../sheet/snapshot';
import { SheetBuilder } from './grid';
import type { TemplateOptions, TemplateSheet } from './types';

export const ASSIGNMENT_SHEET = 'Giao chỉ tiêu xã';
export const GOALS_TO_2025 = ['Đạt chuẩn NTM', 'NTM nâng cao', 'NTM kiểu mẫu', 'Tăng tiêu chí', 'Duy trì'];
/** From 2026 there is no "nâng cao"/"kiểu mẫu" set; "hiện đại" follows provincial criteria. */
export const GOALS_FROM_2026 = ['Đạt chuẩn NTM', 'Xã NTM hiện đại', 'Tăng tiêu chí', 'Duy trì'];
export const MARKS = ['x', 'KH', 'CBĐ', '-'];
export const COMMUNE_GROUPS = [1, 2, 3];

/** Rows of the assignment template: where the communes start and the columns after the criteria. */
export const ASSIGNMENT_LAYOUT = { headerTop: 3, firstCommune: 5, firstCriterion: 2 } as const;

/** A commune's row as typed: its marks in the set's order, villages (total, met, planned, model), goal, group. */
export type AssignmentRow = {
  name: string;
  marks: readonly CellValue[];
  villages: readonly (number | null)[];
  goal: CellValue;
  group: CellValue;
  /** The former district (a consolidation whose files state one). */
  district?: CellValue;
  /** The communes a merged commune was formed from, as typed ("xã An Lạc, xã Bình Hòa"). */
  former?: CellValue;
  /** The file the row was gathered from (a consolidation). */
  source?: string;
};

export type AssignmentSheetOptions = TemplateOptions & {
  name?: string;
  title?: string;
  /** The line under the set's title. */
  note?: string;
  /** Filled rows instead of blank ones for `communes`. */
  rows?: readonly AssignmentRow[];
  /** A "Tệp nguồn" column naming each row's file. */
  source?: boolean;
  /** A "Huyện (cũ)" column. */
  district?: boolean;
  /** A "Hình thành từ (các xã cũ)" column (default: from 2026, when communes were merged in 2025). */
  former?: boolean;
};

/** Under the 2026–2030 criteria a commune belongs to a group (1, 2, 3) whose thresholds apply to it. */
export const hasCommuneGroups = (options: TemplateOptions) => groupsCommunes(options.catalog) || provincePlansCommunes(options.year);

/**
 * Where the columns after the criteria and villages stand: the commune's group (from 2026), its
 * former district and the source file, each only when the sheet has it.
 *
 * @example
 * assignmentColumns({ catalog, communes: [], year: 2027, source: true }) // { groupCol: 17, sourceCol: 18 }
 */
export function assignmentColumns(options: AssignmentSheetOptions): { groupCol?: number; formerCol?: number; districtCol?: number; sourceCol?: number } {
  const after = ASSIGNMENT_LAYOUT.firstCriterion + options.catalog.criteria.length;
  const groupCol = hasCommuneGroups(options) ? after + 5 : undefined;
  const formerCol = (options.former ?? groupCol !== undefined) ? (groupCol ?? after + 4) + 1 : undefined;
  const districtCol = options.district ? (formerCol ?? groupCol ?? after + 4) + 1 : undefined;
  const sourceCol = options.source ? (districtCol ?? formerCol ?? groupCol ?? after + 4) + 1 : undefined;
  return { groupCol, formerCol, districtCol, sourceCol };
}

/**
 * The per-commune assignment table: one row per commune, one column per criterion of the set (a
 * 10-criterion set gives 10 columns), village counts, the commune's goal, its group (from 2026) and,
 * in a consolidation, the file each row came from.
 */
export function assignmentSheet(options: AssignmentSheetOptions): TemplateSheet {
  const { catalog, year } = options;
  const rows: readonly AssignmentRow[] = options.rows ?? options.communes.map((name) => ({ name, marks: [], villages: [], goal: null, group: null }));
  const n = catalog.criteria.length;
  const { headerTop, firstCommune, firstCriterion } = ASSIGNMENT_LAYOUT;
  const after = firstCriterion + n;
  const { groupCol, formerCol, districtCol, sourceCol } = assignmentColumns(options);
  const lastCol = sourceCol ?? districtCol ?? formerCol ?? groupCol ?? after + 4;
  const last = firstCommune + Math.max(rows.length, 1) - 1;
  const sheet = new SheetBuilder(options.name ?? ASSIGNMENT_SHEET)
    .set(0, 0, options.title ?? `BIỂU GIAO CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM ${year}`)
    .set(1, 0, options.note ?? `Bộ tiêu chí: ${catalog.title}`)
    .set(2, 0, `Ký hiệu: x = đã đạt; KH = phấn đấu đạt năm ${year}; CBĐ = cơ bản đạt; để trống = chưa đạt. Ô nền vàng: nhập; ô nền xanh: công thức tự tính.`)
    .row(headerTop, ['TT', 'Tên xã', 'Các tiêu chí'])
    .row(headerTop, ['Tổng số thôn', 'Số thôn đã đạt chuẩn NTM', 'Số thôn phấn đấu đạt NTM', 'Số thôn phấn đấu NTM kiểu mẫu', `Mục tiêu năm ${year}`], after)
    .row(headerTop + 1, catalog.criteria.map((c) => c.number), firstCriterion)
    .merge(headerTop, firstCriterion, headerTop, after - 1);
  if (groupCol !== undefined) sheet.set(headerTop, groupCol, 'Nhóm xã');
  if (formerCol !== undefined) sheet.set(headerTop, formerCol, 'Hình thành từ (các xã cũ)');
  if (districtCol !== undefined) sheet.set(headerTop, districtCol, 'Huyện (cũ)');
  if (sourceCol !== undefined) sheet.set(headerTop, sourceCol, 'Tệp nguồn');
  const single = [0, 1, after, after + 1, after + 2, after + 3, after + 4, ...[groupCol, formerCol, districtCol, sourceCol].filter((c): c is number => c !== undefined)];
  for (const col of single) sheet.merge(headerTop, col, headerTop + 1, col);
  rows.forEach((commune, i) => {
    const row = firstCommune + i;
    sheet.row(row, [i + 1, commune.name]).row(row, commune.marks, firstCriterion).row(row, commune.villages, after);
    if (commune.goal !== null) sheet.set(row, after + 4, commune.goal);
    if (groupCol !== undefined && commune.group !== null) sheet.set(row, groupCol, commune.group);
    if (formerCol !== undefined && commune.former !== null && commune.former !== undefined) sheet.set(row, formerCol, commune.former);
    if (districtCol !== undefined && commune.district !== null && commune.district !== undefined) sheet.set(row, districtCol, commune.district);
    if (sourceCol !== undefined && commune.source) sheet.set(row, sourceCol, commune.source);
    sheet.reach(row, lastCol);
  });
  return {
    snapshot: sheet.snapshot(),
    inputs: [rangeRef(firstCommune, 1, last, formerCol ?? groupCol ?? after + 4)],
    computed: [],
    validations: [
      { range: rangeRef(firstCommune, firstCriterion, last, after - 1), type: 'list', values: MARKS },
      { range: rangeRef(firstCommune, after, last, after + 3), type: 'whole', min: 0 },
      { range: rangeRef(firstCommune, after + 4, last, after + 4), type: 'list', values: provincePlansCommunes(year) ? GOALS_FROM_2026 : GOALS_TO_2025 },
      ...(groupCol === undefined ? [] : [{ range: rangeRef(firstCommune, groupCol, last, groupCol), type: 'list' as const, values: COMMUNE_GROUPS.map(String) }]),
    ],
    widths: [5, 18, ...Array(n).fill(7.5), 9, 10, 10, 10, 16, ...(groupCol === undefined ? [] : [8]), ...(formerCol === undefined ? [] : [22]), ...(districtCol === undefined ? [] : [14]), ...(sourceCol === undefined ? [] : [24])],
    titleRows: [0],
    headerRows: [headerTop, headerTop + 1],
    freezeRows: headerTop + 2,
    // The village headers wrap over three lines; a commune per row is read across the page.
    headerHeight: 45,
    landscape: true,
  };
}

/** The blank assignment template for the communes given. */
export function assignmentTemplate(options: TemplateOptions): TemplateSheet {
  return assignmentSheet(options);
}
