import { planFill } from '../fill/plan';
import type { CellValue } from '../sheet/snapshot';
import { communeGroupOf } from '../text/communeGroup';
import type { MarkStatus } from '../text/marks';
import { assignmentColumns, assignmentSheet, type AssignmentRow } from '../template/assignment';
import { rollupSheet, ROLLUP_SHEET } from '../template/rollup';
import type { Template } from '../template/types';
import { reportSheet } from './report';
import type { Consolidation } from './types';

/** The sheets a consolidation writes, and the defined names that mark them as the add-in's own. */
export const CONSOLIDATED = {
  table: { definedName: 'NTM_PLAN_TONG_HOP', title: 'Tổng hợp giao chỉ tiêu' },
  groups: { definedName: 'NTM_PLAN_TONG_HOP_NHOM', title: ROLLUP_SHEET },
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
      district: record.district,
      former: record.former.length ? record.former.join(', ') : null,
      source: file,
    };
  });
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
  const hasDistricts = result.communes.some((m) => m.record.district !== null && String(m.record.district).trim() !== '');
  const sheetOptions = {
    ...options,
    name: CONSOLIDATED.table.title,
    title: `BẢNG TỔNG HỢP GIAO CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM ${result.planYear}`,
    note: `Bộ tiêu chí: ${result.catalog.title}. Tổng hợp từ ${result.files.length} tệp của các xã; cột "Tệp nguồn" ghi tệp của từng dòng.`,
    rows: rowsOf(result),
    source: true,
    district: hasDistricts,
    former: result.communes.some((m) => m.record.former.length > 0),
  };
  const table = assignmentSheet(sheetOptions);
  const { groupCol, districtCol } = assignmentColumns(sheetOptions);
  table.inputs = [];
  const catalog = { catalog: result.catalog, reason: { kind: 'option' as const, id: result.catalog.id } };
  const { plan } = planFill({ sheets: [table.snapshot] }, { catalog, blankInputs: 'zero' });
  const sheets = [table];
  const end = plan.columns?.find((c) => c.role === 'commune.end');
  if ((groupCol !== undefined || districtCol !== undefined) && end && result.communes.length) {
    const members = result.communes.map(({ record }) => ({
      group: record.group,
      district: record.district,
      end: result.catalog.criteria.filter((c) => ['met', 'planned'].includes(record.marks.get(c.number)?.status ?? '')).length,
    }));
    sheets.push(rollupSheet({ catalog: result.catalog, planYear: result.planYear, members }, table.snapshot.name, { name: 1, group: groupCol, district: districtCol, end: end.col }));
  }
  sheets.push(reportSheet(result));
  return { sheets, plan };
}
