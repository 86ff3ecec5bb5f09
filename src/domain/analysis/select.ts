import type { SheetKind } from '../recognize/models';
import type { Analysis, SheetReading, View, ViewKind } from './types';

/**
 * The views of one kind, every table of every sheet, with their grid and model.
 *
 * @example
 * viewsOf(analysis, 'targets').map(({ grid }) => grid.name)
 */
export function viewsOf<K extends ViewKind>(context: Pick<Analysis, 'sheets'>, kind: K): (View<K> & { view: View<K> })[] {
  return context.sheets.flatMap(({ views }) => views.filter((view): view is View<K> => view.kind === kind).map((view) => ({ ...view, view })));
}

/**
 * What a sheet is, as the report says it: the workbook's criteria set ("Danh mục tiêu chí", read as the
 * catalog), else the kind of its first table, else nothing read.
 *
 * @example
 * analysis.sheets.map(sheetKindOf) // ['assignment', 'table', 'catalog']
 */
export function sheetKindOf(reading: Pick<SheetReading, 'views' | 'catalogSheet'>): SheetKind {
  return reading.catalogSheet ? 'catalog' : reading.views[0]?.kind ?? 'unknown';
}
