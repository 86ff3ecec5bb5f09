import { groupsCommunes } from '../catalog/calendar';
import { rangeRef } from '../sheet/refs';
import { CATALOG_SHEET_NAME } from '../catalog/fromSheet';
import type { CellValue } from '../sheet/snapshot';
import { SheetBuilder } from './grid';
import type { TemplateOptions, TemplateSheet } from './types';

/** Blank indicator rows left under each criterion of a set whose indicators the user supplies. */
const BLANK_INDICATOR_ROWS = 5;

/**
 * The "Danh mục tiêu chí" sheet: the set's criteria, their indicators and, where the set has groups
 * of communes (2026–2030), a threshold per group. For a set whose indicators are not built in, blank
 * rows under each criterion for the user to type them (code "6.1", name, "≥ 90%" | "≤ 3%" | "Đạt").
 * The engine reads the sheet back as the workbook's criteria set.
 */
export function catalogTemplate(options: TemplateOptions): TemplateSheet {
  const { catalog } = options;
  const grouped = groupsCommunes(catalog);
  const header = 4;
  const [note, more] = grouped
    ? ['Ghi mỗi chỉ tiêu một dòng dưới tiêu chí của nó: mã (6.1), tên và ngưỡng của từng nhóm xã', 'theo Phụ lục I QĐ 51/2025/QĐ-TTg ("≥ 90%", "≤ 3%", "Đạt"); chỉ tiêu có ngưỡng được kiểm tra với từng xã.']
    : [`Theo ${catalog.decision || 'quyết định ban hành bộ tiêu chí'}.`, 'Sửa hoặc thêm dòng nếu địa phương áp dụng khác.'];
  const sheet = new SheetBuilder(CATALOG_SHEET_NAME)
    .set(0, 0, `${catalog.title.toUpperCase()}`.replace(/(\d{4})\s*[-–]\s*(\d{4})/, '$1-$2'))
    .set(1, 0, note)
    .set(2, 0, more)
    .row(header, ['Mã', 'Tên tiêu chí, chỉ tiêu', ...(grouped ? ['Nhóm 1', 'Nhóm 2', 'Nhóm 3'] : [])]);
  const width = grouped ? 5 : 2;
  let row = header + 1;
  const criterionRows: number[] = [];
  for (const criterion of catalog.criteria) {
    criterionRows.push(row);
    sheet.row(row++, [criterion.number, criterion.name]).reach(row - 1, width - 1);
    for (const indicator of criterion.indicators) {
      const thresholds: CellValue[] = grouped ? [1, 2, 3].map((g) => indicator.thresholds?.[`nhom-${g}`] ?? null) : [];
      sheet.row(row++, [indicator.code, indicator.name, ...thresholds]).reach(row - 1, width - 1);
    }
    if (criterion.indicators.length === 0 && !catalog.indicatorsComplete) for (let i = 0; i < BLANK_INDICATOR_ROWS; i++) sheet.reach(row++, width - 1);
  }
  const last = row - 1;
  return {
    snapshot: sheet.snapshot(),
    inputs: [rangeRef(header + 1, 0, last, width - 1)],
    computed: [],
    validations: [],
    widths: [8, 56, ...(grouped ? [14, 14, 14] : [])],
    titleRows: [0],
    headerRows: [header],
    freezeRows: header + 1,
    sectionRows: criterionRows,
    // Code, name and three thresholds on one page width.
    landscape: true,
  };
}
