import type { CellWrite } from '../../domain/fill/types';

/** Writes of one column, consecutive rows, same kind, format and style: one range in Excel. */
export type WriteRun = { sheet: string; col: number; top: number; writes: CellWrite[] };

function kindOf(write: CellWrite): string {
  return [write.formula !== undefined ? 'f' : 't', write.numberFormat ?? '', write.style].join('\u0000');
}

/**
 * Groups writes into runs so that Excel receives one range per run rather than one per cell:
 * a column of 8,000 commune formulas is one `range.formulas` assignment.
 */
export function groupIntoRuns(writes: readonly CellWrite[]): WriteRun[] {
  const sorted = [...writes].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row);
  const runs: WriteRun[] = [];
  for (const write of sorted) {
    const last = runs[runs.length - 1];
    const previous = last?.writes[last.writes.length - 1];
    if (last && previous && last.sheet === write.sheet && last.col === write.col && previous.row + 1 === write.row && kindOf(previous) === kindOf(write)) {
      last.writes.push(write);
    } else {
      runs.push({ sheet: write.sheet, col: write.col, top: write.row, writes: [write] });
    }
  }
  return runs;
}

/** Bytes a run costs in a request, roughly: its texts plus a fixed cost per cell and per range. */
export function runBytes(run: WriteRun): number {
  return 200 + run.writes.reduce((t, w) => t + (w.formula ?? w.text ?? '').length * 2 + 40, 0);
}
