import type { Catalog } from '../catalog/schema';
import { parseCriterionRef } from '../text/codes';
import { parseGroupLabel } from '../text/groupLabel';
import { fold, hasAnyWords, startsWithWords } from '../text/fold';
import { TOTAL_WORDS } from '../text/vocabulary';
import { labelLinks } from '../table/labelLinks';
import type { Column, Row, Table } from '../table/types';
import { namesCriterionColumn } from '../table/meanings';
import type { TableFamily } from './models';
import { isAgencyName, isAgencyRow } from '../text/agencies';
import type { Grid } from '../sheet/grid';
import { communeSheetReading } from './communeSheet';
import { atLeast } from '../table/atLeast';
import { readMark } from '../text/legend';
import { holdsCounts } from '../table/counts';
import { isTick, roleOfMark } from '../text/roleMarks';
import { nameByPhrase } from './assignment';

/** True when a header or label names a criterion of the set ("3", "TC3", "Tiêu chí số 3", "Thủy lợi …"). */
function namesCriterion(text: string, catalog: Catalog): boolean {
  if (parseCriterionRef(text)) return true;
  const folded = fold(text);
  return folded.length >= 4 && namesOf(catalog).some((name) => folded === name || name.startsWith(folded) || folded.startsWith(name));
}

/** The number of the criterion a header names in full or by the start of its name. */
function numberNamed(text: string, catalog: Catalog): number | undefined {
  const folded = fold(text);
  const at = namesOf(catalog).findIndex((name) => folded === name || name.startsWith(folded) || folded.startsWith(name));
  return at < 0 ? undefined : catalog.criteria[at].number;
}

const NAMES = new WeakMap<Catalog, string[]>();

function namesOf(catalog: Catalog): string[] {
  let names = NAMES.get(catalog);
  if (!names) NAMES.set(catalog, (names = catalog.criteria.map((c) => fold(c.name))));
  return names;
}

const has = (table: Table, ...meanings: Column['meaning'][]) => table.columns.some((c) => meanings.includes(c.meaning));


/**
 * What a table is, among the families the relations serve on their own: an assignment turned
 * sideways, a roll-up by unit, per-commune counts, main targets, a funding grid, responsibility by
 * criterion, or any table whose column-number row declares its arithmetic. Null for the layouts the
 * kind readers (targets, assignment, funding list, tasks, responsibility by agency) read.
 *
 * @example
 * familyOf(table, catalog, grid) === 'rollup'
 */
export function familyOf(table: Table, catalog: Catalog, grid?: Grid): TableFamily | null {
  // Criteria across the columns, communes down the rows: the assignment reader's layout.
  if (table.across === 'criteria') return null;
  // Communes by number of criteria met ("Xã đạt 15-18 tiêu chí | 21"): the targets reader's distribution.
  // (Split across the columns by group — "Toàn tỉnh | Chia ra: Nhóm 1 | 2 | 3" — its sums are the relations' to check.)
  if (isDistribution(table) && !table.columns.some((c) => c.sumOf)) return null;
  const members = table.columns.filter((c) => c.meaning === 'member');
  const units = table.rows.filter((r) => r.role === 'unit' || r.role === 'subtotal');
  // Criteria across, what is counted (or the years) down: the targets turned sideways.
  const acrossCols = criteriaAcross(table, catalog);
  // Agencies down, criteria across, marks between ("Sở Xây dựng | CT | PH | …"): the matrix laid sideways.
  if (grid && acrossCols.length >= 3 && agencyRows(table).length >= 2 && roleMarksIn(grid, table, acrossCols)) return 'responsibility-matrix';
  if (acrossCols.length >= 3 && !['commune', 'district', 'group'].includes(table.axis)) return 'criteria-across';
  // Criteria named across ("Quy hoạch | Hạ tầng kinh tế - xã hội | …"), communes down, marks between: the
  // assignment reader's, as numbered criteria are (the table model leaves those to it).
  if (grid && acrossCols.length >= 3 && table.axis === 'commune' && marksAcross(grid, table, acrossCols)) return null;
  // Figures under the criteria, communes down ("3 | 5 | 2": the indicators each meets): counts by commune and criterion.
  if (grid && acrossCols.length >= 3 && ['commune', 'district', 'group'].includes(table.axis) && holdsCounts(grid, table.rows.filter((r) => r.role === 'unit').map((r) => r.row), acrossCols.map((c) => c.col))) return 'criterion-counts';
  // Indicators down, each with its required level, what was reached and the verdict: a self-assessment.
  if (assessmentColumns(table)) return 'self-assessment';
  // Agencies across, criteria down, marks between ("CT", "PH", "x"): a responsibility matrix.
  if (agencyColumns(table).length >= 2 && atLeast(units, Math.max(2, units.length * 0.6), (r) => namesCriterion(r.label, catalog) || namesCriterion(r.tt, catalog))) return 'responsibility-matrix';
  if (members.length >= 2) {
    const criteriaHeaders = members.filter((m) => namesCriterion(m.title, catalog)).length;
    if (criteriaHeaders >= members.length * 0.5) return null;
    return atLeast(units, 2, (r) => namesCriterion(r.label, catalog) || namesCriterion(r.tt, catalog)) ? 'assignment-sideways' : null;
  }
  const numeric = table.columns.filter((c) => ['units', 'baseline', 'added', 'cumulative', 'share', 'comparison', 'change', 'average', 'previous', 'plan', 'amount', 'total', 'number', 'list'].includes(c.meaning));
  if (has(table, 'lead') && numeric.length === 0 && (table.axis === 'criterion' || atLeast(units, units.length * 0.6, (r) => namesCriterion(r.label, catalog))) && !table.columns.some((c) => hasAnyWords(c.label, ['ma', 'ma tieu chi', 'chi tieu phu trach', 'tieu chi phu trach']))) return 'responsibility-criteria';
  if (table.columns.filter((c) => c.meaning === 'amount' || c.meaning === 'total').length >= 3 && units.length > 0) return 'funding-grid';
  // One commune's criteria down with their state, and lines counting them under: that commune's assessment.
  if (table.axis === 'criterion' && atLeast(units, Math.max(3, units.length * 0.6), (r) => namesCriterion(r.label, catalog)) && units.some((r) => /^(so tieu chi|tong so tieu chi|du kien)\b/.test(fold(r.label)))) return 'commune-criteria';
  // The same sheet before its lines are typed (or without them): criteria down, a mark for each in its columns, no figures.
  if (grid && isCommuneSheet(grid, table, catalog)) return 'commune-criteria';
  // Criteria down the rows with what is met, added and reached: the targets reader's, a ĐVT column or not.
  const perCriterion = has(table, 'baseline', 'added', 'cumulative') && atLeast(units, Math.max(2, units.length * 0.6), (r) => namesCriterion(r.label, catalog));
  if (!perCriterion && (has(table, 'unit') || (has(table, 'previous') && has(table, 'plan')) || (has(table, 'comparison', 'change') && !has(table, 'units')))) return numeric.length > 0 ? 'main-targets' : null;
  if (['commune', 'district', 'group'].includes(table.axis) && !units.some((r) => /^(tieu chi|tc)\b/.test(fold(r.label)) && namesCriterion(r.label, catalog))) {
    // "Số tiêu chí đạt", or a state under "Số tiêu chí" ("Cơ bản đạt"): each commune's count of criteria.
    const criteriaCount = (c: Column) => (['baseline', 'added', 'cumulative'].includes(c.meaning) && hasAnyWords(c.label, ['tieu chi', 'tc'])) || (c.meaning === 'number' && hasAnyWords(c.label, ['so tieu chi', 'tong so tieu chi', 'so tc', 'tong so tc']));
    if (has(table, 'list') || table.columns.some((c) => criteriaCount(c) && !hasAnyWords(c.label, ['so xa', 'xa dat chuan']))) return 'counts';
    if (has(table, 'units', 'baseline', 'added', 'cumulative', 'share', 'average')) return 'rollup';
  }
  // Each row with its own whole ("Thời điểm | Tổng số xã | Số xã đạt chuẩn | Tỷ lệ"): a share of that row's communes.
  if (!perCriterion && table.axis !== 'criterion' && has(table, 'units') && has(table, 'share') && has(table, 'baseline', 'added', 'cumulative', 'number', 'plan') && units.filter((r) => namesCriterion(r.label, catalog)).length < units.length * 0.5) return 'rollup';
  if (table.formulas.length > 0 && table.axis !== 'criterion') return 'generic';
  // Counts split by group with their total, without what the year adds or a share for the targets reader to check.
  if (table.columns.some((c) => c.sumOf) && !has(table, 'added', 'share')) return 'generic';
  // Results by label ("Tổng số xã | Số xã đạt chuẩn | Số xã chưa đạt chuẩn"): read by how their rows relate.
  if (labelLinks(table)) return 'generic';
  // Kinds of one thing with their totals row ("Sản phẩm 3 sao | 4 sao | 5 sao" and "Tổng số sản phẩm OCOP";
  // "Hộ nghèo | Hộ cận nghèo" and their "Tổng số"): the rows add up to it, each share is of it.
  if (table.axis !== 'criterion' && units.length >= 2 && table.rows.some((r) => r.namesItems) && has(table, 'number') && !has(table, 'amount', 'total', 'units')) return 'generic';
  return null;
}

/**
 * True when most items of a table are groups of communes by the number of criteria they meet
 * ("Xã đạt 19/19 tiêu chí", "Đạt từ 15 - 18 tiêu chí", "Dưới 5 tiêu chí").
 *
 * @example
 * isDistribution(table) === true
 */
export function isDistribution(table: Table): boolean {
  let known = DISTRIBUTIONS.get(table);
  if (known === undefined) DISTRIBUTIONS.set(table, (known = groupsMost(table)));
  return known;
}

const DISTRIBUTIONS = new WeakMap<Table, boolean>();

function groupsMost(table: Table): boolean {
  const items = table.rows.filter((r) => r.role === 'unit' || r.role === 'subtotal');
  // Read until too many names are not groups: a list of communes is told after a few of its rows.
  const allowed = items.length - Math.max(2, items.length * 0.6);
  let others = 0;
  for (const item of items) {
    if (parseGroupLabel(item.label) === null && ++others > allowed) return false;
  }
  return items.length - others >= 2;
}

/** A column headed by a role, not an agency: "Sở, ngành chủ trì", "Sở ngành phối hợp" (a list's columns of names). */
const ROLE_HEADER = /\b(chu tri|phoi hop|thuc hien|phu trach)\b/;

/**
 * The columns of a table headed by agencies ("Sở Xây dựng", "Phòng TN&MT"), never its label.
 *
 * @example
 * agencyColumns(table).map((c) => c.title) // ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', …]
 */
export function agencyColumns(table: Table): Column[] {
  return table.columns.filter((c) => c.col !== table.labelCol && c.col !== table.ttCol && isAgencyName(c.title) && !ROLE_HEADER.test(fold(c.title)));
}

/**
 * The rows of a table named by agencies ("Sở Xây dựng", "Công an tỉnh"), when most of its items are:
 * a responsibility matrix laid sideways, agencies down and criteria across.
 *
 * @example
 * agencyRows(table).map((r) => r.label) // ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', …]
 */
export function agencyRows(table: Table): Row[] {
  const items = table.rows.filter((r) => r.role === 'unit' || r.role === 'subtotal' || r.role === 'total');
  const agencies = items.filter((r) => isAgencyRow(r.label));
  return agencies.length >= Math.max(2, items.length * 0.6) ? agencies : [];
}

/**
 * Marks of roles under the criteria of the agencies' rows ("CT", "PH", "x" a legend defines, "Chủ
 * trì"), no figures: an assignment's "Đ", "KH" say no role.
 */
function roleMarksIn(grid: Grid, table: Table, columns: Column[]): boolean {
  const legend = table.roleLegend ?? new Map();
  let filled = 0;
  let figures = 0;
  let roles = 0;
  let ticks = 0;
  for (const row of agencyRows(table)) {
    for (const column of columns) {
      const raw = grid.raw(row.row, column.col).trim();
      if (!raw) continue;
      filled++;
      if (grid.number(row.row, column.col) !== null && !TICK_NUMBERS.has(raw)) figures++;
      const role = roleOfMark(raw, column.group, legend);
      if (role === 'lead' || role === 'partner') roles++;
      else if (isTick(raw)) ticks++;
    }
  }
  // Bare ticks alone ("x" under the criteria, no legend) on agencies' rows: who is concerned by what, a matrix too.
  return filled > 0 && figures === 0 && (roles > 0 || ticks === filled);
}

/** Numbers that mark rather than count ("1" ticked under a criterion). */
const TICK_NUMBERS = new Set(['1']);

// "Số chỉ tiêu | Số chỉ tiêu đạt | Đánh giá": a criterion is met when the indicators met reach its number of indicators.
const REQUIRED = ['so chi tieu', 'tong so chi tieu', 'muc quy dinh', 'chi tieu quy dinh', 'chi tieu chuan', 'yeu cau', 'chi tieu chung', 'muc dat chuan', 'nguong', 'chuan quy dinh', 'yeu cau cua tieu chi', 'muc yeu cau', 'quy dinh'];
const REACHED = ['ket qua thuc hien', 'ket qua', 'thuc hien', 'hien trang', 'thuc trang', 'gia tri'];
const INDICATORS_MET = ['so chi tieu dat', 'so chi tieu da dat'];
const VERDICT = ['tu danh gia', 'danh gia', 'ket qua danh gia', 'xa tu danh gia', 'dat chua dat'];

/**
 * The columns of a self-assessment ("Mức quy định | Kết quả thực hiện | Tự đánh giá"): the level an
 * indicator requires, what the commune reached, and its verdict. Null when a table has not all three.
 *
 * @example
 * assessmentColumns(table) // { required: 3, reached: 4, verdict: 5 }
 */
export function assessmentColumns(table: Table): { required: number; reached: number; verdict: number; criterionVerdict?: number } | null {
  const leafOf = (c: Column) => c.parts.filter(Boolean).pop() ?? c.label;
  const find = (words: readonly string[], not: number[] = []) => table.columns.find((c) => !not.includes(c.col) && c.col !== table.labelCol && hasAnyWords(leafOf(c), words))?.col;
  // "Tự đánh giá chỉ tiêu | Đánh giá tiêu chí": the indicator's verdict, and the criterion's beside it.
  const verdicts = table.columns.filter((c) => c.col !== table.labelCol && hasAnyWords(leafOf(c), VERDICT));
  const criterionVerdict = verdicts.length === 2 ? verdicts.find((c) => hasAnyWords(leafOf(c), ['tieu chi']))?.col : undefined;
  const verdict = verdicts.find((c) => c.col !== criterionVerdict)?.col;
  // The indicators met ("Số chỉ tiêu đạt") are what was reached, never the number required.
  const met = find(INDICATORS_MET);
  const required = find(REQUIRED, [verdict, met].filter((c): c is number => c !== undefined));
  if (verdict === undefined || required === undefined) return null;
  const reached = met ?? find(REACHED, [verdict, required]);
  return reached === undefined ? null : { required, reached, verdict, ...(criterionVerdict === undefined ? {} : { criterionVerdict }) };
}

/**
 * The columns of a table that are criteria of the set ("Tiêu chí 1", "TC 3", "3" over "Quy hoạch"):
 * figures per criterion across, with what they count down the rows.
 *
 * @example
 * criteriaAcross(table, catalog).map((c) => c.col) // [2, 3, …, 11]
 */
export function criteriaAcross(table: Table, catalog: Catalog): Column[] {
  const across = table.columns.filter((c) => c.col !== table.labelCol && c.meaning !== 'tt' && (namesCriterionColumn(c.parts) || (/^\d{1,2}$/.test(c.title) && namesCriterion(c.title, catalog))));
  if (across.length >= 3) return across;
  // Headed by the criteria's names only ("Quy hoạch | Hạ tầng kinh tế - xã hội | …"): most of the columns right of the label.
  const named = table.columns.filter((c) => c.col > table.labelCol && c.meaning !== 'tt' && !/^\d/.test(c.title) && namesCriterion(c.title, catalog));
  // (A total beside them, "Tổng số", is none of the criteria and no other figure either.)
  const others = table.columns.filter((c) => c.col > table.labelCol && c.meaning !== 'tt' && c.meaning !== 'note' && !startsWithWords(fold(c.title), TOTAL_WORDS));
  // Short names among them ("Kinh tế", "Chuyển đổi số"): each the one criterion not yet placed whose name holds its words.
  if (named.length >= 3 && named.length < others.length) {
    const seen = new Set(named.map((c) => numberNamed(c.title, catalog)).filter((n): n is number => n !== undefined));
    const placed: { col: number; number: number }[] = [];
    nameByPhrase(catalog, others.filter((c) => !named.includes(c) && !/^\d/.test(c.title)).map((c) => ({ col: c.col, leaf: fold(c.title) })), seen, placed);
    named.push(...others.filter((c) => placed.some((p) => p.col === c.col)));
    named.sort((a, b) => a.col - b.col);
  }
  return named.length >= 3 && named.length >= others.length * 0.8 ? named : across;
}

/** Marks under the criteria columns of the communes' rows ("x", "Đ", "KH", and "1"/"0" beside them), no figures. */
function marksAcross(grid: Grid, table: Table, columns: Column[]): boolean {
  const units = table.rows.filter((r) => r.role === 'unit');
  let filled = 0;
  let invalid = 0;
  let words = 0;
  for (const row of units) {
    for (const column of columns) {
      const value = grid.value(row.row, column.col);
      if (value === null || (typeof value === 'string' && !value.trim())) continue;
      filled++;
      if (typeof value === 'string' && !/^\s*\d+([.,]\d+)?\s*%?\s*$/.test(value)) words++;
      if (readMark(value, table.planYear, table.legendMarks) === 'invalid') invalid++;
    }
  }
  return units.length > 0 && words > 0 && filled >= units.length * columns.length * 0.3 && invalid <= filled * 0.1;
}

/**
 * One commune's own sheet without lines counting its criteria: criteria down the rows (most of its
 * items), a column of marks filled for most of them ("Đạt", "Chưa đạt", "Cơ bản đạt") and no
 * column of figures — a list of targets by criterion holds numbers of communes, not marks.
 *
 * @example
 * isCommuneSheet(grid, table, catalog) === true // "TT | Tiêu chí | Kết quả tự đánh giá" over "Đạt" / "Chưa đạt"
 */
function isCommuneSheet(grid: Grid, table: Table, catalog: Catalog): boolean {
  const units = table.rows.filter((r) => r.role === 'unit' || r.role === 'subtotal');
  if (table.axis !== 'criterion' || !atLeast(units, Math.max(3, units.length * 0.6), (r) => namesCriterion(r.label, catalog) || namesCriterion(r.tt, catalog))) return false;
  const { criteria, marks } = communeSheetReading(grid, table);
  if (marks.length === 0 || criteria.length < 3) return false;
  const figures = table.columns.filter((c) => c.col !== table.labelCol && c.col !== table.ttCol && criteria.filter((r) => typeof grid.value(r.row, c.col) === 'number').length >= criteria.length * 0.5);
  return figures.length === 0;
}
