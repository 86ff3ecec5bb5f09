import type { Analysis, View, ViewKind } from '../analysis/types';
import type { FindingDraft } from '../findings/codes';

/** What a check reads: the analysis of the workbook (its views, its criteria set, its facts). */
export type CheckContext = Analysis;

/** One check: reads the views of the analysis and reports findings as data. */
export type Check = { id: string; run(context: CheckContext): FindingDraft[] };

/**
 * The views of one kind, every table of every sheet, with their grid and model.
 *
 * @example
 * sheetsOf(analysis, 'targets').map(({ grid }) => grid.name)
 */
export function sheetsOf<K extends ViewKind>(context: Pick<Analysis, 'sheets'>, kind: K): (View<K> & { view: View<K> })[] {
  return context.sheets.flatMap(({ views }) => views.filter((view): view is View<K> => view.kind === kind).map((view) => ({ ...view, view })));
}
