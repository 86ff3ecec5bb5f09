import { planFill } from '../fill/plan';
import { rangeRef, ref, sheetRef } from '../fill/refs';
import type { CellValue } from '../sheet/snapshot';
import { communeGroupOf } from '../text/communeGroup';
import type { MarkStatus } from '../text/marks';
import { assignmentSheet, ASSIGNMENT_LAYOUT, hasCommuneGroups, type AssignmentRow } from '../template/assignment';
import { SheetBuilder } from '../template/grid';
import type { Template, TemplateSheet } from '../template/types';
import { reportSheet } from './report';
import type { Consolidation } from './types';

/** The sheets a consolidation writes, and the defined names that mark them as the add-in's own. */
export const CONSOLIDATED = {
  table: { definedName: 'NTM_PLAN_TONG_HOP', title: 'Tổng hợp giao chỉ tiêu' },
  groups: { definedName: 'NTM_PLAN_TONG_HOP_NHOM', title: 'Tổng hợp theo nhóm xã' },
  report: { definedName: 'NTM_PLAN_BAO_CAO_TONG_HOP', title: 'Báo cáo tổng hợp' },
} as const;

const SPELLING: Partial<Record<MarkStatus, string>> = { met: 'x', planned: 'KH', basic: 'CBĐ' };

/** A mark in the table's spelling; an unreadable one is left blank (the report lists it). */
export function markOf(status: MarkStatus): CellValue {
  return SPELLING[status] ?? null;
}

function rowsOf(result: Consolidation): AssignmentRow[] {
  return result.communes.map(({ record, file, name }) => {
    const group = communeGroupOf(record.group);
    return {
      name,
      marks: result.catalog.criteria.map((c) => markOf(record.marks.get(c.number)?.status ?? 'not-met')),
      villages: record.villages,
      goal: record.goal,
      group: typeof group === 'number' ? group : record.group,
      source: file,
    };
  });
}

/** Per commune group: communes, average criteria at year end, communes meeting all criteria, and their share. */
function groupsSheet(result: Consolidation, table: string, cols: { name: number; group: number; end: number }): TemplateSheet {
  const { firstCommune } = ASSIGNMENT_LAYOUT;
  const last = firstCommune + Math.max(result.communes.length, 1) - 1;
  const range = (col: number) => `${sheetRef(table)}!${rangeRef(firstCommune, col, last, col, true)}`;
  const [names, groups, ends] = [range(cols.name), range(cols.group), range(cols.end)];
  const n = result.catalog.criteria.length;
  const endOf = (g: Consolidation['communes'][number]) => result.catalog.criteria.filter((c) => ['met', 'planned'].includes(g.record.marks.get(c.number)?.status ?? '')).length;
  const byGroup = (k: number | null) => result.communes.filter((g) => {
    const group = communeGroupOf(g.record.group);
    return k === null ? typeof group !== 'number' : group === k;
  });
  const top = 3;
  const sheet = new SheetBuilder(CONSOLIDATED.groups.title)
    .set(0, 0, `TỔNG HỢP KẾT QUẢ VÀ KẾ HOẠCH NĂM ${result.planYear} THEO NHÓM XÃ`)
    .set(1, 0, `Bộ tiêu chí: ${result.catalog.title}. Số liệu là công thức trên trang "${table}".`)
    .row(top, ['TT', 'Nhóm xã', 'Số xã', 'Bình quân số tiêu chí đạt/xã cuối năm', `Số xã đạt đủ ${n} tiêu chí cuối năm`, 'Tỷ lệ (%)']);
  const rows: { label: string; tt: CellValue; members: Consolidation['communes'] }[] = [
    ...[1, 2, 3].map((k) => ({ label: `Nhóm ${k}`, tt: k, members: byGroup(k) })),
    { label: 'Chưa xếp nhóm', tt: 4, members: byGroup(null) },
  ];
  rows.forEach(({ label, tt, members }, i) => {
    const row = top + 1 + i;
    const count = members.length;
    const full = members.filter((g) => endOf(g) >= n).length;
    const sum = members.reduce((t, g) => t + endOf(g), 0);
    const [c, e] = [ref(row, 2), ref(row, 4)];
    const countFormula = i < 3 ? `=COUNTIF(${groups},${tt})` : `=COUNTA(${names})-${ref(top + 1, 2)}-${ref(top + 2, 2)}-${ref(top + 3, 2)}`;
    const fullFormula = i < 3 ? `=COUNTIFS(${groups},${tt},${ends},">=${n}")` : `=COUNTIF(${ends},">=${n}")-${ref(top + 1, 4)}-${ref(top + 2, 4)}-${ref(top + 3, 4)}`;
    const sumFormula = i < 3 ? `SUMIF(${groups},${tt},${ends})` : `(SUM(${ends})-SUMIF(${groups},1,${ends})-SUMIF(${groups},2,${ends})-SUMIF(${groups},3,${ends}))`;
    sheet.row(row, [tt, label])
      .set(row, 2, count, countFormula)
      .set(row, 3, count ? sum / count : 0, `=IF(${c}=0,0,${sumFormula}/${c})`)
      .set(row, 4, full, fullFormula)
      .set(row, 5, count ? full / count : 0, `=IF(${c}=0,0,${e}/${c})`);
  });
  const total = top + 1 + rows.length;
  const all = result.communes;
  const allFull = all.filter((g) => endOf(g) >= n).length;
  sheet.set(total, 1, 'Tổng cộng')
    .set(total, 2, all.length, `=SUM(${rangeRef(top + 1, 2, total - 1, 2)})`)
    .set(total, 3, all.length ? all.reduce((t, g) => t + endOf(g), 0) / all.length : 0, `=IF(${ref(total, 2)}=0,0,SUM(${ends})/${ref(total, 2)})`)
    .set(total, 4, allFull, `=SUM(${rangeRef(top + 1, 4, total - 1, 4)})`)
    .set(total, 5, all.length ? allFull / all.length : 0, `=IF(${ref(total, 2)}=0,0,${ref(total, 4)}/${ref(total, 2)})`);
  const snapshot = sheet.snapshot();
  snapshot.numberFormats = snapshot.values.map((values, r) => values.map((_, c) => (r > top && c === 3 ? '0.0' : r > top && c === 5 ? '0.0%' : null)));
  return {
    snapshot,
    inputs: [],
    computed: [rangeRef(top + 1, 2, total, 5)],
    validations: [],
    widths: [5, 18, 10, 16, 16, 10],
    titleRows: [0],
    headerRows: [top],
    headerHeight: 48,
    freezeRows: top + 1,
    landscape: true,
  };
}

/**
 * The province's sheets from a consolidation: the gathered communes in the layout of the
 * assignment template with a "Tệp nguồn" column, its totals, shares, distribution and average as
 * the fill's live formulas; the roll-up by commune group (2026 onwards); and the report.
 *
 * @example
 * const template = consolidatedTemplate(consolidate(sources, options));
 * template.sheets.map((s) => s.snapshot.name) // ['Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']
 */
export function consolidatedTemplate(result: Consolidation): Template {
  const options = { catalog: result.catalog, communes: [], year: result.planYear };
  const table = assignmentSheet({
    ...options,
    name: CONSOLIDATED.table.title,
    title: `BẢNG TỔNG HỢP GIAO CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM ${result.planYear}`,
    note: `Bộ tiêu chí: ${result.catalog.title}. Tổng hợp từ ${result.files.length} tệp của các xã; cột "Tệp nguồn" ghi tệp của từng dòng.`,
    rows: rowsOf(result),
    source: true,
  });
  table.inputs = [];
  table.landscape = true;
  table.headerHeight = 30;
  table.widths = table.widths.map((w) => (w === 6.5 ? 7.5 : w));
  const catalog = { catalog: result.catalog, reason: { kind: 'option' as const, id: result.catalog.id } };
  const { plan } = planFill({ sheets: [table.snapshot] }, { catalog, blankInputs: 'zero' });
  const sheets = [table];
  const end = plan.columns?.find((c) => c.role === 'commune.end');
  if (hasCommuneGroups(options) && end && result.communes.length) {
    const after = ASSIGNMENT_LAYOUT.firstCriterion + result.catalog.criteria.length;
    sheets.push(groupsSheet(result, table.snapshot.name, { name: 1, group: after + 5, end: end.col }));
  }
  sheets.push(reportSheet(result));
  return { sheets, plan };
}
