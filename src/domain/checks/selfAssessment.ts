import { a1 } from '../sheet/address';
import { readStated } from '../sheet/stated';
import { meetsThreshold, parseThreshold } from '../catalog/thresholds';
import { readMark } from '../text/legend';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { assessmentColumns } from '../recognize/table';
import { COMMUNE_COUNT_LINE } from '../recognize/communeSheet';
import { fold } from '../text/fold';
import { parseRatio, parseVietnameseNumber } from '../text/numbers';
import type { Grid } from '../sheet/grid';
import type { Row, Table } from '../table/types';

/**
 * A self-assessment (Mức quy định | Kết quả thực hiện | Tự đánh giá): a verdict "Đạt" on a result that
 * misses the level the row requires is an error naming both cells; "Chưa đạt" on a result that
 * reaches it, a warning. Where criteria head their indicators (the table's hierarchy: "Tiêu chí 3"
 * over "3.1", "3.2"), a criterion is met when all its indicators are: "Đạt" over an indicator "Chưa
 * đạt" is an error at the criterion's verdict naming the indicator; and a line stating how many
 * criteria are met ("Tổng số tiêu chí đạt: 8/10 tiêu chí") must count the criteria's verdicts.
 */
export const selfAssessmentCheck: Check = {
  id: 'self-assessment',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'table')) {
      for (const { table, family } of model.tables) {
        if (family !== 'self-assessment') continue;
        const cols = assessmentColumns(table)!;
        // Results under a "(%)" header are in percent units: 0,8 there is 0,8 %.
        const percentUnits = /%/.test(table.columns.find((c) => c.col === cols.reached)?.title ?? '');
        for (const row of table.rows) {
          if (row.role !== 'unit' && row.role !== 'subtotal') continue;
          const threshold = parseThreshold(grid.raw(row.row, cols.required));
          const reached = readStated(grid, row.row, cols.reached);
          const verdict = readMark(grid.value(row.row, cols.verdict), context.planYear, table.legendMarks);
          if (!threshold || threshold.kind === 'met' || !reached || (verdict !== 'met' && verdict !== 'not-met') || grid.isBlank(row.row, cols.verdict)) continue;
          const meets = meetsThreshold(reached, threshold, percentUnits);
          if (meets === (verdict === 'met')) continue;
          const key = row.tt || row.label;
          const params = { required: threshold.text, requiredCell: a1(row.row, cols.required), reached: grid.raw(row.row, cols.reached).trim(), reachedCell: a1(row.row, cols.reached), verdict: grid.raw(row.row, cols.verdict).trim() };
          findings.push({ code: meets ? 'not-met-above-threshold' : 'met-below-threshold', sheet: grid.name, cell: a1(row.row, cols.verdict), key, params });
        }
        findings.push(...criteriaFindings(grid, table, cols.verdict, cols.criterionVerdict, context.planYear));
      }
    }
    return findings;
  },
};

/**
 * The criteria of a self-assessment and their indicators, by the table's hierarchy: a row other rows
 * hang under is a criterion, the rows under it its indicators. Empty when no row heads others (a list
 * of indicators alone says nothing of its criteria).
 */
function criteriaOf(grid: Grid, table: Table, criterionVerdict: number | undefined): { criterion: Row; indicators: Row[] }[] {
  // Criteria in cells merged down over their indicators' rows ("Tiêu chí | Chỉ tiêu | … | Đánh giá tiêu chí"): each block one criterion, its verdict at the block's top.
  if (criterionVerdict !== undefined && table.labelCol !== undefined && !table.rows.some((r) => r.parent !== undefined)) {
    const blocks = new Map<number, Row[]>();
    for (const row of table.rows) {
      if (row.role !== 'unit') continue;
      const top = grid.mergeOf(row.row, table.labelCol)?.top ?? row.row;
      blocks.set(top, [...(blocks.get(top) ?? []), row]);
    }
    return [...blocks.values()].map((rows) => ({ criterion: rows[0], indicators: rows }));
  }
  const under = new Map<number, Row[]>();
  // (A line counting the criteria typed right under the last one is none of its indicators.)
  for (const row of table.rows) if (row.parent !== undefined && !COMMUNE_COUNT_LINE.test(fold(row.label))) under.set(row.parent, [...(under.get(row.parent) ?? []), row]);
  return table.rows.filter((r) => r.level === 0 && under.has(r.row)).map((criterion) => ({ criterion, indicators: under.get(criterion.row)! }));
}

/** The number a line counting criteria states: in a cell of its own ("8", "8/10") or after its words ("Tổng số tiêu chí đạt: 8/10 tiêu chí"). */
function statedCount(grid: Grid, table: Table, row: Row): { value: number; cell: string } | null {
  for (const column of table.columns) {
    if (column.col === table.labelCol || column.col === table.ttCol) continue;
    const raw = grid.raw(row.row, column.col).trim();
    const value = parseRatio(raw)?.numerator ?? parseVietnameseNumber(raw)?.value;
    if (value !== undefined) return { value, cell: a1(row.row, column.col) };
  }
  const after = /[:=]\s*(\d[^:]*)$/.exec(row.label)?.[1];
  const value = after === undefined ? undefined : parseRatio(after)?.numerator ?? parseVietnameseNumber(after.trim())?.value;
  return value === undefined || table.labelCol === undefined ? null : { value, cell: a1(row.row, table.labelCol) };
}

function criteriaFindings(grid: Grid, table: Table, verdictCol: number, criterionCol: number | undefined, planYear: number | undefined): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const criteria = criteriaOf(grid, table, criterionCol);
  if (criteria.length < 2) return findings;
  const markIn = (row: Row, col: number) => (grid.isBlank(row.row, col) ? undefined : readMark(grid.value(row.row, col), planYear, table.legendMarks));
  const mark = (row: Row) => markIn(row, verdictCol);
  const ownCol = criterionCol !== undefined && criteria.some((c) => c.indicators.includes(c.criterion)) ? criterionCol : verdictCol;
  let met = 0;
  for (const { criterion, indicators: all } of criteria) {
    const indicators = all.filter((r) => r !== criterion || ownCol !== verdictCol);
    const status = markIn(criterion, ownCol);
    if (status === 'met') met++;
    const missed = indicators.find((r) => mark(r) === 'not-met' || mark(r) === 'basic');
    if (status !== 'met' || !missed) continue;
    findings.push({
      code: 'criterion-met-indicator-not', sheet: grid.name, cell: a1(criterion.row, ownCol), key: criterion.tt || criterion.label,
      params: { criterion: criterion.tt || criterion.label, name: criterion.label, verdict: grid.raw(criterion.row, ownCol).trim(), indicator: ownCol !== verdictCol && table.labelCol !== undefined ? grid.raw(missed.row, table.labelCol + 1).trim() : missed.tt || missed.label, indicatorVerdict: grid.raw(missed.row, verdictCol).trim(), indicatorCell: a1(missed.row, verdictCol) },
    });
  }
  // "Tổng số tiêu chí đạt: 8/10": the criteria marked met (those a criterion's own finding calls wrong still count as marked).
  const heads = new Set(criteria.map((c) => c.criterion.row));
  for (const row of table.rows) {
    if (heads.has(row.row) || !COMMUNE_COUNT_LINE.test(fold(row.label)) || !/\bdat\b/.test(fold(row.label)) || /\b(chua|khong|co ban)\b/.test(fold(row.label))) continue;
    const stated = statedCount(grid, table, row);
    if (!stated || stated.value === met) continue;
    findings.push({ code: 'criteria-met-count', sheet: grid.name, cell: stated.cell, key: row.label, params: { stated: stated.value, counted: met, criteria: criteria.length } });
  }
  return findings;
}
