import type { Catalog } from '../catalog/schema';
import type { Grid } from '../sheet/grid';
import type { FindingDraft } from '../findings/codes';
import type { RecognizedSheet, SheetModel } from '../recognize/models';

export type CheckedSheet = { grid: Grid; recognized: RecognizedSheet };

export type CheckContext = {
  sheets: readonly CheckedSheet[];
  catalog: Catalog;
  /** Every catalog known (built-in and supplied), for sheets naming another set. */
  catalogs: readonly Catalog[];
  /** Number of communes given on the command line (--communes). */
  communes?: number;
  /** The year the workbook plans for (from its titles), when known. */
  planYear?: number;
};

/** One check: reads the recognised sheets and reports findings as data. */
export type Check = { id: string; run(context: CheckContext): FindingDraft[] };

/** The sheets of one kind, with their grid and model. */
export function sheetsOf<K extends SheetModel['kind']>(context: CheckContext, kind: K) {
  return context.sheets.flatMap(({ grid, recognized }) =>
    recognized.model?.kind === kind ? [{ grid, model: recognized.model as Extract<SheetModel, { kind: K }> }] : [],
  );
}
