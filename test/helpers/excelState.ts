/**
 * What a workbook holds after the operations a fake Excel applied: the fake only logs writes, this
 * plays them onto a snapshot (values, formulas, number formats, merges, notes), so that a test can
 * compare workbooks cell by cell — a fill and its undo, for example.
 */
import { parseA1 } from '../../src/domain/sheet/address';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import type { Operation } from './fakeExcel';

export type ExcelState = { workbook: WorkbookSnapshot; notes: Record<string, string> };

type Cell = { value: CellValue; formula: string | null; numberFormat: string };

function cellsOf(sheet: SheetSnapshot): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  sheet.values.forEach((row, r) => row.forEach((value, c) => {
    const at = `${sheet.origin.row + r}:${sheet.origin.col + c}`;
    cells.set(at, { value, formula: sheet.formulas?.[r]?.[c] ?? null, numberFormat: sheet.numberFormats?.[r]?.[c] ?? 'General' });
  }));
  return cells;
}

/** "R4C20:3x1" (getRangeByIndexes) → its cells. */
function rangeCells(address: string): { row: number; col: number; rows: number; cols: number } | null {
  const match = /^R(\d+)C(\d+):(\d+)x(\d+)$/.exec(address);
  return match ? { row: Number(match[1]), col: Number(match[2]), rows: Number(match[3]), cols: Number(match[4]) } : null;
}

/** Plays operations onto a state. */
export function play(state: ExcelState, operations: readonly Operation[]): ExcelState {
  const sheets = new Map(state.workbook.sheets.map((s) => [s.name, { snapshot: s, cells: cellsOf(s), merges: [...(s.merges ?? [])] }]));
  const notes = { ...state.notes };
  for (const op of operations) {
    if (op.op === 'note') notes[op.address!] = String(op.value);
    if (op.op === 'note-content') notes[op.address!] = String(op.value);
    if (op.op === 'note-delete' || op.op === 'comment-delete') delete notes[op.address!];
    if (op.op === 'comment') notes[op.address!] = String(op.value);
    const sheet = op.sheet ? sheets.get(op.sheet) : undefined;
    if (!sheet) continue;
    if (op.op === 'merge' || op.op === 'unmerge') {
      const [from, to] = op.address!.split(':').map(parseA1);
      const area = { top: from!.row, left: from!.col, bottom: to!.row, right: to!.col };
      sheet.merges = sheet.merges.filter((m) => !(m.top === area.top && m.left === area.left && m.bottom === area.bottom && m.right === area.right));
      if (op.op === 'merge') sheet.merges.push(area);
      continue;
    }
    const range = rangeCells(op.address ?? '');
    if (!range || !['formulas', 'values', 'numberFormat'].includes(op.op)) continue;
    const grid = op.value as unknown[][];
    for (let r = 0; r < range.rows; r++) {
      for (let c = 0; c < range.cols; c++) {
        const at = `${range.row + r}:${range.col + c}`;
        const cell = sheet.cells.get(at) ?? { value: null, formula: null, numberFormat: 'General' };
        const entry = grid[r][c];
        if (op.op === 'numberFormat') cell.numberFormat = String(entry);
        else if (op.op === 'formulas' && typeof entry === 'string' && entry.startsWith('=')) { cell.formula = entry; cell.value = null; }
        else { cell.formula = null; cell.value = entry === '' ? null : entry as CellValue; }
        sheet.cells.set(at, cell);
      }
    }
  }
  const workbook: WorkbookSnapshot = {
    ...state.workbook,
    sheets: [...sheets.values()].map(({ snapshot, cells, merges }) => {
      const coords = [...cells.keys()].map((k) => k.split(':').map(Number));
      const bottom = Math.max(...coords.map(([r]) => r));
      const right = Math.max(...coords.map(([, c]) => c));
      const { row: top, col: left } = snapshot.origin;
      const grid = <T>(f: (cell: Cell | undefined) => T) => Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (__, c) => f(cells.get(`${top + r}:${left + c}`))));
      return { ...snapshot, values: grid((c) => c?.value ?? null), formulas: grid((c) => c?.formula ?? null), numberFormats: grid((c) => c?.numberFormat ?? 'General'), merges };
    }),
  };
  return { workbook, notes };
}

/** Every cell of a sheet as "A1 value|formula|format", blanks and General left out: two sheets compare cell by cell. */
export function cellList(sheet: SheetSnapshot): string[] {
  const out: string[] = [];
  sheet.values.forEach((row, r) => row.forEach((value, c) => {
    const formula = sheet.formulas?.[r]?.[c] ?? null;
    const format = sheet.numberFormats?.[r]?.[c] ?? 'General';
    if (value === null && formula === null && format === 'General') return;
    out.push(`${sheet.origin.row + r}:${sheet.origin.col + c} ${JSON.stringify(value)}|${formula ?? ''}|${format}`);
  }));
  return out.sort();
}
