import type { Catalog } from '../catalog/schema';
import type { Grid } from '../sheet/grid';
import type { SheetKind, SheetModel } from './models';

export type RecognizeContext = { catalog: Catalog; planYear?: number };

export type Recognition = { model: SheetModel; score: number };

/** One kind of sheet: reads a grid into its model, or says it is not that kind (null). */
export type Recognizer = {
  kind: Exclude<SheetKind, 'unknown'>;
  recognize(grid: Grid, context: RecognizeContext): Recognition | null;
};
