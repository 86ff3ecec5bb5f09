import type { Analysis, View, ViewKind } from './types';

/**
 * The views of one kind, every table of every sheet, with their grid and model.
 *
 * @example
 * viewsOf(analysis, 'targets').map(({ grid }) => grid.name)
 */
export function viewsOf<K extends ViewKind>(context: Pick<Analysis, 'sheets'>, kind: K): (View<K> & { view: View<K> })[] {
  return context.sheets.flatMap(({ views }) => views.filter((view): view is View<K> => view.kind === kind).map((view) => ({ ...view, view })));
}
