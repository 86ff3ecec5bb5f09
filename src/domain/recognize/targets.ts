import { fold, hasAnyWords } from '../text/fold';
import { parseCriterionRef } from '../text/codes';
import { parseGroupLabel } from '../text/groupLabel';
import type { Grid } from '../sheet/grid';
import { groupOf } from '../catalog/groups';
import { columnsMeaning, headerCandidates, rowsUnder, type Header } from '../table/header';
import type { Meaning } from '../table/types';
import { findAverages, isAverageLabel } from './labels';
import { isCommunesLabel, isTotalsLabel } from '../text/vocabulary';
import { isDistribution } from './table';
import { mayWin, type RecognizeContext, type Recognizer } from './context';
import type { GroupRow, TargetRow, TargetsModel } from './models';

const COUNT_KEYS = ['baseline', 'added', 'cumulative'] as const;
type CountKey = (typeof COUNT_KEYS)[number];

/**
 * The columns of a targets table as the table model means them: the criterion labels the rows; what
 * was done last year is the baseline, the year's plan its year end.
 */
function targetCols(header: Header): { cols: TargetsModel['cols']; shares: number[]; counts: number[]; tallies: number[] } {
  const first = (...meanings: Meaning[]) => columnsMeaning(header, meanings)[0];
  const criterion = header.table.labelCol;
  const tt = header.table.ttCol === criterion ? undefined : header.table.ttCol;
  const cols: TargetsModel['cols'] = { criterion, tt, baseline: first('baseline', 'previous'), added: first('added'), cumulative: first('cumulative', 'plan'), lead: first('lead'), unit: first('unit') };
  // A distribution of communes by criteria met: its "Số xã" counts the communes of each group.
  // Under year groups ("Năm 2026 | Năm 2027 (KH)", each "Số xã | Tỷ lệ") every "Số xã" counts its year's communes.
  let tallies: number[] = [];
  if (isDistribution(header.table) && cols.baseline === undefined && cols.added === undefined && cols.cumulative === undefined) {
    tallies = columnsMeaning(header, ['units', 'number']);
    cols.cumulative = tallies[0];
  }
  // Else a "Tổng số xã" column beside the counts: each row's own whole.
  else cols.units = first('units');
  // Every column that counts, not only the first of each meaning: "Số xã đạt chuẩn (lũy kế) | Tỷ lệ |
  // Số xã đạt chuẩn nâng cao (lũy kế) | Tỷ lệ" has a share of each count.
  const counted = columnsMeaning(header, ['baseline', 'previous', 'added', 'cumulative', 'plan']);
  return { cols, shares: columnsMeaning(header, ['share']), counts: [...new Set([...COUNT_KEYS.map((key) => cols[key]).filter((col): col is number => col !== undefined), ...counted, ...tallies])], tallies };
}

/** Each share column over the nearest count to its left (else the year end, else the first count). */
function pairShares(header: Header, shareCols: number[], cols: TargetsModel['cols'], counts: number[]): TargetsModel['shares'] {
  return shareCols.flatMap((col) => {
    const left = counts.filter((count) => count < col).sort((a, b) => b - a)[0];
    const of = left ?? cols.cumulative ?? counts[0];
    if (of === undefined) return [];
    const whole = statedWhole(header, col, of);
    return [whole === undefined ? { col, of } : { col, of, whole }];
  });
}

/**
 * A whole and its groups side by side, each stating its communes over its count and share: the
 * whole's number is the sum of the others' (74 = 12 + 40 + 22), so its count is the sum of theirs.
 * Nothing when the numbers stated do not add up (the groups are then no split of the whole).
 */
function splitOf(shares: TargetsModel['shares']): TargetsModel['split'] {
  const stated = shares.filter((share): share is TargetsModel['shares'][number] & { whole: number } => share.whole !== undefined);
  if (stated.length < 3 || new Set(stated.map((share) => share.of)).size !== stated.length) return undefined;
  for (const total of stated) {
    const parts = stated.filter((share) => share !== total);
    if (parts.reduce((sum, part) => sum + part.whole, 0) === total.whole) return { total: total.of, parts: parts.map((part) => part.of) };
  }
  return undefined;
}

/**
 * The communes a share and its count are OF, stated in the header over both: "Xã nhóm 2 (40 xã)",
 * "Toàn tỉnh (74 xã)", "Nhóm 3 - 22 xã" over "Số xã đạt | Tỷ lệ (%)". Not a count of communes that
 * reached something ("Xã đạt chuẩn NTM (45 xã)"): that number is the count itself.
 */
function statedWhole(header: Header, shareCol: number, countCol: number): number | undefined {
  const columnOf = (col: number) => header.table.columns.find((c) => c.col === col);
  const group = columnOf(shareCol)?.group;
  if (!group || columnOf(countCol)?.group !== group) return undefined;
  const match = /^((?:xa )?nhom(?: xa)? (?:[123]|i{1,3})|toan (?:tinh|huyen|thanh pho)|ca (?:tinh|nuoc)|khu vuc [a-z ]+|vung [a-z ]+)\b[a-z ]*? (\d+) xa$/.exec(group);
  if (!match || /\b(dat|chuan|them|phan dau)\b/.test(group)) return undefined;
  const whole = Number(match[2]);
  return whole > 0 ? whole : undefined;
}

/**
 * Whether a target row counts communes (and so is bounded by, and a share of, the number of
 * communes): not a count of villages, not a row whose ĐVT says another unit ("%", "tiêu chí", "thôn").
 */
function countsCommunes(label: string, grid: Grid, row: number, unitCol: number | undefined): boolean {
  const words = fold(label).replace(/\bnong thon\b/g, '');
  if (hasAnyWords(words, ['thon', 'xom', 'ban', 'khu dan cu', 'to dan pho', 'lang'])) return false;
  const unit = unitCol !== undefined ? grid.text(row, unitCol) : '';
  return unit === '' || /^(xa|xa phuong|don vi|dvhc)$/.test(unit);
}

/** True when a label is the name of the catalog's criterion `number` (a TT column is often only a row count). */
function namesCriterion(context: RecognizeContext, label: string, number: number): boolean {
  const criterion = context.catalog.criteria.find((c) => c.number === number);
  if (!criterion) return /^(tieu chi|tc)\b/.test(label);
  const name = fold(criterion.name);
  return label.includes(name) || name.includes(label) || /^(tieu chi|tc)\b/.test(label);
}

/** A row naming one year of a roadmap: "Năm 2028", "2028", "Đến năm 2030", "Đến hết năm 2030". */
function isYearLabel(folded: string): boolean {
  return /^(?:(?:den (?:het |cuoi )?)?nam )?20[0-4]\d$/.test(folded.trim());
}

function readRows(grid: Grid, header: Header, model: Omit<TargetsModel, 'rows' | 'groups' | 'averages' | 'groupsTotalRow'>, context: RecognizeContext, tallies: number[] = []) {
  const rows: TargetRow[] = [];
  const groups: GroupRow[] = [];
  let totalRow: number | undefined;
  // The total of a distribution may stand on top of its groups.
  const distribution = isDistribution(header.table);
  const countCols = [model.cols.cumulative, model.cols.baseline, model.cols.added].filter((c): c is number => c !== undefined);
  for (const row of rowsUnder(header)) {
    const label = grid.raw(row, model.cols.criterion).trim();
    const folded = grid.text(row, model.cols.criterion);
    if (!folded) continue;
    const hasCount = countCols.some((col) => grid.number(row, col) !== null || grid.raw(row, col).includes('/'));
    const fullCounts = [model.cols.baseline, model.cols.added, model.cols.cumulative].every((col) => col !== undefined && grid.number(row, col) !== null);
    if (isAverageLabel(folded)) {
      if (fullCounts) rows.push({ row, key: 'binh-quan', label, communes: false });
      continue;
    }
    const bounds = parseGroupLabel(label);
    // The totals row of a distribution ("Tổng cộng", "Tổng số xã"): the communes its groups add up to.
    if (!bounds && (groups.length > 0 || distribution) && (isTotalsLabel(folded) || isCommunesLabel(folded))) {
      totalRow ??= row;
      continue;
    }
    if (bounds) {
      const stated = (col: number) => grid.number(row, col) !== null || grid.raw(row, col).includes('/');
      // One group per year's count where the groups are counted for several years; else the first count.
      const countCol = countCols.find(stated) ?? countCols[0];
      const each = tallies.length > 1 ? tallies.filter(stated) : countCol !== undefined ? [countCol] : [];
      const group = groupOf(context.catalog.groups, bounds.min);
      const same = group && group.min === bounds.min && group.max === Math.min(bounds.max, context.catalog.criteria.length);
      for (const col of each) groups.push({ row, bounds, label: same ? group.label : `${bounds.min}-${bounds.max}`, countCol: col, shareCol: model.shares.find((s) => s.of === col)?.col ?? (each.length > 1 ? undefined : model.shares[0]?.col) });
      continue;
    }
    const ttRef = model.cols.tt !== undefined ? parseCriterionRef(grid.shown(row, model.cols.tt)) : null;
    const ref = parseCriterionRef(grid.shown(row, model.cols.criterion)) ?? (ttRef && namesCriterion(context, folded, ttRef.number) ? ttRef : null);
    if (ref) {
      rows.push({ row, key: ref.code, ref, label, communes: countsCommunes(label, grid, row, model.cols.unit) });
    } else if (hasCount && (fullCounts || model.shares.some((share) => grid.number(row, share.col) !== null) || (model.shares.length > 0 && isYearLabel(folded)))) {
      // A year of a roadmap ("Năm 2028") counts communes even while its share is still blank (to be filled).
      rows.push({ row, key: label, label, communes: countsCommunes(label, grid, row, model.cols.unit) });
    }
  }
  return { rows, groups, totalRow };
}

function recognizeTargets(grid: Grid, context: RecognizeContext) {
  let best: { model: TargetsModel; score: number } | null = null;
  for (const header of headerCandidates(grid, context.planYear, context.table)) {
    const { cols, shares, counts: countCols, tallies } = targetCols(header);
    const countKeys = COUNT_KEYS.filter((key: CountKey) => cols[key] !== undefined).length;
    const counts = countKeys + (shares.length ? 1 : 0);
    // A distribution of communes by criteria met needs no second column: its bands add up to its total.
    if (countKeys === 0 || (counts < 2 && !isDistribution(header.table))) continue;
    if (!mayWin(grid, header.bottom, counts * 10, context, best)) continue;
    const paired = pairShares(header, shares, cols, countCols);
    const split = splitOf(paired);
    const base = { kind: 'targets' as const, header: { top: header.top, bottom: header.bottom }, cols, shares: paired, ...(split ? { split } : {}) };
    const { rows, groups, totalRow } = readRows(grid, header, base, context, tallies);
    if (rows.length + groups.length === 0) continue;
    const score = counts * 10 + rows.length + groups.length;
    if (!best || score > best.score) {
      const { region } = header.table;
      const averages = findAverages(grid).filter((average) => average.row >= region.top && average.row <= region.bottom && average.labelCol >= region.left && average.labelCol <= region.right).map((average) =>
        average.row > header.bottom && base.cols.cumulative !== undefined && grid.number(average.row, base.cols.cumulative) !== null
          ? { ...average, valueCol: base.cols.cumulative }
          : average,
      );
      const model: TargetsModel = { ...base, rows, groups, averages, groupsTotalRow: totalRow };
      best = { model, score };
    }
  }
  return best;
}

export const targetsRecognizer: Recognizer = { kind: 'targets', recognize: recognizeTargets };
