import type { Catalog } from '../catalog/schema';
import type { Grid } from '../sheet/grid';
import type { Table } from '../table/types';
import type { SheetKind, SheetModel } from './models';

export type RecognizeContext = {
  catalog: Catalog;
  planYear?: number;
  /** The score another kind already reached on this sheet: a recognition must exceed it to win. */
  toBeat?: number;
  /** The one table to read (a sheet holds several): the reader looks at its header and region only. */
  table?: Table;
};

export type Recognition = { model: SheetModel; score: number };

/** One kind of sheet: reads a grid into its model, or says it is not that kind (null). */
export type Recognizer = {
  kind: Exclude<SheetKind, 'unknown' | 'catalog'>;
  recognize(grid: Grid, context: RecognizeContext): Recognition | null;
};

/**
 * True when a header can still win the sheet: every recogniser scores a fixed part for its columns
 * plus at most one point per row below the header, so a header whose ceiling does not exceed what
 * is already won (by another kind, or by a better header of the same kind) need not read its rows.
 * On a national sheet this spares reading 8,000 rows for each losing header.
 */
export function mayWin(grid: Grid, headerBottom: number, fixed: number, context: Pick<RecognizeContext, 'toBeat' | 'table'>, best: { score: number } | null): boolean {
  const ceiling = fixed + Math.max(0, (context.table?.region.bottom ?? grid.bottom) - headerBottom);
  return ceiling > Math.max(context.toBeat ?? -Infinity, best?.score ?? -Infinity);
}
