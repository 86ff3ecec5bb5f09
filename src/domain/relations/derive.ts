import { a1 } from '../sheet/address';
import { BUILTIN_CATALOGS } from '../catalog/builtin';
import { catalogForYear } from '../catalog/select';
import type { Grid } from '../sheet/grid';
import { halfUnit, readStated } from '../sheet/stated';
import { cellInPercentUnits } from '../sheet/shareUnits';

import { fold, hasAnyWords, startsWithWords } from '../text/fold';
import { isStructureLabel, TOTAL_WORDS } from '../text/vocabulary';
import { parseGroupLabel } from '../text/groupLabel';
import { atLeast } from '../table/atLeast';
import { readMark, statusOfMeaning } from '../text/legend';
import type { Column, Meaning, Row, Table } from '../table/types';
import { labelLinks, type LabelLinks } from '../table/labelLinks';
import { meaningOf, namesCriterionColumn, yearsIn } from '../table/meanings';
import type { At, Relation, SignedAt } from './types';
import { communeSheetReading } from '../recognize/communeSheet';
import { deriveSharesUnder } from './sharesUnder';
import { deriveGroupWholes } from './groupWholes';
import { namedOperands, namedPart, ofNamedColumn, ownWhole, perCommune } from './namedOperands';

/** The number of communes, and the cell that states it when the sheet does. */
export type Communes = { value: number; cell?: At };

export type DeriveContext = {
  /** The number of communes a share divides by where the table has no column for it (a stated cell or --communes). */
  communes?: Communes;
  /** The size of the criteria set the workbook is checked against: a commune's met, basically met and not met criteria add up to it. */
  criteria?: number;
  /** The id of that set, to name it where a count exceeds its size. */
  set?: string;
  /** Columns the analysis found naming criteria across (by number or by name, see `criteriaAcross`). */
  criteriaCols?: readonly number[];
};

/** A comparison of what was done with its plan ("Tỷ lệ hoàn thành", "Tỷ lệ thực hiện so với kế hoạch"). */
const COMPLETION = ['hoan thanh', 'thuc hien', 'giai ngan', 'th kh'];
const ADDITIVE: readonly Meaning[] = ['units', 'baseline', 'added', 'cumulative', 'amount', 'total', 'number', 'previous', 'plan', 'change'];
const COUNTS: readonly Meaning[] = ['cumulative', 'baseline', 'added', 'amount', 'total', 'number', 'plan'];
/** Axes whose parts add up to their parent (a criterion's indicators do not add up to it). */
const ADDITIVE_AXES: readonly Table['axis'][] = ['commune', 'district', 'group', 'source', 'project', 'year'];

const at = (row: number, col: number): At => ({ row, col });

/**
 * The relations a table asserts, each with its source: the column-number row first (the table's
 * own declaration), then its header words, its totals rows and columns and its hierarchy, and for a
 * table turned sideways the counts of its marks.
 *
 * @example
 * deriveRelations(grid, table, { communes: { value: 96 } }).filter((r) => r.kind === 'ratio')
 */
export function deriveRelations(grid: Grid, table: Table, context: DeriveContext = {}): Relation[] {
  const relations: Relation[] = [];
  const byCol = new Map(table.columns.map((c) => [c.col, c]));
  const of = (meaning: Meaning) => table.columns.filter((c) => c.meaning === meaning);
  const members = of('member');
  const lineRows = table.rows.filter((r) => r.role === 'unit' || r.role === 'subtotal' || r.role === 'total' || r.role === 'among');
  const targeted = new Set(table.formulas.map((f) => f.target));
  const keyOf = (row: Row) => row.label || row.tt || String(row.row + 1);

  // 1. Within each row: the column-number row's formulas, else the header's words.
  for (const formula of table.formulas) {
    const mixed = formula.kind === 'linear' && formula.terms.every((t) => t.sign > 0 && t.col !== undefined)
      ? mixedYears(table, formula.terms.map((t) => byCol.get(t.col!)).filter((c): c is Column => c !== undefined)) : null;
    for (const row of lineRows) {
      if (formula.kind === 'linear' && mixed) {
        relations.push({ kind: 'mixed-sets', target: at(row.row, formula.target), terms: formula.terms.map((t) => at(row.row, t.col!)), years: mixed, source: 'column-numbers', key: keyOf(row) });
      } else if (formula.kind === 'linear') {
        relations.push({ kind: 'linear', target: at(row.row, formula.target), terms: formula.terms.map((t): SignedAt => ({ row: row.row, col: t.col!, sign: t.sign })), source: 'column-numbers', key: keyOf(row), text: formula.text });
      } else {
        const column = byCol.get(formula.target);
        const percent = formula.scale === 100 || Boolean(column?.percentUnits);
        relations.push({ kind: 'ratio', target: at(row.row, formula.target), numerator: at(row.row, formula.numerator), denominator: typeof formula.denominator === 'number' ? at(row.row, formula.denominator) : { value: formula.denominator.value }, percent, share: column?.meaning === 'share', source: 'column-numbers', key: keyOf(row), text: formula.text });
      }
    }
  }
  const free = (c: Column) => !targeted.has(c.col);
  // Shares named by what they are "so với" (read with the comparisons, before the shares).
  const namedByShares = new Set<number>();
  const leftOf = (col: number, meanings: readonly Meaning[]) =>
    table.columns.filter((c) => c.col < col && meanings.includes(c.meaning)).sort((a, b) => b.col - a.col)[0];
  const unitsCol = of('units')[0];
  const sideways = table.orientation === 'cols' && members.length >= 2;

  for (const cumulative of of('cumulative').filter(free)) {
    const baseline = leftOf(cumulative.col, ['baseline']);
    const added = leftOf(cumulative.col, ['added']);
    if (!baseline || !added || sideways) continue;
    const mixed = mixedYears(table, [baseline, added]);
    // An earlier baseline under the other set (2025 beside 2026): a year end that adds it is that fault, not a slip.
    const other = mixed ? undefined : of('baseline').find((b) => b !== baseline && b.col < cumulative.col && mixedYears(table, [b, added]));
    const text = `${cumulative.title} = ${baseline.title} + ${added.title}`;
    for (const row of lineRows) {
      if (other) relations.push({ kind: 'mixed-sets', target: at(row.row, cumulative.col), terms: [at(row.row, other.col), at(row.row, added.col)], years: mixedYears(table, [other, added])!, source: 'header', key: keyOf(row) });
      if (mixed) relations.push({ kind: 'mixed-sets', target: at(row.row, cumulative.col), terms: [at(row.row, baseline.col), at(row.row, added.col)], years: mixed, source: 'header', key: keyOf(row) });
      else relations.push({ kind: 'linear', target: at(row.row, cumulative.col), terms: [{ row: row.row, col: baseline.col, sign: 1 }, { row: row.row, col: added.col, sign: 1 }], source: 'header', key: keyOf(row), text });
    }
  }
  for (const change of of('change').filter(free)) {
    const plan = leftOf(change.col, ['plan', 'cumulative']);
    const previous = plan && leftOf(plan.col, ['previous', 'baseline']);
    if (!plan || !previous) continue;
    const text = `${change.title} = ${plan.title} - ${previous.title}`;
    for (const row of lineRows) relations.push({ kind: 'linear', target: at(row.row, change.col), terms: [{ row: row.row, col: plan.col, sign: 1 }, { row: row.row, col: previous.col, sign: -1 }], source: 'header', key: keyOf(row), text });
  }
  for (const comparison of [...of('comparison'), ...of('share')].filter(free)) {
    // "Tỷ lệ so với số xã đạt chuẩn NTM (%)": the count beside it over the column it names.
    const among = sideways ? undefined : ofNamedColumn(comparison, table.columns);
    if (among) {
      namedByShares.add(comparison.col);
      for (const row of lineRows) relations.push({ kind: 'ratio', target: at(row.row, comparison.col), numerator: at(row.row, among[0].col), denominator: at(row.row, among[1].col), percent: Boolean(comparison.percentUnits), share: true, source: 'header', key: keyOf(row), text: `${comparison.title} = ${among[0].title} / ${among[1].title}` });
      continue;
    }
    if (comparison.meaning !== 'comparison') continue;
    // "Tỷ lệ đối ứng NSĐP/NSTW": the two columns its title names, wherever they stand.
    const named = namedOperands(comparison, table.columns);
    let plan = named ? named[0] : leftOf(comparison.col, ['plan', 'cumulative']);
    let previous = named ? named[1] : plan && leftOf(plan.col, ['previous', 'baseline']);
    // What was done over what was planned, on the same row: two amounts before it ("Kế hoạch vốn giao |
    // Giải ngân | Tỷ lệ giải ngân"), or the year's result after its plan ("Kế hoạch giao năm 2026 | Thực
    // hiện năm 2026 | Tỷ lệ hoàn thành (%)").
    if (!plan || !previous) {
      const done = leftOf(comparison.col, hasAnyWords(comparison.label, COMPLETION) ? ['amount', 'cumulative', 'previous'] : ['amount', 'cumulative']);
      const planned = done && leftOf(done.col, done.meaning === 'amount' ? ['amount'] : ['plan']);
      if (!done || !planned) continue;
      [plan, previous] = [done, planned];
    }
    const text = `${comparison.title} = ${plan.title} / ${previous.title}`;
    for (const row of lineRows) {
      relations.push({ kind: 'ratio', target: at(row.row, comparison.col), numerator: at(row.row, plan.col), denominator: at(row.row, previous.col), percent: Boolean(comparison.percentUnits), share: false, source: 'header', key: keyOf(row), text });
    }
  }
  const totalRows = table.rows.filter((r) => r.role === 'total');
  // Columns in blocks under a header each ("Toàn tỉnh | Xã nhóm 1 | …", each over "Số xã | Số xã đạt | Tỷ lệ"): a
  // share is of its own block's communes; in a block without them, beside one whose communes have their own
  // share, they are not said (null: the share is not checked against a number it is not of).
  const unitsOfBlock = (share: Column): Column | undefined | null => {
    if (share.group === undefined) return unitsCol;
    const own = of('units').find((u) => u.group === share.group);
    if (own) return own;
    return unitsCol?.group !== undefined && of('share').some((s) => s.group === unitsCol.group) ? null : unitsCol;
  };
  // The columns a ratio names by their words ("Số hộ nghèo" over "Tổng số hộ", "Tổng số tiêu chí đạt" under
  // "Bình quân tiêu chí/xã"): they say what they count, so their sums are no guess.
  const namedByRatios: number[] = [];
  for (const share of of('share').filter(free).filter((c) => !namedByShares.has(c.col))) {
    // "Tỷ lệ xã nhóm 3 (%)": the part it names over the column that part is of.
    const part = sideways ? undefined : namedPart(share, table.columns);
    if (part) {
      for (const row of lineRows) relations.push({ kind: 'ratio', target: at(row.row, share.col), numerator: at(row.row, part[0].col), denominator: at(row.row, part[1].col), percent: Boolean(share.percentUnits), share: true, source: 'header', key: keyOf(row), text: `${share.title} = ${part[0].title} / ${part[1].title}` });
      continue;
    }
    // A share after a "Trong đó" block is of the count the block is a part of.
    const near = leftOf(share.col, sideways ? ['cumulative', 'baseline', 'added'] : COUNTS);
    const count = (sideways ? undefined : totalOfSources(table, share)) ?? (near?.partOf !== undefined ? byCol.get(near.partOf) : near);
    // "Tổng số hộ | Số hộ nghèo | Tỷ lệ hộ nghèo (%)": the count over its own kind's total on the row, not over the communes or the totals row.
    const own = sideways ? undefined : ownWhole(share, count, table.columns);
    if (own) {
      namedByRatios.push(own[0].col, own[1].col);
      for (const row of lineRows) relations.push({ kind: 'ratio', target: at(row.row, share.col), numerator: at(row.row, own[0].col), denominator: at(row.row, own[1].col), percent: Boolean(share.percentUnits), share: true, source: 'header', key: keyOf(row), text: `${share.title} = ${own[0].title} / ${own[1].title}` });
      continue;
    }
    if (!count) continue;
    const percent = Boolean(share.percentUnits);
    const blockUnits = unitsOfBlock(share);
    if (blockUnits === null) continue;
    // Money over communes is an amount per commune, never a share: an amount's share is of its total.
    const units = ['amount', 'total'].includes(count.meaning) ? undefined : blockUnits;
    const ofTotal = totalRows.length === 1 && (ADDITIVE_AXES.includes(table.axis) || totalRows[0].namesItems === true) && ['amount', 'total', 'number'].includes(count.meaning) && wholeShare(grid, totalRows[0].row, share);
    const ofCommunes = context.communes !== undefined && !['amount', 'total'].includes(count.meaning);
    const text = units ? `${share.title} = ${count.title} / ${units.title}`
      : sideways ? `${share.title} = ${count.title} / ${members.length}`
      : ofTotal ? `${share.title} = ${count.title} / ${totalRows[0].label}`
      : `${share.title} = ${count.title} / ${context.communes?.value}`;
    const communes = context.communes;
    const whole = sideways ? { value: members.length, range: membersRange(table, members) } : ofCommunes ? communes!.cell ?? { value: communes!.value } : undefined;
    if (!units && !whole && !ofTotal) continue;
    for (const row of lineRows) {
      const denominator = units ? at(row.row, units.col) : ofTotal && !sideways ? at(totalRows[0].row, count.col) : whole!;
      relations.push({ kind: 'ratio', target: at(row.row, share.col), numerator: at(row.row, count.col), denominator, percent, share: true, source: 'header', key: keyOf(row), text });
    }
  }
  // "Bình quân (triệu đồng/xã)": each row's money over its communes, a totals row's too (its own, not an average of the rows').
  for (const average of of('average').filter(free)) {
    const operands = perCommune(average, table.columns);
    if (!operands) continue;
    namedByRatios.push(operands[0].col);
    for (const row of lineRows) relations.push({ kind: 'ratio', target: at(row.row, average.col), numerator: at(row.row, operands[0].col), denominator: at(row.row, operands[1].col), percent: false, share: false, source: 'header', key: keyOf(row), text: `${average.title} = ${operands[0].title} / ${operands[1].title}` });
  }
  // "Tổng số thôn | Số thôn đạt chuẩn | Số thôn chưa đạt chuẩn": what is not met is the whole less what is.
  const notMet = unitsCol && !sideways ? notMetOf(table, unitsCol) : undefined;
  if (notMet && free(notMet[0])) {
    namedByRatios.push(notMet[0].col, notMet[1].col);
    for (const row of lineRows) relations.push({ kind: 'linear', target: at(row.row, notMet[0].col), terms: [{ row: row.row, col: unitsCol!.col, sign: 1 }, { row: row.row, col: notMet[1].col, sign: -1 }], source: 'header', key: keyOf(row), text: `${notMet[0].title} = ${unitsCol!.title} - ${notMet[1].title}` });
  }
  // Counts by commune and criterion: their total column adds the criteria (not the ones read as amounts only).
  const criterionCounts = criterionCountsOf(table, context);
  if (criterionCounts) deriveCriterionCounts(table, criterionCounts, lineRows, relations, keyOf);
  else deriveTotalColumns(table, lineRows, relations, keyOf);
  deriveColumnParts(grid, table, lineRows.filter((r) => r.role !== 'among'), relations, keyOf);
  deriveGroupWholes(table, lineRows, relations, keyOf);
  deriveLists(grid, table, lineRows, relations, keyOf);
  deriveRowShares(grid, table, relations);
  deriveWholeRowShares(grid, table, relations);
  deriveStructureShares(grid, table, relations);
  deriveBandsAcross(table, context.criteria, relations, lineRows, keyOf);
  deriveSharesUnder(grid, table, context.communes, relations);
  deriveAcross(grid, table, context, relations);
  deriveCommuneCounts(grid, table, relations);
  // The states' columns ("Số tiêu chí: Đạt | Cơ bản đạt | Chưa đạt") say what they count: their totals are no guess.
  const states = context.criteria ? deriveStates(table, lineRows, context.criteria, relations, keyOf) : [];
  if (sideways) deriveMarkCounts(grid, table, members, relations, keyOf);
  else deriveRangeCounts(grid, table, relations);

  // Results by label ("Tổng số xã | Số xã đạt chuẩn | Số xã chưa đạt chuẩn"): their rows are items, not units that add up.
  const links = labelLinks(table);
  if (links) deriveLabelLinks(grid, table, links, relations);

  // 2. Totals rows and the hierarchy: additive columns only; shares and averages are ratios of the totals.
  const figures = table.columns.filter((c) => ADDITIVE.includes(c.meaning) && !isYearColumn(grid, table, c));
  // Marks down a column ("Lộ trình đạt chuẩn: 2026 | … | 2030", an "x" under a commune's year): a totals row counts them.
  const marked = sideways ? [] : markColumns(grid, table, figures);
  const additive = figures.filter((c) => !marked.includes(c));
  if (!links && (ADDITIVE_AXES.includes(table.axis) || (table.axis === 'unknown' && totalRows.length > 0) || totalRows.some((r) => r.namesItems))) {
    deriveMarkTotals(grid, table, marked, relations);
    deriveTotals(table, additive, relations);
    deriveAverages(table, relations);
    deriveParts(grid, table, additive, relations);
  }
  markGuesses(table, relations, [...namedByRatios, ...[...(criterionCounts ? [...criterionCounts.parts, ...(criterionCounts.total ? [criterionCounts.total] : [])] : []), ...states].map((c) => c.col)]);
  // Named by their header words ("Số tiêu chí đạt"): never a guess.
  if (context.criteria) deriveSetBounds(table, context.criteria, context.set ?? '', relations, keyOf);
  return relations;
}

/**
 * The totals row's own share says whether the shares are of it: blank, or the whole (100%, 1 as a
 * fraction). "Hộ nghèo 2,93 | Hộ cận nghèo 2,78 | Tổng số 5,71": shares of every household, which the
 * table does not hold — not of its totals row.
 */
function wholeShare(grid: Grid, row: number, share: Column): boolean {
  if (grid.isBlank(row, share.col)) return true;
  const stated = readStated(grid, row, share.col);
  if (!stated) return true;
  // A percentage format holds a fraction (1 = 100%); typed "100%" or 100 is in percent units.
  const value = stated.percentForm === 'format' ? stated.value * 100 : stated.value;
  return Math.abs(value - 100) <= 1 || Math.abs(value - 1) < 1e-9;
}

/**
 * "Tổng số thôn | Số thôn đạt chuẩn NTM | Số thôn chưa đạt chuẩn": the column of what is not met ("chưa
 * đạt") and the one of what is, named by the same words without "chưa" — each unit of the whole is one or
 * the other. Undefined unless exactly one of each.
 */
function notMetOf(table: Table, units: Column): [Column, Column] | undefined {
  const leaf = (c: Column) => c.parts.filter(Boolean).pop() ?? '';
  const notMet = table.columns.filter((c) => c !== units && / chua dat\b/.test(leaf(c)) && !hasAnyWords(leaf(c), ['ty le', 'tieu chi']));
  if (notMet.length !== 1) return undefined;
  const met = leaf(notMet[0]).replace(/ chua dat\b/, ' dat');
  const found = table.columns.filter((c) => c !== units && c !== notMet[0] && (leaf(c) === met || leaf(c).startsWith(`${met} `)));
  return found.length === 1 ? [notMet[0], found[0]] : undefined;
}

/**
 * "Tổng cộng | NSTW | NSĐP | Vốn lồng ghép | Tỷ lệ (%)": a share after the sources its row's total adds is
 * that total's share, not the last source's. The total column nearest to its left, with only amounts
 * (at least one) between them.
 */
function totalOfSources(table: Table, share: Column): Column | undefined {
  const left = table.columns.filter((c) => c.col < share.col).sort((a, b) => b.col - a.col);
  const at = left.findIndex((c) => c.meaning !== 'amount');
  const total = at > 0 ? left[at] : undefined;
  return total && (total.meaning === 'total' || table.totalCols.includes(total.col)) ? total : undefined;
}

/** Counts by commune and criterion: the criteria across (named or numbered), and the column totalling them. */
type CriterionCounts = { criteria: Column[]; total?: Column; /** What the total adds. */ parts: Column[] };

/**
 * A table of counts by commune (district, group) and criterion — the criteria across, as the analysis
 * found them — and the column totalling each row's criteria ("Tổng số", "Tổng số chỉ tiêu đạt", "Cộng").
 */
function criterionCountsOf(table: Table, context: DeriveContext): CriterionCounts | null {
  if (!context.criteriaCols || context.criteriaCols.length < 3 || table.orientation !== 'rows' || !['commune', 'district', 'group'].includes(table.axis)) return null;
  const criteria = table.columns.filter((c) => context.criteriaCols!.includes(c.col));
  const leaf = (c: Column) => c.parts.filter(Boolean).pop() ?? c.label;
  const total = table.columns.find((c) => !context.criteriaCols!.includes(c.col) && c.col !== table.labelCol && c.meaning !== 'tt' && (startsWithWords(leaf(c), TOTAL_WORDS) || /^so chi tieu\b/.test(leaf(c))) && !hasAnyWords(leaf(c), ['so xa', 'ty le', 'binh quan']));
  return { criteria, total, parts: total ? addedBy(table, total) : criteria };
}

/**
 * What a commune's total column adds: every column of figures on its side of the label — between the
 * label and the total when it closes the row, after it when it opens the row — so that a criterion
 * named in words the set does not use ("An ninh, trật tự") is still added.
 */
function addedBy(table: Table, total: Column): Column[] {
  const left = table.columns.some((c) => c.col > table.labelCol && c.col < total.col && c.meaning !== 'tt' && c.meaning !== 'note');
  return table.columns.filter((c) => c !== total && c.col > table.labelCol && c.col !== table.ttCol && !['tt', 'label', 'note', 'text', 'list'].includes(c.meaning) && (left ? c.col < total.col : c.col > total.col));
}

/** "(3 chỉ tiêu)" in a criterion's header: the indicators it has, as the table states them. */
const STATED_INDICATORS = /\b(\d{1,2}) chi tieu\b/;

/**
 * Counts by commune and criterion (the indicators each commune meets of each criterion): a row's total
 * column is the sum of its criteria, and a criterion whose header states its indicators ("Quy hoạch
 * (2 chỉ tiêu)") bounds each commune's count. The totals rows add the communes (`deriveTotals`).
 */
function deriveCriterionCounts(table: Table, counts: CriterionCounts, rows: readonly Row[], relations: Relation[], keyOf: (row: Row) => string): void {
  const { criteria, total, parts } = counts;
  if (total && !table.formulas.some((f) => f.target === total.col)) {
    for (const row of rows) relations.push({ kind: 'sum', target: { row: row.row, col: total.col }, parts: parts.map((c) => ({ row: row.row, col: c.col })), source: 'totals-column', key: keyOf(row) });
  }
  for (const column of criteria) {
    const stated = STATED_INDICATORS.exec(column.label);
    if (!stated) continue;
    for (const row of rows) {
      if (row.role !== 'unit') continue;
      relations.push({ kind: 'set-bound', target: { row: row.row, col: column.col }, max: Number(stated[1]), set: '', what: 'indicators', source: 'header', key: keyOf(row), text: column.title });
    }
  }
}

/** Columns holding a result's figure (a share or an average is computed from them). */
const FIGURES: readonly Meaning[] = ['units', 'number', 'cumulative', 'baseline', 'amount', 'total', 'plan'];

/**
 * Results by label (see `labelLinks`): the whole is its parts (đạt + cơ bản đạt + chưa đạt), the
 * average criteria per commune is the criteria met over the whole, and a share column "so với tổng
 * số xã" is each row's figure over the whole's.
 */
function deriveLabelLinks(grid: Grid, table: Table, links: LabelLinks, relations: Relation[]): void {
  const figures = table.columns.filter((c) => FIGURES.includes(c.meaning));
  const label = (row: Row) => row.label.trim();
  for (const column of figures) {
    const cell = (row: Row) => at(row.row, column.col);
    if (links.parts.length >= 2 && links.parts.some((part) => !grid.isBlank(part.row, column.col))) {
      relations.push({ kind: 'sum', target: cell(links.whole), parts: links.parts.map(cell), source: 'row-labels', key: `${label(links.whole)} · ${column.title}` });
    }
    if (links.average) {
      const { row, total } = links.average;
      relations.push({ kind: 'ratio', target: cell(row), numerator: cell(total), denominator: cell(links.whole), percent: false, share: false, source: 'row-labels', key: `${label(row)} · ${column.title}`, text: `${label(row)} = ${label(total)} / ${label(links.whole)}` });
    }
  }
  for (const share of table.columns.filter((c) => c.meaning === 'share' && /\btong so\b/.test(c.label))) {
    const count = figures.filter((c) => c.col < share.col).sort((a, b) => b.col - a.col)[0];
    if (!count) continue;
    for (const row of table.rows.filter((r) => (r.role === 'unit' || r.role === 'total') && !grid.isBlank(r.row, count.col))) {
      relations.push({ kind: 'ratio', target: at(row.row, share.col), numerator: at(row.row, count.col), denominator: at(links.whole.row, count.col), percent: Boolean(share.percentUnits), share: true, source: 'row-labels', key: `${label(row)} · ${share.title}`, text: `${share.title} = ${count.title} / ${label(links.whole)}` });
    }
  }
}

/** Words of a header counting a commune's criteria. */
const CRITERIA_COUNT = ['so tieu chi', 'so tc', 'so luong tieu chi', 'tong tieu chi'];
/** Words of a header that counts something else than a commune's criteria (communes, villages, indicators, an order). */
const NOT_CRITERIA_COUNT = ['so xa', 'xa dat', 'binh quan', 'thu tu', 'ty le', 'thon', 'xom', 'chi tieu', 'so thu tu', 'danh sach'];

/** A commune's count of criteria, by its header ("Số tiêu chí đạt", "Số TC chưa đạt"): a column that says what it counts. */
function countsCriteria(column: Column): boolean {
  return COUNT_MEANINGS.includes(column.meaning) && hasAnyWords(column.label, CRITERIA_COUNT) && !hasAnyWords(column.label, NOT_CRITERIA_COUNT);
}

/**
 * What the criteria set bounds (see the `set-bound` kind): a commune's count of criteria — met,
 * basically met, not met, added, at year end ("Số tiêu chí đạt", "Cơ bản đạt" under "Số tiêu chí") —
 * on each commune's row, and an average of criteria per commune ("Bình quân tiêu chí/xã") on every row.
 * A count column on its own is bounded as much as three that add up to the set.
 */
function deriveSetBounds(table: Table, size: number, set: string, relations: Relation[], keyOf: (row: Row) => string): void {
  if (table.orientation !== 'rows') return;
  // Only a commune's own row counts its criteria: a district's or a year's "Tổng số tiêu chí" may add up many communes'.
  let communeRows: Row[] | undefined;
  let everyRow: Row[] | undefined;
  for (const column of table.columns) {
    if (column.col === table.labelCol || column.meaning === 'list' || !hasAnyWords(column.label, ['tieu chi', 'tc'])) continue;
    const average = column.meaning === 'average' || hasAnyWords(column.label, ['binh quan']);
    if (average && hasAnyWords(column.label, ['so xa', 'xa dat', 'ty le', 'thon'])) continue;
    // A count of criteria says so ("Số tiêu chí …"); "Tiêu chí 3" heads one criterion's column.
    if (!average && !countsCriteria(column)) continue;
    const rows = average
      ? (everyRow ??= table.rows.filter((r) => ['unit', 'subtotal', 'total', 'average'].includes(r.role)))
      : (communeRows ??= table.axis === 'commune' ? table.rows.filter((r) => r.role === 'unit') : []);
    for (const row of rows) {
      relations.push({ kind: 'set-bound', target: at(row.row, column.col), max: size, set, what: average ? 'average' : 'count', source: 'header', key: keyOf(row), text: column.title });
    }
  }
}

/** The relations resting on what the table did not say (see `Guess`): unnamed rows under a total, unnamed columns. */
function markGuesses(table: Table, relations: Relation[], named: readonly number[] = []): void {
  // A column its header splits ("Tổng số | Chia ra: …") is named as their sum, and they as its parts, whatever they count.
  const split = new Set(table.columns.flatMap((c) => (c.sumOf ? [c.col, ...c.sumOf] : [])));
  const unnamed = new Set(table.columns.filter((c) => c.meaning === 'number' && !split.has(c.col) && !named.includes(c.col) && !countsCriteria(c)).map((c) => c.col));
  // Rows that are groups of communes by the criteria they meet ("Đạt từ 8 - 9 tiêu chí") say what they are.
  const items = table.rows.filter((r) => r.role === 'unit');
  const bands = items.length >= 2 && atLeast(items, Math.max(2, items.length * 0.6), (r) => parseGroupLabel(r.label) !== null);
  for (const relation of relations) {
    // The column-number row and the states a header names ("Chưa đạt") say what the relation is.
    if (relation.source === 'column-numbers' || relation.source === 'row-labels' || (relation.kind === 'linear' && relation.constant !== undefined)) continue;
    // A totals row naming the kind of each item ("Tổng số sản phẩm OCOP") says what it adds.
    if (relation.source === 'totals-row' && table.rows.some((r) => r.namesItems && r.row === relation.target.row)) continue;
    if (table.axis === 'unknown' && !bands && (relation.source === 'totals-row' || relation.source === 'hierarchy' || relation.source === 'average-row')) relation.guess = 'rows';
    else if (unnamed.has(relation.target.col) && relation.source !== 'list' && relation.source !== 'count-row') relation.guess = 'columns';
  }
}

/**
 * The years of columns whose counts fall under criteria sets of different sizes (19 criteria to
 * 2025, 10 from 2026): counts a table may show side by side but never add. Null when they do not mix.
 */
function mixedYears(table: Table, columns: readonly Column[]): number[] | null {
  if (table.columns.some((c) => c.meaning === 'amount') || columns.some((c) => c.meaning === 'amount' || c.meaning === 'total')) return null;
  const years = [...new Set(columns.map((c) => c.year).filter((y): y is number => y !== undefined))].sort();
  const sizes = new Set(years.map((year) => catalogForYear(BUILTIN_CATALOGS, year, false)?.criteria.length));
  return sizes.size > 1 ? years : null;
}

function membersRange(table: Table, members: readonly Column[]): string | undefined {
  const cols = members.map((m) => m.col);
  const contiguous = cols.every((c, i) => i === 0 || c === cols[i - 1] + 1);
  return contiguous ? `${a1(table.header.bottom, cols[0])}:${a1(table.header.bottom, cols[cols.length - 1])}` : undefined;
}

function isYearColumn(grid: Grid, table: Table, column: Column): boolean {
  let years = 0;
  let numbers = 0;
  for (const row of table.rows) {
    const value = grid.number(row.row, column.col);
    if (value === null) continue;
    numbers++;
    if (Number.isInteger(value) && value >= 1990 && value <= 2100) years++;
  }
  return numbers > 0 && years === numbers;
}

/** A "Tổng cộng" column: the sum of the sources beside it, a group's own total counted instead of its parts; a count's "Tổng" over its group. */
function deriveTotalColumns(table: Table, rows: readonly Row[], relations: Relation[], keyOf: (row: Row) => string): void {
  const amounts = table.columns.filter((c) => c.meaning === 'amount' || c.meaning === 'total');
  for (const total of table.columns.filter((c) => c.meaning === 'total')) {
    if (table.formulas.some((f) => f.target === total.col)) continue;
    const siblings = total.group !== undefined ? amounts.filter((c) => c !== total && c.group === total.group) : [];
    let parts: Column[] = siblings;
    if (parts.length === 0) {
      // The grand total: every source once — a group's own total instead of its parts.
      const groupTotals = amounts.filter((c) => c.meaning === 'total' && c.group !== undefined && c !== total);
      const covered = new Set(groupTotals.map((c) => c.group));
      parts = [...groupTotals, ...amounts.filter((c) => c.meaning === 'amount' && (c.group === undefined || !covered.has(c.group)))];
    }
    if (parts.length < 2) continue;
    for (const row of rows) relations.push({ kind: 'sum', target: { row: row.row, col: total.col }, parts: parts.map((c) => ({ row: row.row, col: c.col })), source: 'totals-column', key: keyOf(row) });
  }
  for (const total of table.columns.filter((c) => c.sumOf !== undefined)) {
    if (table.formulas.some((f) => f.target === total.col) || isAmongWhole(table, total)) continue;
    for (const row of rows) relations.push({ kind: 'sum', target: { row: row.row, col: total.col }, parts: total.sumOf!.map((col) => ({ row: row.row, col })), source: 'totals-column', key: keyOf(row) });
  }
}

/**
 * Criteria across, what is counted down ("Số xã đạt đến 31/12/2026 | Số xã đạt thêm năm 2027 | Lũy kế
 * | Tỷ lệ (%)", or "Hiện trạng | Năm 2026 … Năm 2030 | Tăng thêm giai đoạn | Tỷ lệ năm 2030"): the
 * per-criterion rules between rows exactly as between columns — the year end is what is met plus what
 * the year adds, what the period adds is its last year less the start, a share is its count over the
 * communes.
 */
function deriveAcross(grid: Grid, table: Table, context: DeriveContext, relations: Relation[]): void {
  if (table.orientation !== 'rows' || ['commune', 'district', 'group'].includes(table.axis)) return;
  const criteria = table.columns.filter((c) => c.col !== table.labelCol && c.meaning !== 'tt' && (namesCriterionColumn(c.parts) || context.criteriaCols?.includes(c.col)));
  if (criteria.length < 3) return;
  const rows = table.rows.map((row) => {
    const words = fold(row.label);
    const year = /^(nam )?(20[0-4]\d)$/.exec(words)?.[2];
    return { row, year: year ? Number(year) : undefined, meaning: year ? undefined : row.role === 'share' ? 'share' as Meaning : meaningOf(words, words, table.planYear) };
  });
  const one = (meaning: Meaning) => { const found = rows.filter((r) => r.meaning === meaning); return found.length === 1 ? found[0].row : undefined; };
  const baseline = one('baseline');
  const added = one('added') ?? one('change');
  const cumulative = one('cumulative');
  const years = rows.filter((r) => r.year !== undefined).sort((a, b) => a.year! - b.year!);
  const last = years[years.length - 1]?.row;
  const key = (row: Row, column: Column) => `${row.label} · ${column.title}`;
  for (const column of criteria) {
    const at = (row: Row) => ({ row: row.row, col: column.col });
    if (baseline && added && cumulative) relations.push({ kind: 'linear', target: at(cumulative), terms: [{ ...at(baseline), sign: 1 }, { ...at(added), sign: 1 }], source: 'row-labels', key: key(cumulative, column), text: `${cumulative.label} = ${baseline.label} + ${added.label}` });
    else if (baseline && added && last) relations.push({ kind: 'linear', target: at(added), terms: [{ ...at(last), sign: 1 }, { ...at(baseline), sign: -1 }], source: 'row-labels', key: key(added, column), text: `${added.label} = ${last.label} − ${baseline.label}` });
    if (!context.communes) continue;
    for (const share of rows.filter((r) => r.meaning === 'share')) {
      const year = yearsIn(fold(share.row.label)).pop();
      const count = (year !== undefined ? years.find((r) => r.year === year)?.row : undefined) ?? cumulative ?? baseline;
      if (!count) continue;
      const percent = cellInPercentUnits(grid, share.row.row, column.col);
      const whole = context.communes.cell ?? { value: context.communes.value };
      relations.push({ kind: 'ratio', target: at(share.row), numerator: at(count), denominator: whole, percent, share: true, source: 'row-labels', key: key(share.row, column), text: `${share.row.label} = ${count.label} / ${context.communes.value}` });
    }
  }
}

/**
 * One commune's criteria down the rows with their state ("Đạt", "Chưa đạt"; "Duy trì", "Phấn đấu
 * đạt") and lines counting them under ("Số tiêu chí đã đạt đến 31/12/2026: 7", "Số tiêu chí phấn đấu
 * đạt năm 2027: 2", "Dự kiến đến 31/12/2027 đạt: 8"): each line is its count of marks, the last their sum.
 */
function deriveCommuneCounts(grid: Grid, table: Table, relations: Relation[]): void {
  // Rows of communes, districts, groups or funding sources are not one commune's criteria.
  if (ADDITIVE_AXES.includes(table.axis)) return;
  const { criteria, lines, now, plan } = communeSheetReading(grid, table, true);
  if (criteria.length < 3 || lines.length === 0 || !now) return;
  // The count stands in the first cell holding a number, else (a blank to fill) under the marks it counts.
  const valueOf = (row: Row) => table.columns.find((c) => c.col !== table.labelCol && readStated(grid, row.row, c.col) !== null && !grid.isBlank(row.row, c.col))
    ?? (table.columns.filter((c) => c.col > table.labelCol && c.col <= now.col).every((c) => grid.isBlank(row.row, c.col)) ? now : undefined);
  const stated: { line: Row; meaning: Meaning; at: { row: number; col: number } }[] = [];
  for (const line of lines) {
    const column = valueOf(line);
    if (!column) continue;
    const words = fold(line.label);
    stated.push({ line, meaning: meaningOf(words, words, table.planYear), at: { row: line.row, col: column.col } });
  }
  const cells = (column: Column) => criteria.map((r) => ({ row: r.row, col: column.col }));
  // One column of verdicts and no plan ("Kết quả tự đánh giá: Đạt | Chưa đạt"): "Số tiêu chí đạt" without a
  // year counts what is met, "Số tiêu chí chưa đạt" what is not.
  const words = (s: (typeof stated)[number]) => fold(s.line.label);
  const verdictsOnly = !plan;
  const baseline = stated.find((s) => s.meaning === 'baseline')
    ?? (verdictsOnly ? stated.find((s) => /\bdat\b/.test(words(s)) && !/\b(chua|co ban|khong) dat\b|phan dau|them|ke hoach|du kien/.test(words(s))) : undefined);
  const notMet = verdictsOnly ? stated.find((s) => /\b(chua|khong) dat\b/.test(words(s))) : undefined;
  const added = stated.find((s) => s !== baseline && (s.meaning === 'added' || s.meaning === 'plan'));
  const yearEnd = stated.find((s) => s.meaning === 'cumulative');
  if (baseline) relations.push({ kind: 'count', target: baseline.at, cells: cells(now), statuses: ['met'], source: 'row-labels', key: baseline.line.label });
  if (notMet) relations.push({ kind: 'count', target: notMet.at, cells: cells(now), statuses: ['not-met'], source: 'row-labels', key: notMet.line.label });
  if (added && plan) relations.push({ kind: 'count', target: added.at, cells: cells(plan), statuses: ['planned'], source: 'row-labels', key: added.line.label });
  if (yearEnd && baseline && added) relations.push({ kind: 'linear', target: yearEnd.at, terms: [{ ...baseline.at, sign: 1 }, { ...added.at, sign: 1 }], source: 'row-labels', key: yearEnd.line.label, text: `${yearEnd.line.label} = ${baseline.line.label} + ${added.line.label}` });
  // Lines naming a state and nothing of the year ("Số tiêu chí đạt | 7", "Số tiêu chí cơ bản đạt | 2", "Số tiêu chí chưa đạt | 1"): the marks of that state now.
  for (const line of stated) {
    if (line === baseline || line === added || line === yearEnd || !['number', 'text'].includes(line.meaning)) continue;
    const state = statusOfMeaning(fold(line.line.label));
    if (state === 'met' || state === 'basic' || state === 'not-met') relations.push({ kind: 'count', target: line.at, cells: cells(now), statuses: [state], source: 'row-labels', key: line.line.label });
  }
}

const VALUE_COLUMNS: readonly Meaning[] = ['previous', 'plan', 'baseline', 'added', 'cumulative', 'number', 'amount', 'total'];

/**
 * Rows that relate in a list of indicators ("Tổng số xã | Số xã đạt chuẩn | Tỷ lệ xã đạt chuẩn (%)"):
 * the share row is the count row over the total row, in every column of figures. Rows are matched by
 * their words: "Tỷ lệ <what>" over "Số <what>" and "Tổng số <unit>" (xã, thôn, hộ …).
 */
function deriveRowShares(grid: Grid, table: Table, relations: Relation[]): void {
  if (table.orientation !== 'rows' || !['target', 'unknown'].includes(table.axis)) return;
  const rows = table.rows.map((row) => ({ row, words: fold(row.label).replace(/\s*\(?%\)?\s*$/, '').replace(/\s+(nam|den nam|den het nam)\s+20\d\d$/, '').trim() }));
  const columns = table.columns.filter((c) => VALUE_COLUMNS.includes(c.meaning));
  for (const share of rows) {
    const what = /^ty le (.+)$/.exec(share.words)?.[1];
    if (!what) continue;
    // "Số xã được công nhận đạt chuẩn NTM" beside "Tỷ lệ xã đạt chuẩn NTM"; "Tổng số xã thực hiện Chương
    // trình" as the whole (Hải Dương 4/2020): the same words once "được công nhận" is set aside, the one
    // "Tổng số <unit> …" of the list.
    const plain = (words: string) => words.replace(/\b(duoc cong nhan|da duoc cong nhan|duoc) /g, '');
    const counts = rows.filter((r) => r.words === `so ${what}`);
    const loose = rows.filter((r) => plain(r.words) === `so ${what}`);
    const count = counts[0] ?? (loose.length === 1 ? loose[0] : undefined);
    const unit = what.split(' ')[0];
    const exact = rows.filter((r) => r.words === `tong so ${unit}` || r.words === `tong so ${unit} tren dia ban`);
    const wholes = exact.length > 0 ? exact : rows.filter((r) => r.words.startsWith(`tong so ${unit} `) && !/\b(dat|chua dat|tieu chi)\b/.test(r.words));
    const total = exact[0] ?? (wholes.length === 1 ? wholes[0] : undefined);
    if (!count || !total) continue;
    for (const column of columns) {
      const at = (row: number) => ({ row, col: column.col });
      if (grid.isBlank(count.row.row, column.col) || grid.isBlank(total.row.row, column.col)) continue;
      // A share formatted as a percentage holds a fraction; one typed 47,9 beside a unit "%" is in percent units.
      const percent = cellInPercentUnits(grid, share.row.row, column.col);
      relations.push({ kind: 'ratio', target: at(share.row.row), numerator: at(count.row.row), denominator: at(total.row.row), percent, share: true, source: 'row-labels', key: `${share.row.label} · ${column.title}`, text: `${share.row.label} = ${count.row.label} / ${total.row.label}` });
    }
  }
}

/** Units a list of indicators counts: "Tổng số xã" is the whole of "Số xã đạt chuẩn …" and "Xã đạt chuẩn NTM nâng cao". */
const WHOLE_UNITS = ['xa', 'thon', 'ban', 'ap', 'huyen', 'ho', 'don vi'];

/**
 * A list of indicators with a share column and the whole they are of on a row of its own (a national or
 * provincial summary: "Tổng số xã 8.014 | Số xã đạt chuẩn NTM 6.250 (78%) | Trong đó: xã NTM nâng cao 2.275
 * (36,4%), kiểu mẫu 550 (8,8%)", 01/2025): each count of that unit is a share of the whole. A part listed
 * under "Trong đó" is read as published either way: of the count it is part of (2.275/6.250 = 36,4%) or of
 * the whole; the one its stated share holds with, else the count it is part of.
 */
function deriveWholeRowShares(grid: Grid, table: Table, relations: Relation[]): void {
  if (table.orientation !== 'rows' || !['target', 'unknown'].includes(table.axis)) return;
  const shares = table.columns.filter((c) => c.meaning === 'share');
  if (shares.length === 0) return;
  const words = (row: Row) => fold(row.label).replace(/\s*\([^()]*\)\s*$/, '');
  const wholes = table.rows.filter((r) => (r.role === 'total' || r.role === 'unit') && WHOLE_UNITS.some((u) => words(r) === `tong so ${u}`));
  if (wholes.length !== 1) return;
  const whole = wholes[0];
  const unit = words(whole).slice('tong so '.length);
  const counts = (row: Row) => row !== whole && (words(row).startsWith(`so ${unit} `) || words(row).startsWith(`${unit} `));
  const taken = new Set(relations.filter((r) => r.kind === 'ratio').map((r) => `${r.target.row}:${r.target.col}`));
  for (const share of shares) {
    if (relations.some((r) => r.target.col === share.col && r.kind === 'ratio')) continue;
    const count = table.columns.filter((c) => c.col < share.col && VALUE_COLUMNS.includes(c.meaning)).sort((a, b) => b.col - a.col)[0];
    if (!count || grid.isBlank(whole.row, count.col)) continue;
    const ratio = (row: Row, of: Row): Relation => ({ kind: 'ratio', target: at(row.row, share.col), numerator: at(row.row, count.col), denominator: at(of.row, count.col), percent: cellInPercentUnits(grid, row.row, share.col), share: true, source: 'row-labels', key: `${row.label} · ${share.title}`, text: `${share.title} = ${row.label} / ${of.label}` });
    for (const row of table.rows) {
      if (!counts(row) || taken.has(`${row.row}:${share.col}`) || grid.isBlank(row.row, count.col)) continue;
      const parent = row.role === 'among' && row.partOf !== undefined ? table.rows.find((r) => r.row === row.partOf && counts(r)) : undefined;
      if (row.role !== 'unit' && !parent) continue;
      relations.push(ratio(row, parent && !(holds(grid, row, share, count, whole) && !holds(grid, row, share, count, parent)) ? parent : whole));
    }
  }
}

/** The share a row states holds with its count over that of `of`, at the precision typed. */
function holds(grid: Grid, row: Row, share: Column, count: Column, of: Row): boolean {
  const stated = readStated(grid, row.row, share.col);
  const part = readStated(grid, row.row, count.col);
  const base = readStated(grid, of.row, count.col);
  if (!stated || !part || !base || base.value === 0) return false;
  const value = stated.percentForm === 'format' ? stated.value * 100 : stated.value;
  const decimals = stated.percentForm === 'format' ? stated.decimals - 2 : stated.decimals;
  return Math.abs((part.value / base.value) * 100 - value) <= halfUnit(Math.max(0, decimals)) + 1e-9;
}

/**
 * Communes by the number of criteria they meet, the bands across ("Tổng số xã | Số xã đạt: 10 tiêu chí |
 * Từ 8 - 9 | Từ 5 - 7 | Dưới 5 tiêu chí") per area: the bands, each number of criteria in one of them from
 * none up to the set's size, add up on each row to the area's communes.
 */
function deriveBandsAcross(table: Table, size: number | undefined, relations: Relation[], rows: readonly Row[], keyOf: (row: Row) => string): void {
  const units = table.columns.filter((c) => c.meaning === 'units');
  if (table.orientation !== 'rows' || units.length !== 1 || table.formulas.some((f) => f.target === units[0].col) || table.columns.some((c) => c.sumOf?.length)) return;
  const bands = table.columns
    .map((column) => ({ column, bounds: parseGroupLabel(column.title) }))
    .filter((b): b is { column: Column; bounds: NonNullable<ReturnType<typeof parseGroupLabel>> } => b.bounds !== null && b.column !== units[0])
    .sort((a, b) => a.bounds.min - b.bounds.min);
  if (bands.length < 3 || bands[0].bounds.min !== 0) return;
  for (let i = 1; i < bands.length; i++) if (bands[i].bounds.min !== bands[i - 1].bounds.max + 1) return;
  const top = bands[bands.length - 1].bounds.max;
  if (size !== undefined && top !== size && top !== Infinity) return;
  const parts = bands.map((b) => b.column).sort((a, b) => a.col - b.col);
  for (const row of rows) relations.push({ kind: 'sum', target: { row: row.row, col: units[0].col }, parts: parts.map((c) => ({ row: row.row, col: c.col })), source: 'header', key: keyOf(row) });
}


/**
 * "Tỷ lệ cơ cấu (%)" under the totals row of money split across the columns ("Tổng giai đoạn 2026 - 2030 |
 * Năm 2026 | … | Năm 2030", "Tổng cộng | NSTW | NSĐP"): each column's total over the whole's, in every
 * column the whole adds (100 under the whole itself). The whole is the column the totals row's sum across
 * adds the others into (`deriveTotalColumns`, run before).
 */
function deriveStructureShares(grid: Grid, table: Table, relations: Relation[]): void {
  if (table.orientation !== 'rows') return;
  const totals = table.rows.filter((r) => r.role === 'total');
  if (totals.length !== 1) return;
  const total = totals[0];
  // The whole: the one column the totals row's own sum across adds the others into ("Tổng giai đoạn", "Tổng cộng").
  const across = relations.filter((r): r is Extract<Relation, { kind: 'sum' }> => r.kind === 'sum' && r.source === 'totals-column' && r.target.row === total.row);
  // (A "Tổng cộng" that is also its period's sum is related once per reading: the same column.)
  if (across.length === 0 || across.some((r) => r.target.col !== across[0].target.col)) return;
  const whole = across[0].target.col;
  const titleOf = (col: number) => table.columns.find((c) => c.col === col)?.title ?? '';
  for (const row of table.rows) {
    if (row.role !== 'share' || !isStructureLabel(fold(row.label))) continue;
    for (const col of [whole, ...across[0].parts.map((p) => p.col)]) {
      relations.push({ kind: 'ratio', target: { row: row.row, col }, numerator: { row: total.row, col }, denominator: { row: total.row, col: whole }, percent: cellInPercentUnits(grid, row.row, col), share: true, source: 'row-labels', key: `${row.label} · ${titleOf(col)}`, text: `${row.label} = ${total.label} ${titleOf(col)} / ${titleOf(whole)}` });
    }
  }
}

/**
 * A commune's criteria by state ("Số tiêu chí: Đạt | Cơ bản đạt | Chưa đạt"): they add up to the set,
 * so what is not met is the set's size less the others (a count per commune, never of communes).
 */
function deriveStates(table: Table, rows: readonly Row[], size: number, relations: Relation[], keyOf: (row: Row) => string): Column[] {
  if (!['commune', 'unknown'].includes(table.axis)) return [];
  const states = new Map<string, Column[]>();
  for (const column of table.columns) {
    if (column.meaning === 'list' || !COUNT_MEANINGS.includes(column.meaning) || !hasAnyWords(column.label, ['tieu chi', 'tc']) || hasAnyWords(column.label, ['so xa', 'xa dat', 'binh quan', 'thu tu'])) continue;
    const state = statusOfMeaning(column.parts.filter(Boolean).pop() ?? '');
    if (state) states.set(state, [...(states.get(state) ?? []), column]);
  }
  const one = (state: string) => (states.get(state)?.length === 1 ? states.get(state)![0] : undefined);
  const met = one('met');
  const notMet = one('not-met');
  const basic = one('basic');
  if (!met || !notMet || states.get('planned') || (states.has('basic') && !basic)) return [];
  const terms = [met, ...(basic ? [basic] : [])];
  const text = `${notMet.title} = ${size} − ${terms.map((c) => c.title).join(' − ')}`;
  for (const row of rows) {
    if (row.role !== 'unit') continue;
    relations.push({ kind: 'linear', target: { row: row.row, col: notMet.col }, constant: size, terms: terms.map((c) => ({ row: row.row, col: c.col, sign: -1 as const })), source: 'header', key: keyOf(row), text });
  }
  return [...terms, notMet];
}

const COUNT_MEANINGS: readonly Meaning[] = ['added', 'number', 'baseline', 'cumulative', 'plan'];

/** A count beside a list of criteria ("2" beside "9, 10"). */
function deriveLists(grid: Grid, table: Table, rows: readonly Row[], relations: Relation[], keyOf: (row: Row) => string): void {
  for (const list of table.columns.filter((c) => c.meaning === 'list')) {
    const words = list.label;
    // "Cơ bản đạt | … | Tiêu chí cơ bản đạt (số thứ tự)": the count of the state the list names.
    const state = statusOfMeaning(list.parts.filter(Boolean).pop() ?? '');
    const counts = table.columns.filter((c) => c.meaning !== 'list' && COUNT_MEANINGS.includes(c.meaning));
    const sameState = state ? counts.filter((c) => statusOfMeaning(c.parts.filter(Boolean).pop() ?? '') === state) : [];
    const want: Meaning = hasAnyWords(words, ['chua dat', 'con thieu']) ? 'number' : hasAnyWords(words, ['da dat']) ? 'baseline' : 'added';
    const listState = state ?? (want === 'number' ? 'not-met' : null);
    const count = (sameState.length === 1 ? sameState[0] : undefined)
      ?? table.columns.find((c) => c.meaning === want && (want !== 'number' || hasAnyWords(c.label, ['chua dat'])))
      // (Never a count of another state: "Số tiêu chí đạt" beside "Tiêu chí chưa đạt: 3, 7" counts what the list leaves out.)
      ?? table.columns.filter((c) => c.col < list.col && ['added', 'number'].includes(c.meaning) && !(listState && [null, listState].every((s) => s !== statusOfMeaning(c.parts.filter(Boolean).pop() ?? '')))).sort((a, b) => b.col - a.col)[0];
    if (!count) continue;
    for (const row of rows) {
      if (row.role !== 'unit' || grid.isBlank(row.row, list.col) && grid.isBlank(row.row, count.col)) continue;
      relations.push({ kind: 'list-length', target: { row: row.row, col: count.col }, list: { row: row.row, col: list.col }, source: 'list', key: keyOf(row) });
    }
  }
}

/** A table turned sideways: per criterion the communes' marks counted; per commune, rows counting down. */
function deriveMarkCounts(grid: Grid, table: Table, members: readonly Column[], relations: Relation[], keyOf: (row: Row) => string): void {
  const STATUSES: Partial<Record<Meaning, ('met' | 'planned')[]>> = { baseline: ['met'], added: ['planned'], cumulative: ['met', 'planned'] };
  const criteriaRows = table.rows.filter((r) => r.role === 'unit' || r.role === 'subtotal');
  const summaryRows = table.rows.filter((r) => r.role === 'count');
  const markRows = criteriaRows;
  for (const row of markRows) {
    const cells = members.map((m) => ({ row: row.row, col: m.col }));
    for (const column of table.columns) {
      const statuses = STATUSES[column.meaning];
      if (statuses && !table.formulas.some((f) => f.target === column.col)) relations.push({ kind: 'count', target: { row: row.row, col: column.col }, cells, statuses, source: 'marks', key: keyOf(row) });
      if (column.meaning === 'units') relations.push({ kind: 'count', target: { row: row.row, col: column.col }, cells, statuses: ['met', 'planned', 'basic', 'not-met'], source: 'marks', key: keyOf(row) });
    }
  }
  for (const row of [...summaryRows, ...table.rows.filter((r) => r.role === 'total')]) {
    const folded = fold(row.label);
    const statuses: ('met' | 'planned')[] = hasAnyWords(folded, ['phan dau', 'them', 'ke hoach']) ? ['planned'] : hasAnyWords(folded, ['cuoi nam', 'luy ke', 'sau']) ? ['met', 'planned'] : ['met'];
    for (const member of members) {
      if (readStated(grid, row.row, member.col) === null && !grid.isBlank(row.row, member.col)) continue;
      relations.push({ kind: 'count', target: { row: row.row, col: member.col }, cells: markRows.map((r) => ({ row: r.row, col: member.col })), statuses, source: 'marks', key: `${member.title}` });
    }
  }
}


/** Columns whose units hold marks only ("x", "Đ", "KH", the plan year, the legend's), no figure: two marks or more among them. */
function markColumns(grid: Grid, table: Table, columns: readonly Column[]): Column[] {
  const units = table.rows.filter((r) => r.role === 'unit');
  let marks = 0;
  const found = columns.filter((column) => {
    let own = 0;
    for (const { row } of units) {
      const value = grid.value(row, column.col);
      if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
      if (typeof value !== 'string' || grid.number(row, column.col) !== null) return false;
      const status = readMark(value, table.planYear, table.legendMarks);
      if (status !== 'met' && status !== 'planned') return false;
      own++;
    }
    marks += own;
    return own > 0;
  });
  return marks >= 2 ? found : [];
}

/** A totals row under columns of marks: each its column's marks counted (a sum of "x" is nothing). */
function deriveMarkTotals(grid: Grid, table: Table, columns: readonly Column[], relations: Relation[]): void {
  const units = table.rows.filter((r) => r.role === 'unit');
  for (const total of table.rows.filter((r) => r.role === 'total')) {
    for (const column of columns) {
      if (readStated(grid, total.row, column.col) === null && !grid.isBlank(total.row, column.col)) continue;
      relations.push({ kind: 'count', target: { row: total.row, col: column.col }, cells: units.map((r) => ({ row: r.row, col: column.col })), statuses: ['met', 'planned'], source: 'marks', key: column.title });
    }
  }
}

/** Under the items, "Số xã đạt 10/10 tiêu chí": per column where it states a number, the items within its bounds. */
function deriveRangeCounts(grid: Grid, table: Table, relations: Relation[]): void {
  const items = table.rows.filter((r) => r.role === 'unit' || r.role === 'subtotal');
  for (const row of table.rows.filter((r) => r.role === 'count')) {
    const bounds = parseGroupLabel(row.label);
    if (!bounds || items.length === 0) continue;
    for (const column of table.columns) {
      if (!['baseline', 'added', 'cumulative', 'number'].includes(column.meaning) || readStated(grid, row.row, column.col) === null) continue;
      relations.push({ kind: 'count-range', target: { row: row.row, col: column.col }, cells: items.map((r) => ({ row: r.row, col: column.col })), min: bounds.min, max: bounds.max, source: 'count-row', key: row.label });
    }
  }
}

function deriveTotals(table: Table, additive: readonly Column[], relations: Relation[]): void {
  const rows = table.rows;
  const totals = rows.filter((r) => r.role === 'total');
  const items = rows.filter((r) => r.role === 'unit' || r.role === 'subtotal');
  const children = new Map<number, Row[]>();
  for (const row of items) {
    if (row.parent === undefined) continue;
    const kids = children.get(row.parent);
    if (kids) kids.push(row);
    else children.set(row.parent, [row]);
  }
  for (const [parent, kids] of children) {
    const parentRow = rows.find((r) => r.row === parent)!;
    for (const column of additive) {
      relations.push({ kind: 'sum', target: { row: parent, col: column.col }, parts: kids.map((k) => ({ row: k.row, col: column.col })), source: 'hierarchy', key: parentRow.label });
    }
  }
  if (totals.length === 0) return;
  const topLevel = items.filter((r) => r.parent === undefined);
  if (totals.length === 1) {
    // "I. Theo giai đoạn … II. Theo nguồn vốn …" (Hải Dương: 44.263 tỷ đồng by period, then by source): each
    // breakdown lists the whole again, so each adds up to the total on its own, never the two together.
    const breakdowns = topLevel.length > 0 && topLevel.every((r) => r.breakdown && children.has(r.row));
    for (const column of additive) {
      if (breakdowns) for (const section of topLevel) relations.push({ kind: 'sum', target: { row: totals[0].row, col: column.col }, parts: children.get(section.row)!.map((k) => ({ row: k.row, col: column.col })), source: 'totals-row', key: `${totals[0].label} · ${section.label}` });
      else relations.push({ kind: 'sum', target: { row: totals[0].row, col: column.col }, parts: topLevel.map((r) => ({ row: r.row, col: column.col })), source: 'totals-row', key: totals[0].label });
    }
    return;
  }
  // Several totals rows: a "Cộng" closes each block, the grand total (first at the top, or last) adds the blocks.
  const grand = totals[0].row < (topLevel[0]?.row ?? Infinity) ? totals[0] : totals[totals.length - 1];
  const blocks: { total: Row; parts: Row[] }[] = [];
  let pending: Row[] = [];
  for (const row of rows) {
    if (row === grand) continue;
    if (row.role === 'total') { blocks.push({ total: row, parts: pending }); pending = []; }
    else if ((row.role === 'unit' || row.role === 'subtotal') && row.parent === undefined) pending.push(row);
  }
  for (const column of additive) {
    for (const block of blocks) if (block.parts.length) relations.push({ kind: 'sum', target: { row: block.total.row, col: column.col }, parts: block.parts.map((r) => ({ row: r.row, col: column.col })), source: 'totals-row', key: block.total.label });
    const parts = [...blocks.map((b) => b.total), ...pending];
    relations.push({ kind: 'sum', target: { row: grand.row, col: column.col }, parts: parts.map((r) => ({ row: r.row, col: column.col })), source: 'totals-row', key: grand.label });
  }
}

/** Rows stating a share or an average ("Trong đó: tỷ lệ …", "thu nhập bình quân"): a part of those may exceed its whole. */
const NOT_ADDITIVE_ROW = /\b(ty le|binh quan|trung binh)\b|%/;

/**
 * "Trong đó" parts: each never more than the row it is a part of, per additive column where both
 * state a number (a change may be negative; shares and averages are not amounts). Parts need not
 * add up to their whole ("Trong đó: vốn ngân sách trung ương" is one part), so no sum is derived.
 */
function deriveParts(grid: Grid, table: Table, additive: readonly Column[], relations: Relation[]): void {
  if (!table.rows.some((r) => r.role === 'among' && r.partOf !== undefined)) return;
  const byRow = new Map(table.rows.map((r) => [r.row, r]));
  // "Trong đó" after an item's last "-" sub-item may be that sub-item's or the item's: bounded by the item, never a guess.
  const lastChild = new Map<number, number>();
  for (const row of table.rows) if (row.parent !== undefined) lastChild.set(row.parent, row.row);
  const widest = (whole: Row): Row => {
    let row = whole;
    while (/^[-+*•–]$/.test(row.tt.trim()) && row.parent !== undefined && lastChild.get(row.parent) === row.row && byRow.has(row.parent)) row = byRow.get(row.parent)!;
    return row;
  };
  for (const part of table.rows) {
    const nearest = part.role === 'among' && part.partOf !== undefined ? byRow.get(part.partOf) : undefined;
    const whole = nearest && nearest.partOf === undefined ? widest(nearest) : nearest;
    if (!whole || NOT_ADDITIVE_ROW.test(fold(part.label)) || NOT_ADDITIVE_ROW.test(fold(whole.label))) continue;
    for (const column of additive) {
      if (column.meaning === 'change' || grid.isBlank(part.row, column.col) || grid.isBlank(whole.row, column.col)) continue;
      relations.push({ kind: 'part', target: { row: part.row, col: column.col }, whole: { row: whole.row, col: column.col }, wholeKey: whole.label || whole.tt, source: 'trong-do', key: part.label || part.tt });
    }
  }
}

/** A count its "Trong đó" parts add up to (the three commune groups). */
const isAmongWhole = (table: Table, column: Column) => column.sumOf !== undefined && column.sumOf.every((col) => table.columns.find((c) => c.col === col)?.partOf === column.col);

/**
 * Counts under "Trong đó" across (`partOf`): on every row each is at most the count it is a part of; the three
 * commune groups add up to it (its `sumOf`, said by the totals columns), so they are not bounded again.
 */
function deriveColumnParts(grid: Grid, table: Table, rows: readonly Row[], relations: Relation[], keyOf: (row: Row) => string): void {
  for (const whole of table.columns.filter((c) => isAmongWhole(table, c) && !table.formulas.some((f) => f.target === c.col))) {
    for (const row of rows) relations.push({ kind: 'sum', target: at(row.row, whole.col), parts: whole.sumOf!.map((col) => at(row.row, col)), source: 'trong-do', key: keyOf(row) });
  }
  for (const part of table.columns) {
    const whole = part.partOf !== undefined ? table.columns.find((c) => c.col === part.partOf) : undefined;
    if (!whole || whole.sumOf?.includes(part.col)) continue;
    for (const row of rows) {
      if (grid.isBlank(row.row, part.col) || grid.isBlank(row.row, whole.col)) continue;
      relations.push({ kind: 'part', target: at(row.row, part.col), whole: at(row.row, whole.col), wholeKey: whole.title, source: 'trong-do', key: keyOf(row) });
    }
  }
}

/** An average column in a totals row (weighted by the units where the table counts them), and "Bình quân" rows. */
function deriveAverages(table: Table, relations: Relation[]): void {
  const units = table.columns.find((c) => c.meaning === 'units');
  const items = table.rows.filter((r) => (r.role === 'unit' || r.role === 'subtotal') && r.parent === undefined);
  const byParent = new Map<number, Row[]>();
  for (const row of table.rows) {
    if (row.parent === undefined) continue;
    const kids = byParent.get(row.parent);
    if (kids) kids.push(row);
    else byParent.set(row.parent, [row]);
  }
  for (const average of table.columns.filter((c) => c.meaning === 'average' && !perCommune(c, table.columns))) {
    // A parent row (a province over its communes) averages its children the same way.
    for (const [parent, kids] of byParent) {
      relations.push({ kind: 'average', target: { row: parent, col: average.col }, parts: kids.map((r) => ({ row: r.row, col: average.col })), weights: units ? kids.map((r) => ({ row: r.row, col: units.col })) : undefined, source: 'hierarchy', key: table.rows.find((r) => r.row === parent)?.label ?? '' });
    }
    for (const total of table.rows.filter((r) => r.role === 'total')) {
      relations.push({ kind: 'average', target: { row: total.row, col: average.col }, parts: items.map((r) => ({ row: r.row, col: average.col })), weights: units ? items.map((r) => ({ row: r.row, col: units.col })) : undefined, source: 'totals-row', key: total.label });
    }
  }
  for (const row of table.rows.filter((r) => r.role === 'average')) {
    for (const column of table.columns.filter((c) => ['baseline', 'added', 'cumulative', 'number'].includes(c.meaning))) {
      relations.push({ kind: 'average', target: { row: row.row, col: column.col }, parts: items.map((r) => ({ row: r.row, col: column.col })), source: 'average-row', key: row.label });
    }
  }
}
