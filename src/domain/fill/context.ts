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
  /** Allocates the next free row under the used range, once per call. */
  newRow(): number;
};

/** Free rows and columns next to a sheet's used range, handed out in order. */
export function allocator(grid: Grid) {
  let nextCol = grid.right + 1;
  let nextRow = grid.bottom + 1;
  return { newColumn: () => nextCol++, newRow: () => nextRow++ };
}
