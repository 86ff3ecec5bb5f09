import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import { computeRelation, evaluateRelation } from '../relations/evaluate';
import { relationsOf } from '../relations/forTable';
import { kindOf } from '../relations/kinds';
import type { Relation } from '../relations/types';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { readMatrix } from '../analysis/matrix';
import type { TableFamily } from '../recognize/models';
import type { Grid } from '../sheet/grid';
import type { Table } from '../table/types';
import { byTheLeaves, sharedParts, type BrokenFigure, type BrokenSum } from './sharedPart';

/** Families whose figures relate (sums, shares, counts): one read with no relation was not checked. */
const ARITHMETIC: readonly TableFamily[] = ['rollup', 'counts', 'main-targets', 'funding-grid', 'criteria-across', 'assignment-sideways', 'generic', 'criterion-counts'];

/** Relations that give their target a value of its own (a total over them is right or wrong by it). */
const VALUED: readonly Relation['kind'][] = ['sum', 'linear', 'count'];

/** The figures of a table's body, outside its label and TT columns. */
function figuresIn(grid: Grid, table: Table): number {
  let figures = 0;
  for (const row of table.rows) {
    for (const column of table.columns) if (column.col !== table.labelCol && column.col !== table.ttCol && grid.number(row.row, column.col) !== null) figures++;
  }
  return figures;
}

/**
 * Every relation a table asserts (column-number row, header words, totals, hierarchy, marks, lists),
 * evaluated: one finding per cell that breaks one, and one info per table saying what was understood.
 */
export const tableRelationsCheck: Check = {
  id: 'table-relations',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model, view } of viewsOf(context, 'table')) {
      for (const { table, family } of model.tables) {
        const all = relationsOf(view, context);
        const context_ = { planYear: context.planYear, legend: table.legendMarks, table };
        const evaluate = (relation: Relation) => evaluateRelation(grid, relation, context_);
        // The bounds of the criteria set first: a count beyond the set is the fault, not the sum it takes part in.
        const bounds = all.filter((r) => r.kind === 'set-bound');
        const relations = all.filter((r) => r.kind !== 'set-bound');
        const broken = new Set<string>();
        const outside = new Set<string>();
        for (const bound of bounds) {
          const finding = evaluate(bound);
          if (!finding || outside.has(finding.cell)) continue;
          outside.add(finding.cell);
          findings.push(finding);
        }
        let holding = 0;
        const sums: BrokenSum[] = [];
        const found: { relation: Relation; finding: FindingDraft }[] = [];
        for (const relation of relations) {
          const finding = evaluate(relation);
          if (!finding) { holding++; continue; }
          if (broken.has(finding.cell) || outside.has(finding.cell) || kindOf(relation).inputs(relation).some((c) => outside.has(a1(c.row, c.col)))) continue;
          broken.add(finding.cell);
          // A relation resting on a guess says what it would mean, as a warning, never an error.
          found.push({ relation, finding: relation.guess ? { ...finding, code: 'unsure-relation', params: { ...finding.params, guess: relation.guess } } : finding });
          if ((relation.kind === 'sum' || relation.kind === 'linear') && !relation.guess) sums.push({ relation, finding });
        }
        // A figure that breaks its row's total and its column's by the same amount is the fault, not the two totals.
        const { drop, add } = sharedParts(grid, sums);
        // A total over a wrong subtotal that holds by the leaves, a share of a wrong total that holds with the
        // total its parts give: the subtotal's, the total's fault, not a second one.
        const leaves = byTheLeaves(found.filter(({ finding }) => !drop.has(finding)).map(({ relation, finding }): BrokenFigure => ({
          finding, target: relation.target, inputs: kindOf(relation).inputs(relation),
          value: VALUED.includes(relation.kind) && !relation.guess ? (overlay) => computeRelation(grid, relation, { ...context_, overlay })?.value : undefined,
          holds: (overlay) => !evaluateRelation(grid, relation, { ...context_, overlay }),
        })));
        for (const finding of leaves) drop.add(finding);
        findings.push(...found.map(({ finding }) => finding).filter((f) => !drop.has(f)), ...add);
        // Figures read with nothing to check them against are not checked figures: said, never passed as clean.
        // (Thresholds, marks, groups and lists a table states are checked by their own checks.)
        const elsewhere = (view.thresholds?.length ?? 0) > 0 || table.columns.some((c) => ['member', 'group', 'list', 'set'].includes(c.meaning));
        const numbers = ARITHMETIC.includes(family) && all.length === 0 && !elsewhere ? figuresIn(grid, table) : 0;
        if (numbers > 0) {
          const range = `${a1(table.header.top, table.body.left)}:${a1(table.body.bottom, table.body.right)}`;
          findings.push({ code: 'unread-table', sheet: grid.name, cell: a1(table.header.top, table.body.left), key: range, params: { range, numbers, reason: 'relations' } });
        }
        // A matrix is said by its criteria and its agencies, whichever way it is laid.
        const matrix = family === 'responsibility-matrix' ? readMatrix(grid, table, context.catalog) : undefined;
        // Share columns no relation checks (a share of what the table does not give): said, not passed as checked.
        const targets = new Set(all.map((r) => r.target.col));
        const unchecked = ARITHMETIC.includes(family) && all.length > 0 && table.orientation === 'rows'
          ? table.columns.filter((c) => c.meaning === 'share' && !targets.has(c.col)).map((c) => a1(0, c.col).replace(/\d+$/, '')) : [];
        findings.push({
          code: 'table-read', sheet: grid.name, cell: a1(table.header.top, table.body.left), key: family,
          params: { family, agencies: matrix?.agencies.length, axis: matrix?.sideways ? 'criterion' : table.axis, orientation: matrix ? (matrix.sideways ? 'cols' : 'rows') : table.orientation, rows: matrix?.rows.length ?? table.rows.length, relations: relations.length, holding, numbers: table.numbersRow !== undefined ? 1 : 0, guessed: relations.filter((r) => r.guess).length || undefined, bounds: bounds.length || undefined, size: bounds.length ? context.catalog.criteria.length : undefined, set: bounds.length ? context.catalog.id : undefined, unchecked: unchecked.join(', ') || undefined },
        });
      }
    }
    return findings;
  },
};
