import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
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
 * common wording), else divided by in its column-number row ("(7)=(6)/96"), else counted by its own
 * rows (an assignment's communes), else an assignment or a statement on another sheet, else the
 * number the user gave (--communes).
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

/** One assignment elsewhere in the workbook, else one number of communes stated on the other sheets. */
function otherSheets(analysis: Pick<Analysis, 'sheets'>, view: View): CommunesFact | undefined {
  const assignments = analysis.sheets.flatMap((sheet) => sheet.views).filter((other) => other !== view && other.kind === 'assignment');
  if (assignments.length === 1) {
    const model = assignments[0].model as Extract<View['model'], { kind: 'assignment' }>;
    if (model.communes.length > 0) return counted(assignments[0].grid, model);
  }
  const stated = analysis.sheets.filter((sheet) => sheet.grid !== view.grid).flatMap((sheet) => statementsOf(sheet.grid).communes.filter((s) => s.value > 0).map((s) => ({ grid: sheet.grid, s })));
  const values = new Set(stated.map(({ s }) => s.value));
  if (values.size !== 1) return undefined;
  const { grid, s } = stated[0];
  return { value: s.value, source: { kind: 'cell', sheet: grid.name, cell: a1(s.row, s.valueCol ?? s.col), text: s.text }, cell: s.valueCol !== undefined ? { sheet: grid.name, row: s.row, col: s.valueCol } : undefined };
}
