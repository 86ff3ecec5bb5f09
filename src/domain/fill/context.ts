import type { Analysis, View } from '../analysis/types';
import type { Catalog } from '../catalog/schema';
import type { Grid } from '../sheet/grid';
import type { MergeWrite } from './types';
import { DATE_LINE, FILL_STOP_WORDS } from '../text/vocabulary';
import { startsWithWords } from '../text/fold';
import type { SheetWrites } from './place';

/** What a sheet's filler works with. */
export type FillContext = {
  catalog: Catalog;
  /** The workbook as the engine read it: every fact the fill uses is decided there. */
  analysis: Analysis;
  /** The view being filled. */
  view: View;
  grid: Grid;
  out: SheetWrites;
  merges: MergeWrite[];
  /** 'zero' in templates: blank inputs count as 0, so every computed cell gets its formula now. */
  blankInputs: 'skip' | 'zero';
  /** Whether typed cells may be replaced (their old value kept in a note). */
  overwrite?: boolean;
  planYear?: number;
  /** Allocates the next free column right of the used range, once per call. */
  newColumn(): number;
  /**
   * `count` free rows directly under the view's table (under `last` when the filler knows lines of its
   * own below the body: totals, shares), or null when fewer are free before what is typed under it.
   */
  newRows(count: number, last?: number): Room;
};

/** Rows handed to a filler under its table, or where they would have gone and what is typed there instead. */
export type Room = { rows: number[] } | { rows: null; at: { row: number; col: number }; blocker: { row: number; col: number; text: string } };

/** What a document types under its tables (folded): its signature block, its notes, its date line. */
const isUnderTable = (folded: string) => startsWithWords(folded, FILL_STOP_WORDS) || DATE_LINE.test(folded);

/**
 * Free columns right of a sheet's used range, handed out in order; free rows under a table. Rows are
 * never added over or below what a document types under its tables (its signature block "Nơi nhận",
 * "TM. ỦY BAN NHÂN DÂN", "Người lập biểu", its date line, "Ghi chú" notes): only into the blank rows
 * between the table's last line and that, one left blank before it. Under a table with none of that
 * below it, rows go under the used range, as they always have.
 */
export function allocator(grid: Grid) {
  let nextCol = grid.right + 1;
  const taken = new Set<number>();
  const blank = (row: number, right: number) => {
    for (let col = 0; col <= right; col++) if (!grid.isBlank(row, col)) return false;
    return true;
  };
  const under = (row: number) => {
    for (let col = 0; col <= grid.right; col++) if (!grid.isBlank(row, col) && isUnderTable(grid.text(row, col))) return col;
    return -1;
  };
  return {
    newColumn: () => nextCol++,
    rowsUnder(count: number, last: number, right: number, labelCol: number): Room {
      let blocker: { row: number; col: number } | undefined;
      for (let row = last + 1; row <= grid.bottom && !blocker; row++) {
        const col = taken.has(row) ? -1 : under(row);
        if (col >= 0) blocker = { row, col };
      }
      // The table's own lines (an average, a distribution) stay above what is added.
      let start = blocker ? last + 1 : grid.bottom + 1;
      if (blocker) for (let row = blocker.row - 1; row > last; row--) if (!taken.has(row) && !blank(row, right)) { start = row + 1; break; }
      const free: number[] = [];
      for (let row = start; free.length < count && (!blocker || row < blocker.row - 1); row++) if (!taken.has(row)) free.push(row);
      if (free.length < count) return { rows: null, at: { row: start, col: labelCol }, blocker: { ...blocker!, text: grid.raw(blocker!.row, blocker!.col).trim() } };
      for (const row of free) taken.add(row);
      return { rows: free };
    },
  };
}

/**
 * The lines a filler would have added under its table, said as cells not written (`no-room`): one per
 * line, at the first row under the table, with what is typed below (the signature block, the notes).
 */
export function noRoom(context: FillContext, room: Extract<Room, { rows: null }>, labels: readonly string[], col = room.at.col): void {
  for (const label of labels) context.out.skip({ row: room.at.row, col, role: 'label', key: label }, 'no-room', room.blocker.text);
}
