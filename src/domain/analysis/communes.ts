import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { readStated } from '../sheet/stated';
import type { Table } from '../table/types';
import { statementsOf, type CommunesStatement } from './statements';
import type { Analysis, FactSource, View } from './types';

/**
 * The number of communes a table's shares divide by and its counts stay under, with where it was
 * read. `cell`: a cell holding the number itself (formulas refer to it); `label`: a cell whose text
 * holds it ("Tổng số xã: 207"); `names`: the names an assignment lists (a formula counts them).
 */
export type CommunesFact = {
  value: number;
  source: FactSource;
  cell?: { sheet: string; row: number; col: number };
  /** `live`: the text ends in its number after a colon, so a formula can read it ("Tổng số xã: 207"). */
  label?: { row: number; col: number; merged: boolean; live: boolean };
  names?: { sheet: string; top: number; bottom: number; col: number };
};

const DECIDED = new WeakMap<View, Map<number | undefined, CommunesFact | null>>();

/**
 * The number of communes of a view, decided here only: stated in its title or a label cell (in any
 * common wording), else divided by in its column-number row ("(7)=(6)/96"), else the one
 * denominator of a targets table's year-end counts ("96/181", "176/181"), else counted by its own
 * rows (an assignment's communes), else an assignment, a statement or a roll-up's total of its "Số
 * xã" column on another sheet, else the number the user gave (--communes).
 *
 * @example
 * communesFor(analysis, view) // { value: 96, source: { kind: 'title', sheet: 'Chỉ tiêu', cell: 'A2', text: '… của 96 xã' } }
 */
export function communesFor(analysis: Pick<Analysis, 'sheets' | 'communesOption'>, view: View): CommunesFact | undefined {
  let byOption = DECIDED.get(view);
  if (!byOption) DECIDED.set(view, (byOption = new Map()));
  let fact = byOption.get(analysis.communesOption);
  if (fact === undefined) byOption.set(analysis.communesOption, (fact = decide(analysis, view) ?? null));
  return fact ?? undefined;
}

function decide(analysis: Pick<Analysis, 'sheets' | 'communesOption'>, view: View): CommunesFact | undefined {
  const { grid, table } = view;
  const own = statedFor(grid, table);
  if (own) return fromStatement(grid, own);
  const declared = table.formulas.find((formula) => formula.kind === 'ratio' && typeof formula.denominator !== 'number');
  if (declared && declared.kind === 'ratio' && typeof declared.denominator !== 'number' && table.numbersRow !== undefined) {
    return { value: declared.denominator.value, source: { kind: 'column-numbers', sheet: grid.name, cell: a1(table.numbersRow, declared.target), text: declared.text } };
  }
  const ratio = yearEndDenominator(view);
  if (ratio) return ratio;
  if (view.kind === 'assignment') {
    const model = view.model as Extract<View['model'], { kind: 'assignment' }>;
    if (model.communes.length > 0) return counted(grid, model);
  }
  const elsewhere = otherSheets(analysis, view);
  if (elsewhere) return elsewhere;
  if (analysis.communesOption !== undefined) return { value: analysis.communesOption, source: { kind: 'option' } };
  return undefined;
}

function counted(grid: Grid, model: Extract<View['model'], { kind: 'assignment' }>): CommunesFact {
  let top = Infinity;
  let bottom = -Infinity;
  for (const { row } of model.communes) {
    if (row < top) top = row;
    if (row > bottom) bottom = row;
  }
  return {
    value: model.communes.length,
    source: { kind: 'count', sheet: grid.name, range: `${a1(top, model.communeCol)}:${a1(bottom, model.communeCol)}` },
    names: { sheet: grid.name, top, bottom, col: model.communeCol },
  };
}

/** The statement nearest above the table's header within its region, else the nearest in it. */
function statedFor(grid: Grid, table: Table): CommunesStatement | undefined {
  const { region, header } = table;
  const within = statementsOf(grid).communes.filter((s) => s.row >= region.top && s.row <= region.bottom && s.col >= region.left - 1 && s.col <= region.right && !(s.row >= header.top && s.row <= header.bottom));
  const above = within.filter((s) => s.row < header.top).sort((a, b) => b.row - a.row);
  // A title over the whole sheet ("(Toàn tỉnh có 57 xã)" over two tables side by side) states it for each.
  const sheetWide = statementsOf(grid).communes.filter((s) => s.row < header.top && s.form !== 'label').sort((a, b) => b.row - a.row);
  return above[0] ?? within[0] ?? sheetWide[0];
}

function fromStatement(grid: Grid, statement: CommunesStatement): CommunesFact {
  const source: FactSource = { kind: statement.form === 'title' ? 'title' : statement.form === 'label' ? 'cell' : 'label', sheet: grid.name, cell: a1(statement.row, statement.valueCol ?? statement.col), text: statement.text };
  if (statement.form === 'label' && statement.valueCol !== undefined) return { value: statement.value, source, cell: { sheet: grid.name, row: statement.row, col: statement.valueCol } };
  if (statement.form === 'text') return { value: statement.value, source, label: { row: statement.row, col: statement.col, merged: grid.mergeOf(statement.row, statement.col + 1) !== undefined, live: /:\s*\d+\s*$/.test(statement.text) } };
  return { value: statement.value, source };
}

/**
 * The one denominator of a targets table's year-end counts ("96/181", "176/181"): Lạng Sơn 2021
 * states no number of communes but in its counts. None when its counts name two.
 */
function yearEndDenominator(view: View): CommunesFact | undefined {
  if (view.kind !== 'targets') return undefined;
  const model = view.model as Extract<View['model'], { kind: 'targets' }>;
  const col = model.cols.cumulative;
  if (col === undefined) return undefined;
  const found: { row: number; y: number }[] = [];
  for (const { row } of model.rows) {
    const y = readStated(view.grid, row, col)?.denominator;
    if (y !== undefined) found.push({ row, y });
  }
  if (found.length === 0 || found.some((f) => f.y !== found[0].y)) return undefined;
  return { value: found[0].y, source: { kind: 'ratio', sheet: view.grid.name, cell: a1(found[0].row, col), text: view.grid.raw(found[0].row, col) } };
}

/** A number of communes a workbook states, with where: a statement outside the tables' lines, or a roll-up's total of its "Số xã" column. */
export type StatedCommunes = { value: number; source: Extract<FactSource, { kind: 'title' | 'label' | 'cell' }>; cell?: { sheet: string; row: number; col: number } };

const STATED = new WeakMap<Pick<Analysis, 'sheets'>, StatedCommunes[]>();

/**
 * Every number of communes the workbook states, read here once, top to bottom of each sheet: its
 * statements outside the tables' lines ("Tổng số xã: 207"; "trên địa bàn 18 xã đặc biệt khó khăn" in
 * a task is no number of communes), and the total row of each roll-up's "Số xã" column. What other
 * sheets fall back on, and what the plan text compares with the number it uses.
 *
 * @example
 * statedCommunes(analysis) // [{ value: 30, source: { kind: 'cell', sheet: 'Tổng hợp theo nhóm xã', cell: 'C4', text: '30' }, cell: { … } }]
 */
export function statedCommunes(analysis: Pick<Analysis, 'sheets'>): StatedCommunes[] {
  let found = STATED.get(analysis);
  if (found) return found;
  found = [];
  for (const { grid, views } of analysis.sheets) {
    const inTable = (row: number) => views.some(({ table }) => row >= table.header.top && row <= table.body.bottom);
    for (const s of statementsOf(grid).communes) {
      if (s.value <= 0 || inTable(s.row)) continue;
      const { source, cell } = fromStatement(grid, s);
      found.push({ value: s.value, source: source as StatedCommunes['source'], cell });
    }
    for (const view of views) {
      if (view.model.kind !== 'table') continue;
      for (const { table, family } of view.model.tables) {
        if (family !== 'rollup') continue;
        const units = table.columns.find((c) => c.meaning === 'units');
        const total = table.rows.find((r) => r.role === 'total');
        const value = units && total ? grid.number(total.row, units.col) : null;
        if (!units || !total || value === null || value <= 0) continue;
        found.push({ value, source: { kind: 'cell', sheet: grid.name, cell: a1(total.row, units.col), text: `${grid.raw(total.row, table.labelCol)}: ${grid.raw(total.row, units.col)}`.trim() }, cell: { sheet: grid.name, row: total.row, col: units.col } });
      }
    }
  }
  STATED.set(analysis, found);
  return found;
}

/** One assignment elsewhere in the workbook, else one number of communes stated on the other sheets (statements and roll-up totals). */
function otherSheets(analysis: Pick<Analysis, 'sheets'>, view: View): CommunesFact | undefined {
  const assignments = analysis.sheets.flatMap((sheet) => sheet.views).filter((other) => other !== view && other.kind === 'assignment');
  if (assignments.length === 1) {
    const model = assignments[0].model as Extract<View['model'], { kind: 'assignment' }>;
    if (model.communes.length > 0) return counted(assignments[0].grid, model);
  }
  const stated = statedCommunes(analysis).filter((s) => s.source.sheet !== view.grid.name);
  if (stated.length === 0 || stated.some((s) => s.value !== stated[0].value)) return undefined;
  return { value: stated[0].value, source: stated[0].source, cell: stated[0].cell };
}
