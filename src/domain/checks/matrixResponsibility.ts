import { a1 } from '../sheet/address';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';
import { isTaskMatrix, readMatrix, type MatrixMark, type MatrixRow } from '../analysis/matrix';
import { criterionOf } from '../analysis/criterionRef';

const named = (marks: MatrixMark[]) => marks.map((m) => `${m.agency} (${a1(m.row, m.col)})`).join('; ');

/** A matrix of tasks: exactly one lead per task, each said with the task's own words. */
function taskLeads(sheet: string, rows: MatrixRow[]): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const row of rows) {
    // A group's title ("I | CHỈ ĐẠO, ĐIỀU HÀNH", merged across the agencies or not) carries no marks of
    // its own; a numbered task without any is said.
    const own = row.marks.filter((m) => m.mark.trim() !== row.label.trim());
    if (!row.label.trim() || (own.length === 0 && !/^\d/.test(row.tt.trim()))) continue;
    const key = `"${row.label.trim()}"`;
    const leads = row.marks.filter((m) => m.role === 'lead');
    const unclear = row.marks.filter((m) => m.role === 'unclear');
    for (const mark of unclear) findings.push({ code: 'unclear-role', sheet, cell: a1(mark.row, mark.col), key, params: { mark: mark.mark, agency: mark.agency } });
    if (leads.length > 1) findings.push({ code: 'duplicate-lead', sheet, cell: a1(leads[1].row, leads[1].col), key, params: { agencies: named(leads) } });
    else if (leads.length === 0 && unclear.length === 0) findings.push({ code: 'missing-lead', sheet, cell: a1(row.row, row.col), key, params: { partners: named(row.marks) || undefined } });
  }
  return findings;
}

/**
 * A responsibility matrix (agencies across, criteria down, "CT"/"PH"/"x" between — or laid sideways, agencies down): exactly one lead
 * per criterion or indicator — a criterion is led by its own row or by each of its indicators' rows —
 * partners allowed; marks whose role neither the legend nor the header says are reported, and the
 * criteria of the set the matrix leaves out.
 */
export const matrixResponsibilityCheck: Check = {
  id: 'matrix-responsibility',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'table')) {
      for (const { table, family } of model.tables) {
        if (family !== 'responsibility-matrix') continue;
        const matrix = readMatrix(grid, table, context.catalog);
        // Tasks down the rows ("Ban hành kế hoạch năm 2027" numbered 1, 2 …), not criteria: their numbers
        // are no criterion's, each is named by its text, and no criterion of the set is missing from it.
        if (isTaskMatrix(matrix, context.catalog)) { findings.push(...taskLeads(grid.name, matrix.rows)); continue; }
        const rows = matrix.rows.map((row) => ({ row, ref: criterionOf(row.label, row.tt, context.catalog) }));
        const led = new Set(rows.filter(({ row }) => row.marks.some((m) => m.role === 'lead')).map(({ ref }) => ref?.code));
        for (const { row, ref } of rows) {
          if (!ref) continue;
          const key = ref.indicator ? `Chỉ tiêu ${ref.code}` : `Tiêu chí ${ref.code}`;
          const unclear = row.marks.filter((m) => m.role === 'unclear');
          for (const mark of unclear) findings.push({ code: 'unclear-role', sheet: grid.name, cell: a1(mark.row, mark.col), key, params: { mark: mark.mark, agency: mark.agency } });
          const leads = row.marks.filter((m) => m.role === 'lead');
          if (leads.length > 1) {
            findings.push({ code: 'duplicate-lead', sheet: grid.name, cell: a1(leads[1].row, leads[1].col), key, params: { agencies: named(leads) } });
            continue;
          }
          const byIndicators = !ref.indicator && rows.some((other) => other.ref?.indicator && other.ref.number === ref.number) && rows.every((other) => !other.ref?.indicator || other.ref.number !== ref.number || led.has(other.ref.code));
          if (leads.length === 0 && unclear.length === 0 && !byIndicators) {
            findings.push({ code: 'missing-lead', sheet: grid.name, cell: a1(row.row, row.col), key, params: { partners: named(row.marks) || undefined } });
          }
        }
        const numbers = new Set(rows.map(({ ref }) => ref?.number).filter((n): n is number => n !== undefined));
        if (numbers.size < context.catalog.criteria.length / 2 || [...numbers].some((n) => !context.catalog.criteria.some((c) => c.number === n))) continue;
        for (const criterion of context.catalog.criteria) {
          if (numbers.has(criterion.number)) continue;
          findings.push({ code: 'uncovered-criterion', sheet: grid.name, cell: a1(table.header.top, table.labelCol), key: `Tiêu chí ${criterion.number}`, params: { name: criterion.name, catalog: context.catalog.id } });
        }
      }
    }
    return findings;
  },
};
