import type { CellWrite } from '../../domain/fill/types';

/** Writes of one column, consecutive rows, same kind, format and style: one range in Excel. */
export type WriteRun = { sheet: string; col: number; top: number; writes: CellWrite[] };

function kindOf(write: CellWrite): string {
  return [write.formula !== undefined ? 'f' : 't', write.numberFormat ?? '', write.style].join('\u0000');
}

/** Cells of one column and consecutive rows, alike by `kind`: one range in Excel. */
export type ColumnRun<T> = { sheet: string; col: number; top: number; items: T[] };

/** Groups cells into column runs (sorted by sheet, column, row); a cell of another kind starts a new run. */
export function columnRuns<T extends { sheet: string; row: number; col: number }>(cells: readonly T[], kind: (cell: T) => string = () => ''): ColumnRun<T>[] {
  const sorted = [...cells].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row);
  const runs: ColumnRun<T>[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    const previous = last?.items[last.items.length - 1];
    if (last && previous && last.sheet === cell.sheet && last.col === cell.col && previous.row + 1 === cell.row && kind(previous) === kind(cell)) last.items.push(cell);
    else runs.push({ sheet: cell.sheet, col: cell.col, top: cell.row, items: [cell] });
  }
  return runs;
}

/** A cell's identity across sheets, for sets and maps. */
export const cellId = (sheet: string, row: number, col: number): string => `${sheet}\u0000${row}\u0000${col}`;

/**
 * Groups writes into runs so that Excel receives one range per run rather than one per cell:
 * a column of 8,000 commune formulas is one `range.formulas` assignment.
 */
export function groupIntoRuns(writes: readonly CellWrite[]): WriteRun[] {
  return columnRuns(writes, kindOf).map(({ sheet, col, top, items }) => ({ sheet, col, top, writes: items }));
}

/** Bytes a run costs in a request, roughly: its texts plus a fixed cost per cell and per range. */
export function runBytes(run: WriteRun): number {
  return 200 + run.writes.reduce((t, w) => t + (w.formula ?? w.text ?? '').length * 2 + 40, 0);
}
