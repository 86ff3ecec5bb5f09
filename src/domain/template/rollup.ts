import { provincePlansCommunes } from '../catalog/calendar';
import type { Catalog } from '../catalog/schema';
import { rangeRef, ref, sheetRef } from '../sheet/refs';
import type { CellValue } from '../sheet/snapshot';
import { communeGroupOf } from '../text/communeGroup';
import { ASSIGNMENT_LAYOUT } from './assignment';
import { SheetBuilder } from './grid';
import type { TemplateSheet } from './types';

/** The roll-up sheet's name, in templates and consolidations alike. */
export const ROLLUP_SHEET = 'Tổng hợp theo nhóm xã';

/** A commune as a roll-up counts it: its group, its former district, its criteria at year end. */
export type RollupMember = { group: CellValue; district: CellValue; end: number };
type Member = RollupMember;
/** A line of a roll-up: its label, the criterion COUNTIF matches in the key column, its communes. */
type Line = { label: string; criterion: string; members: Member[] };

/**
 * One roll-up block from `top`: a header, a line per key (commune group, former district) and a
 * line for communes without one, then the total; each line counts communes, averages criteria at
 * year end, counts communes meeting every criterion and their share, all formulas over the table.
 */
function rollupBlock(sheet: SheetBuilder, top: number, heading: string, lines: Line[], rest: { label: string; members: Member[] }, refs: { names: string; keys: string; ends: string }, n: number, totalLabel: string): { top: number; bottom: number } {
  sheet.row(top, ['TT', heading, 'Số xã', 'Bình quân số tiêu chí đạt/xã cuối năm', `Số xã đạt đủ ${n} tiêu chí cuối năm`, 'Tỷ lệ (%)']);
  const { names, keys, ends } = refs;
  const first = top + 1;
  const restRow = first + lines.length;
  const others = (col: number) => lines.map((_, i) => `-${ref(first + i, col)}`).join('');
  const fill = (row: number, tt: CellValue, label: string, members: Member[], formulas: { count: string; sum: string; full: string }) => {
    const count = members.length;
    const full = members.filter((m) => m.end >= n).length;
    const sum = members.reduce((t, m) => t + m.end, 0);
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
  const allFull = all.filter((m) => m.end >= n).length;
  sheet.set(total, 1, totalLabel)
    .set(total, 2, all.length, `=SUM(${rangeRef(first, 2, restRow, 2)})`)
    .set(total, 3, all.length ? all.reduce((t, m) => t + m.end, 0) / all.length : 0, `=IF(${ref(total, 2)}=0,0,SUM(${ends})/${ref(total, 2)})`)
    .set(total, 4, allFull, `=SUM(${rangeRef(first, 4, restRow, 4)})`)
    .set(total, 5, all.length ? allFull / all.length : 0, `=IF(${ref(total, 2)}=0,0,${ref(total, 4)}/${ref(total, 2)})`);
  return { top, bottom: total };
}

const text = (value: CellValue) => (value === null || value === undefined ? '' : String(value).normalize('NFC').trim());
const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** What a roll-up sheet counts: the set, the plan year and the communes of the assignment table. */
export type RollupSource = { catalog: Catalog; planYear: number; members: readonly RollupMember[] };

/**
 * The roll-ups of an assignment table: by commune group (2026 onwards) and by former district (when
 * the table states one). Every number is a formula over the table (COUNTIF/SUMIF by group), its
 * value computed here from the members so the sheet reads right before any recalculation.
 *
 * @example
 * rollupSheet({ catalog, planYear: 2027, members }, 'Giao chỉ tiêu xã', { name: 1, group: 17, end: 21 }).snapshot.name // 'Tổng hợp theo nhóm xã'
 */
export function rollupSheet(result: RollupSource, table: string, cols: { name: number; group?: number; district?: number; end: number }): TemplateSheet {
  const { firstCommune } = ASSIGNMENT_LAYOUT;
  const last = firstCommune + Math.max(result.members.length, 1) - 1;
  const range = (col: number) => `${sheetRef(table)}!${rangeRef(firstCommune, col, last, col, true)}`;
  const n = result.catalog.criteria.length;
  // From 2026 a province plans its communes directly: its total is the province's.
  const totalLabel = provincePlansCommunes(result.planYear) ? 'Toàn tỉnh' : 'Tổng cộng';
  const sheet = new SheetBuilder(ROLLUP_SHEET)
    .set(0, 0, `TỔNG HỢP KẾT QUẢ VÀ KẾ HOẠCH NĂM ${result.planYear} THEO ${cols.group !== undefined ? 'NHÓM XÃ' : 'HUYỆN (CŨ)'}`)
    .set(1, 0, `Bộ tiêu chí: ${result.catalog.title}. Số liệu là công thức trên trang "${table}".`);
  const blocks: { top: number; bottom: number }[] = [];
  let top = 3;
  if (cols.group !== undefined) {
    const groupOf = (m: Member) => communeGroupOf(m.group);
    const lines = [1, 2, 3].map((k): Line => ({ label: `Nhóm ${k}`, criterion: String(k), members: result.members.filter((m) => groupOf(m) === k) }));
    const block = rollupBlock(sheet, top, 'Nhóm xã', lines, { label: 'Chưa xếp nhóm', members: result.members.filter((m) => typeof groupOf(m) !== 'number') }, { names: range(cols.name), keys: range(cols.group), ends: range(cols.end) }, n, totalLabel);
    blocks.push(block);
    top = block.bottom + 3;
  }
  if (cols.district !== undefined) {
    const districts = [...new Set(result.members.map((m) => text(m.district)).filter(Boolean))];
    const lines = districts.map((d): Line => ({ label: d, criterion: quoted(d), members: result.members.filter((m) => text(m.district) === d) }));
    blocks.push(rollupBlock(sheet, top, 'Huyện (cũ)', lines, { label: 'Không ghi huyện', members: result.members.filter((m) => !text(m.district)) }, { names: range(cols.name), keys: range(cols.district), ends: range(cols.end) }, n, totalLabel));
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

