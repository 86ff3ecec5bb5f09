import { fold, hasAnyWords, hasWords, startsWithPhrase, startsWithWords } from '../text/fold';
import { parseCriterionRef } from '../text/codes';
import type { Grid } from '../sheet/grid';
import type { Catalog } from '../catalog/schema';
import { columnsMeaning, headerCandidates, headerLabel, headerLeaf, rowsUnder, type Header } from '../table/header';
import { findAverages, firstNumberRight, isAverageLabel, isShareLabel } from './labels';
import { isCommunesLabel, startsAsTotal } from '../text/vocabulary';
import { parseGroupLabel } from '../text/groupLabel';
import { readNumberCell } from '../table/columnNumbers';
import { meaningOf } from '../table/meanings';
import { holdsCounts } from '../table/counts';
import { mayWin, type RecognizeContext, type Recognizer } from './context';
import type { AssignmentModel, CommuneRow, SummaryRole, TotalsRow, VillageRole } from './models';

const COMMUNE_HEADERS = ['xa', 'ten xa', 'don vi', 'ten don vi', 'xa thi tran', 'ten xa thi tran', 'dia phuong', 'xa phuong', 'ten xa phuong'];
const VILLAGE_WORDS = ['xom', 'thon', 'ban', 'khu dan cu', 'to dan pho', 'lang'];

function leafValue(grid: Grid, header: Header, col: number) {
  for (let row = header.bottom; row >= header.top; row--) if (grid.text(row, col)) return grid.shown(row, col);
  return null;
}

function criterionByName(catalog: Catalog, leaf: string) {
  const names = foldedNames(catalog);
  const at = names.findIndex((name) => leaf === name || (leaf.length >= 4 && name.startsWith(leaf)) || startsWithPhrase(leaf, name));
  return at === -1 ? undefined : catalog.criteria[at];
}

/**
 * Criteria named by a short name taken from inside their name ("Kinh tế", "Nguồn nhân lực", "Chuyển
 * đổi số", "Hệ thống chính trị"), in a table whose other criteria columns are named: a column whose
 * words stand inside exactly one criterion not yet placed is that criterion. Repeated while it
 * places one, so "Kinh tế" (in "Hạ tầng kinh tế - xã hội" and "Phát triển kinh tế nông thôn") is
 * criterion 3 once "Hạ tầng" holds criterion 2, whatever the columns' order.
 */
export function nameByPhrase(catalog: Catalog, unnamed: { col: number; leaf: string }[], seen: Set<number>, criteria: { col: number; number: number }[]) {
  const names = foldedNames(catalog).map((name) => name.replace(/[^a-z0-9 ]+/g, ' ').replace(/ +/g, ' ').trim());
  let left = unnamed.map(({ col, leaf }) => ({ col, leaf: leaf.replace(/[^a-z0-9 ]+/g, ' ').replace(/ +/g, ' ').trim() })).filter(({ leaf }) => leaf.length >= 5);
  for (let placed = true; placed && left.length; ) {
    placed = false;
    for (const item of left) {
      const at = names.flatMap((name, i) => (!seen.has(catalog.criteria[i].number) && hasWords(name, item.leaf) ? [i] : []));
      if (at.length !== 1) continue;
      const number = catalog.criteria[at[0]].number;
      seen.add(number);
      criteria.push({ col: item.col, number });
      left = left.filter((other) => other !== item);
      placed = true;
      break;
    }
  }
  criteria.sort((a, b) => a.col - b.col);
}

/** The code of the catalog indicator a header names ("Tỷ lệ hộ nghèo đa chiều (%)" → "6.1"). */
function indicatorByName(catalog: Catalog, leaf: string): string | undefined {
  if (leaf.length < 8) return undefined;
  return indicatorNames(catalog).find(({ name }) => leaf === name || leaf.startsWith(`${name} `) || (leaf.length >= 12 && name.startsWith(leaf)))?.code;
}

const INDICATOR_NAMES = new WeakMap<Catalog, { name: string; code: string }[]>();

function indicatorNames(catalog: Catalog): { name: string; code: string }[] {
  let names = INDICATOR_NAMES.get(catalog);
  if (!names) INDICATOR_NAMES.set(catalog, (names = catalog.criteria.flatMap((c) => c.indicators.map((i) => ({ name: fold(i.name), code: i.code }))).filter(({ name }) => name.length >= 8)));
  return names;
}

// Every header column of every candidate is compared with every criterion's name.
const FOLDED_NAMES = new WeakMap<Catalog, string[]>();

function foldedNames(catalog: Catalog): string[] {
  let names = FOLDED_NAMES.get(catalog);
  if (!names) FOLDED_NAMES.set(catalog, (names = catalog.criteria.map((criterion) => fold(criterion.name))));
  return names;
}

function villageRole(label: string): VillageRole | null {
  // "cơ bản đạt" (basically met) is no "bản" (village), nor "nông thôn" (rural: "Tiêu chí số 3 - Phát triển kinh tế nông thôn") a "thôn".
  if (!hasAnyWords(label.replace(/\bco ban\b/g, ' ').replace(/\bnong thon\b/g, ' '), VILLAGE_WORDS)) return null;
  if (hasAnyWords(label, ['kieu mau'])) return 'model';
  if (hasAnyWords(label, ['phan dau', 'ke hoach', 'dang ky', 'them'])) return 'planned';
  if (hasAnyWords(label, ['da dat', 'dat chuan', 'dat'])) return 'met';
  if (hasAnyWords(label, ['tong so', 'so', 'tong'])) return 'total';
  return null;
}

function summaryRole(label: string): SummaryRole | null {
  if (!hasAnyWords(label, ['tieu chi', 'tc']) || !hasAnyWords(label, ['so', 'tong', 'so luong'])) return null;
  if (hasAnyWords(label, ['chua dat', 'khong dat', 'con thieu'])) return 'notMet';
  if (hasAnyWords(label, ['co ban dat'])) return 'basic';
  if (hasAnyWords(label, ['cuoi nam', 'luy ke', 'tong cong', 'sau'])) return 'end';
  if (hasAnyWords(label, ['phan dau', 'ke hoach', 'them', 'dat them', 'nam nay'])) return 'planned';
  if (hasAnyWords(label, ['da dat', 'hien trang', 'dau nam', 'dat'])) return 'baseline';
  return null;
}

/** What a totals row counts, as the table model reads such words: "đến 31/12/2025" in a 2025 plan is the year end. */
function totalsBasis(label: string, planYear: number | undefined): TotalsRow['basis'] {
  if (hasAnyWords(label, ['cuoi nam', 'luy ke'])) return 'end';
  if (hasAnyWords(label, ['phan dau', 'dat them', 'ke hoach', 'them'])) return 'planned';
  const meaning = meaningOf(label, label, planYear);
  return meaning === 'cumulative' ? 'end' : meaning === 'added' ? 'planned' : 'baseline';
}

type Columns = Omit<AssignmentModel, 'communes' | 'totals' | 'averages' | 'header' | 'kind' | 'planYear' | 'shareRows' | 'groupRows' | 'groupsTotalRow' | 'communesCell'>;

function readColumns(grid: Grid, header: Header, catalog: Catalog): Columns | null {
  let communeCol: number | undefined;
  const columns: Columns = { communeCol: -1, criteria: [], unknownCriteria: [], indicators: [], villages: {}, summaries: {} };
  const seen = new Set<number>();
  const unnamed: { col: number; leaf: string }[] = [];
  // TT, the former communes and the commune's group are what the table model means them to be.
  columns.ttCol = columnsMeaning(header, ['tt'])[0];
  columns.formerCol = columnsMeaning(header, ['former'])[0];
  const groups = columnsMeaning(header, ['group']);
  [columns.groupCol, columns.bandCol] = groups;
  const taken = new Set([columns.ttCol, columns.formerCol, ...groups]);
  for (const col of header.parts.keys()) {
    const label = headerLabel(header, col);
    const leaf = headerLeaf(header, col);
    if (!label || taken.has(col)) continue;
    if (communeCol === undefined && (startsWithWords(leaf, COMMUNE_HEADERS) && !hasAnyWords(leaf, ['tong so', 'dat']))) {
      communeCol = col;
      continue;
    }
    const village = villageRole(label);
    if (village && columns.villages[village] === undefined) { columns.villages[village] = col; continue; }
    const summary = summaryRole(label);
    if (summary && columns.summaries[summary] === undefined) { columns.summaries[summary] = col; continue; }
    if (columns.goalCol === undefined && hasAnyWords(leaf, ['muc tieu', 'dang ky dat', 'phan dau dat', 'dich'])) { columns.goalCol = col; continue; }
    if (columns.districtCol === undefined && startsWithWords(leaf, ['huyen', 'thuoc huyen', 'huyen cu', 'don vi cap huyen'])) { columns.districtCol = col; continue; }
    const ref = parseCriterionRef(leafValue(grid, header, col));
    const indicator = ref?.indicator ? ref.code : ref ? undefined : indicatorByName(catalog, leaf);
    if (indicator !== undefined) { columns.indicators.push({ col, code: indicator }); continue; }
    const named = ref ? undefined : criterionByName(catalog, leaf);
    const number = ref && !ref.indicator ? ref.number : named?.number;
    if (number === undefined && !ref) unnamed.push({ col, leaf });
    if (number === undefined || seen.has(number)) continue;
    if (catalog.criteria.some((criterion) => criterion.number === number)) {
      seen.add(number);
      columns.criteria.push({ col, number });
    } else {
      columns.unknownCriteria.push({ col, label: String(leafValue(grid, header, col)) });
    }
  }
  if (communeCol === undefined) return null;
  if (seen.size >= 3) nameByPhrase(catalog, unnamed, seen, columns.criteria);
  return { ...columns, communeCol };
}

function rowLabel(grid: Grid, row: number, columns: Columns): string {
  const own = grid.text(row, columns.communeCol);
  if (own) return own;
  return columns.ttCol !== undefined ? grid.text(row, columns.ttCol) : '';
}

/**
 * Every label of an average, share, communes or totals row holds one of these words, and a group's
 * ("15-18 tiêu chí", "dưới 5 tiêu chí") a digit with a dash or one of them: names rarely do.
 */
const MAYBE_SPECIAL = /binh quan|trung binh|ty le|tong|cong|toan|chung|duoi|tieu chi|tc|so xa|so luong xa/;
const DIGIT = /\d/;
const DASH = /[-\u2010-\u2015\u2212]/;

type Rows = Pick<AssignmentModel, 'communes' | 'totals' | 'shareRows' | 'groupRows' | 'groupsTotalRow' | 'communesCell'>;

function readRows(grid: Grid, header: Header, columns: Columns): Rows {
  const communes: CommuneRow[] = [];
  const totals: TotalsRow[] = [];
  const rows: Rows = { communes, totals, shareRows: [], groupRows: [] };
  const first = header.bottom + 1;
  // A group's subtotal over its communes ("I | Xã nhóm 1 | counts"), open while they follow it; `since`: the
  // first commune a closing subtotal ("Cộng nhóm 1") under them counts.
  let open: TotalsRow | undefined;
  let since = 0;
  for (const row of rowsUnder(header, isColumnNumbers(grid, first, columns) ? first + 1 : first)) {
    const label = rowLabel(grid, row, columns);
    if (!label) continue;
    const marked = columns.criteria.some((c) => !grid.isBlank(row, c.col));
    const raw = grid.raw(row, columns.communeCol);
    const group = groupSubtotal(grid, row, grid.text(row, columns.communeCol), columns);
    if (group) {
      const subtotal: TotalsRow = { row, label: raw || label, basis: totalsBasis(label, header.table.planYear), of: group === 'closes' ? communes.slice(since).map((c) => c.row) : [] };
      totals.push(subtotal);
      open = group === 'opens' ? subtotal : undefined;
      since = communes.length;
      continue;
    }
    const maybeSpecial = MAYBE_SPECIAL.test(label) || (DIGIT.test(label) && DASH.test(raw));
    if (maybeSpecial && readSpecialRow(grid, row, label, columns, rows, header.table.planYear)) { open = undefined; since = communes.length; continue; }
    const name = raw.trim();
    const numbered = columns.ttCol !== undefined && grid.number(row, columns.ttCol) !== null;
    if (name && (marked || numbered)) { communes.push({ row, name }); open?.of?.push(row); }
  }
  return rows;
}

/** A commune group, a former district or an area named as a row ("Xã nhóm 1", "Nhóm II", "Huyện Thạch An (cũ)", "Cộng nhóm 1"). */
const GROUP_LABEL = /^((tong )?cong |tong )?(cac )?(xa )?(nhom (xa )?([1-3]|i{1,3})|khu vuc|vung|cum (xa )?\S+|huyen)\b/;

/**
 * A group's subtotal in an assignment: a group named in the communes' column with counts (a number
 * above 1) under the criteria, where a commune has marks. 'opens' when it heads its communes, 'closes'
 * when it sums those above it ("Cộng nhóm 1"); null for any other row.
 */
function groupSubtotal(grid: Grid, row: number, folded: string, columns: Columns): 'opens' | 'closes' | null {
  const match = GROUP_LABEL.exec(folded);
  if (!match || !columns.criteria.some((c) => (grid.number(row, c.col) ?? 0) > 1)) return null;
  return match[1] ? 'closes' : 'opens';
}

/**
 * A column-number row right under the header ("(1) (2) (3) … (14)", "A B 1 2 3"): its name cell and
 * every criterion cell read as column numbers. Not a commune.
 */
function isColumnNumbers(grid: Grid, row: number, columns: Columns): boolean {
  const cells = [columns.communeCol, ...columns.criteria.map((c) => c.col)].map((col) => grid.value(row, col));
  if (cells.length < 3 || typeof cells[0] !== 'string') return false;
  const labels = cells.map((value) => readNumberCell(value)?.label);
  // Every column its own number ("(2)", "(4)", "(5)" …): a commune's row repeats its marks.
  return labels.every((label) => label !== undefined) && new Set(labels).size === labels.length && labels.some((label) => /\d/.test(label!));
}

/** Reads an average, group, share, communes or totals row into `rows`; false for a commune's row. */
function readSpecialRow(grid: Grid, row: number, label: string, columns: Columns, rows: Rows, planYear: number | undefined): boolean {
  if (isAverageLabel(label)) return true;
  const bounds = parseGroupLabel(grid.raw(row, columns.communeCol));
  if (bounds) {
    const countCol = firstNumberRight(grid, row, columns.communeCol) ?? undefined;
    const shareCol = countCol !== undefined ? firstNumberRight(grid, row, countCol) ?? undefined : undefined;
    rows.groupRows.push({ row, bounds, countCol, shareCol });
    return true;
  }
  if (isShareLabel(label)) {
    // "Tỷ lệ (%)" alone under "Số xã đạt cuối năm" is the share of that count: the totals row above it.
    const bare = label.replace(/\b(ty le|xa|dat|chuan|nong thon moi|ntm|tieu chi)\b|%/g, '').trim() === '';
    rows.shareRows.push({ row, basis: bare && rows.totals.length > 0 ? rows.totals[rows.totals.length - 1].basis : totalsBasis(label, planYear) });
    return true;
  }
  if (isCommunesLabel(label)) {
    const col = firstNumberRight(grid, row, columns.communeCol);
    if (col !== null) rows.communesCell = { row, col };
    return true;
  }
  // "Số xã đạt", "Số xã phấn đấu đạt năm 2027": communes counted per criterion, a totals row; not met ones are not counted here.
  if (/^so (luong )?xa\b/.test(label)) {
    if (!hasAnyWords(label, ['chua dat', 'co ban dat', 'khong dat'])) rows.totals.push({ row, label: grid.raw(row, columns.communeCol) || label, basis: totalsBasis(label, planYear) });
    return true;
  }
  // Under the groups of a distribution, a totals row adds up its groups, not a criterion's marks.
  if (startsAsTotal(label) && rows.groupRows.length > 0) {
    rows.groupsTotalRow ??= row;
    return true;
  }
  if (startsAsTotal(label)) {
    rows.totals.push({ row, label: grid.raw(row, columns.communeCol) || label, basis: totalsBasis(label, planYear) });
    return true;
  }
  return false;
}

/** Cells read to tell marks from counts: a national sheet is told by its first rows. */
const COUNTS_SAMPLE = 2000;

function recognizeAssignment(grid: Grid, context: RecognizeContext) {
  const { catalog } = context;
  const needed = Math.max(3, Math.ceil(catalog.criteria.length * 0.5));
  let best: { model: AssignmentModel; score: number } | null = null;
  for (const header of headerCandidates(grid, context.planYear, context.table)) {
    const columns = readColumns(grid, header, catalog);
    if (!columns || columns.criteria.length + columns.unknownCriteria.length < needed) continue;
    if (!mayWin(grid, header.bottom, columns.criteria.length * 10, context, best)) continue;
    const rows = readRows(grid, header, columns);
    // Counts by commune and criterion (indicators met), not marks: each number would otherwise be an invalid mark.
    if (rows.communes.length === 0 || holdsCounts(grid, rows.communes.map((c) => c.row), columns.criteria.map((c) => c.col), COUNTS_SAMPLE)) continue;
    const score = columns.criteria.length * 10 + rows.communes.length;
    if (best && score <= best.score) continue;
    best = {
      score,
      model: {
        kind: 'assignment',
        header: { top: header.top, bottom: header.bottom },
        ...columns,
        ...rows,
        averages: findAverages(grid, header.bottom + 1).filter((average) => average.row <= header.table.region.bottom && average.labelCol >= header.table.region.left && average.labelCol <= header.table.region.right),
        planYear: header.table.planYear,
      },
    };
  }
  return best;
}

export const assignmentRecognizer: Recognizer = { kind: 'assignment', recognize: recognizeAssignment };
