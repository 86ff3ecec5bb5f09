import type { Analysis, View } from '../analysis/types';
import type { Catalog } from '../catalog/schema';
import type { Grid } from '../sheet/grid';
import type { MergeWrite } from './types';
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

/**
 * Free columns right of a sheet's used range, handed out in order; free rows directly under a table.
 * Rows are never added over or below what is typed under a table (a signature block, "Nơi nhận",
 * "Người lập biểu", notes): only the blank rows between the table and it, one left blank before it.
 * A table with nothing under it in its columns gets the rows it asks for right under it.
 */
export function allocator(grid: Grid) {
  let nextCol = grid.right + 1;
  const taken = new Set<number>();
  const blank = (row: number, right: number) => {
    for (let col = 0; col <= right; col++) if (!grid.isBlank(row, col)) return false;
    return true;
  };
  return {
    newColumn: () => nextCol++,
    rowsUnder(count: number, last: number, right: number, labelCol: number): Room {
      let start = last + 1;
      while (taken.has(start)) start++;
      let blocker: number | undefined;
      for (let row = start; row <= grid.bottom; row++) {
        if (!taken.has(row) && !blank(row, right)) { blocker = row; break; }
      }
      const free: number[] = [];
      for (let row = start; free.length < count && (blocker === undefined || row < blocker - 1); row++) if (!taken.has(row)) free.push(row);
      if (free.length < count) {
        let col = 0;
        while (col <= right && grid.isBlank(blocker!, col)) col++;
        return { rows: null, at: { row: start, col: labelCol }, blocker: { row: blocker!, col, text: grid.raw(blocker!, col).trim() } };
      }
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
