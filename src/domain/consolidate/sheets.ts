import { planFill } from '../fill/plan';
import { rangeRef, ref, sheetRef } from '../fill/refs';
import type { CellValue } from '../sheet/snapshot';
import { communeGroupOf } from '../text/communeGroup';
import type { MarkStatus } from '../text/marks';
import { assignmentColumns, assignmentSheet, ASSIGNMENT_LAYOUT, type AssignmentRow } from '../template/assignment';
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
      district: record.district,
      former: record.former.length ? record.former.join(', ') : null,
      source: file,
    };
  });
}

type Member = Consolidation['communes'][number];
/** A line of a roll-up: its label, the criterion COUNTIF matches in the key column, its communes. */
type Line = { label: string; criterion: string; members: Member[] };

/**
 * One roll-up block from `top`: a header, a line per key (commune group, former district) and a
 * line for communes without one, then the total; each line counts communes, averages criteria at
 * year end, counts communes meeting every criterion and their share, all formulas over the table.
 */
function rollupBlock(sheet: SheetBuilder, top: number, heading: string, lines: Line[], rest: { label: string; members: Member[] }, refs: { names: string; keys: string; ends: string }, endOf: (m: Member) => number, n: number): { top: number; bottom: number } {
  sheet.row(top, ['TT', heading, 'Số xã', 'Bình quân số tiêu chí đạt/xã cuối năm', `Số xã đạt đủ ${n} tiêu chí cuối năm`, 'Tỷ lệ (%)']);
  const { names, keys, ends } = refs;
  const first = top + 1;
  const restRow = first + lines.length;
  const others = (col: number) => lines.map((_, i) => `-${ref(first + i, col)}`).join('');
  const fill = (row: number, tt: CellValue, label: string, members: Member[], formulas: { count: string; sum: string; full: string }) => {
    const count = members.length;
    const full = members.filter((m) => endOf(m) >= n).length;
    const sum = members.reduce((t, m) => t + endOf(m), 0);
    const c = ref(row, 2);
    sheet.row(row, [tt, label])
      .set(row, 2, count, formulas.count)
      .set(row, 3, count ? sum / count : 0, `=IF(${c}=0,0,${formulas.sum}/${c})`)
      .set(row, 4, full, formulas.full)
      .set(row, 5, count ? full / count : 0, `=IF(${c}=0,0,${ref(row, 4)}/${c})`);
  };
  lines.forEach((line, i) => fill(first + i, i + 1, line.label, line.members, {
    count: `=COUNTIF(${keys},${line.criterion})`,
    sum: `SUMIF(${keys},${line.criterion},${ends})`,
    full: `=COUNTIFS(${keys},${line.criterion},${ends},">=${n}")`,
  }));
  fill(restRow, lines.length + 1, rest.label, rest.members, {
    count: `=COUNTA(${names})${others(2)}`,
    sum: `(SUM(${ends})${lines.map((l) => `-SUMIF(${keys},${l.criterion},${ends})`).join('')})`,
    full: `=COUNTIF(${ends},">=${n}")${others(4)}`,
  });
  const total = restRow + 1;
  const all = [...lines.flatMap((l) => l.members), ...rest.members];
  const allFull = all.filter((m) => endOf(m) >= n).length;
  sheet.set(total, 1, 'Tổng cộng')
    .set(total, 2, all.length, `=SUM(${rangeRef(first, 2, restRow, 2)})`)
    .set(total, 3, all.length ? all.reduce((t, m) => t + endOf(m), 0) / all.length : 0, `=IF(${ref(total, 2)}=0,0,SUM(${ends})/${ref(total, 2)})`)
    .set(total, 4, allFull, `=SUM(${rangeRef(first, 4, restRow, 4)})`)
    .set(total, 5, all.length ? allFull / all.length : 0, `=IF(${ref(total, 2)}=0,0,${ref(total, 4)}/${ref(total, 2)})`);
  return { top, bottom: total };
}

const text = (value: CellValue) => (value === null || value === undefined ? '' : String(value).normalize('NFC').trim());
const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** The roll-ups: by commune group (2026 onwards) and by former district (when the files state one). */
function rollupSheet(result: Consolidation, table: string, cols: { name: number; group?: number; district?: number; end: number }): TemplateSheet {
  const { firstCommune } = ASSIGNMENT_LAYOUT;
  const last = firstCommune + Math.max(result.communes.length, 1) - 1;
  const range = (col: number) => `${sheetRef(table)}!${rangeRef(firstCommune, col, last, col, true)}`;
  const n = result.catalog.criteria.length;
  const endOf = (m: Member) => result.catalog.criteria.filter((c) => ['met', 'planned'].includes(m.record.marks.get(c.number)?.status ?? '')).length;
  const sheet = new SheetBuilder(CONSOLIDATED.groups.title)
    .set(0, 0, `TỔNG HỢP KẾT QUẢ VÀ KẾ HOẠCH NĂM ${result.planYear} THEO ${cols.group !== undefined ? 'NHÓM XÃ' : 'HUYỆN (CŨ)'}`)
    .set(1, 0, `Bộ tiêu chí: ${result.catalog.title}. Số liệu là công thức trên trang "${table}".`);
  const blocks: { top: number; bottom: number }[] = [];
  let top = 3;
  if (cols.group !== undefined) {
    const groupOf = (m: Member) => communeGroupOf(m.record.group);
    const lines = [1, 2, 3].map((k): Line => ({ label: `Nhóm ${k}`, criterion: String(k), members: result.communes.filter((m) => groupOf(m) === k) }));
    const block = rollupBlock(sheet, top, 'Nhóm xã', lines, { label: 'Chưa xếp nhóm', members: result.communes.filter((m) => typeof groupOf(m) !== 'number') }, { names: range(cols.name), keys: range(cols.group), ends: range(cols.end) }, endOf, n);
    blocks.push(block);
    top = block.bottom + 3;
  }
  if (cols.district !== undefined) {
    const districts = [...new Set(result.communes.map((m) => text(m.record.district)).filter(Boolean))];
    const lines = districts.map((d): Line => ({ label: d, criterion: quoted(d), members: result.communes.filter((m) => text(m.record.district) === d) }));
    blocks.push(rollupBlock(sheet, top, 'Huyện (cũ)', lines, { label: 'Không ghi huyện', members: result.communes.filter((m) => !text(m.record.district)) }, { names: range(cols.name), keys: range(cols.district), ends: range(cols.end) }, endOf, n));
  }
  const snapshot = sheet.snapshot();
  const inBody = (r: number) => blocks.some((b) => r > b.top && r <= b.bottom);
  snapshot.numberFormats = snapshot.values.map((values, r) => values.map((_, c) => (inBody(r) && c === 3 ? '0.0' : inBody(r) && c === 5 ? '0.0%' : null)));
  return {
    snapshot,
    inputs: [],
    computed: blocks.map((b) => rangeRef(b.top + 1, 2, b.bottom, 5)),
    validations: [],
    widths: [5, 18, 10, 16, 16, 10],
    titleRows: [0],
    headerRows: blocks.map((b) => b.top),
    headerHeight: 48,
    freezeRows: 0,
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
  const hasDistricts = result.communes.some((m) => text(m.record.district) !== '');
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
    sheets.push(rollupSheet(result, table.snapshot.name, { name: 1, group: groupCol, district: districtCol, end: end.col }));
  }
  sheets.push(reportSheet(result));
  return { sheets, plan };
}
