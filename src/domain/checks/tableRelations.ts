import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import { evaluateRelation } from '../relations/evaluate';
import { relationsOf } from '../relations/forTable';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { agencyColumns } from '../recognize/table';

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
        const relations = relationsOf(view, context);
        const broken = new Set<string>();
        let holding = 0;
        for (const relation of relations) {
          const finding = evaluateRelation(grid, relation, { planYear: context.planYear, legend: table.legendMarks, table });
          if (!finding) { holding++; continue; }
          if (broken.has(finding.cell)) continue;
          broken.add(finding.cell);
          // A relation resting on a guess says what it would mean, as a warning, never an error.
          findings.push(relation.guess ? { ...finding, code: 'unsure-relation', params: { ...finding.params, guess: relation.guess } } : finding);
        }
        findings.push({
          code: 'table-read', sheet: grid.name, cell: a1(table.header.top, table.body.left), key: family,
          params: { family, agencies: family === 'responsibility-matrix' ? agencyColumns(table).length : undefined, axis: table.axis, orientation: table.orientation, rows: table.rows.length, relations: relations.length, holding, numbers: table.numbersRow !== undefined ? 1 : 0, guessed: relations.filter((r) => r.guess).length || undefined },
        });
      }
    }
    return findings;
  },
};
