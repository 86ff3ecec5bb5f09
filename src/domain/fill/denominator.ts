import { communesFor } from '../analysis/communes';
import type { FillContext } from './context';
import { FORMAT } from './place';
import { rangeRef, ref, sheetRef } from '../sheet/refs';

/** What a share divides by: a reference (or the number itself) and its value. */
export type Denominator = { ref: string; value: number } | null;

/**
 * The number of communes to divide by, as the analysis decided it (`communesFor`): the cell that
 * states it, a live cell reading the number in a "Tổng số xã: 207" label, a count of an assignment's
 * communes (written where `countNames` puts it, given the names' range), or the number itself
 * (stated in a title, a column-number row, or given by the user). The one reader of the fact for
 * the fill's shares.
 *
 * @example
 * denominatorOf(context, placeCount) // { ref: '$C$4', value: 207 }
 */
export function denominatorOf(context: FillContext, countNames: (names: string, value: number) => string): Denominator {
  const { out } = context;
  const fact = communesFor(context.analysis, context.view);
  if (!fact) return null;
  if (fact.cell) {
    const cell = ref(fact.cell.row, fact.cell.col, true);
    return { ref: fact.cell.sheet === context.grid.name ? cell : `${sheetRef(fact.cell.sheet)}!${cell}`, value: fact.value };
  }
  if (fact.label && fact.label.live && !fact.label.merged) {
    // "Tổng số xã: 207" in one cell: a live cell beside it reads the number after the colon.
    const label = ref(fact.label.row, fact.label.col);
    const target = { row: fact.label.row, col: fact.label.col + 1, role: 'summary.communes' as const };
    out.put({ ...target, formula: `=VALUE(TRIM(MID(${label},FIND(":",${label})+1,20)))`, value: fact.value, numberFormat: FORMAT.count });
    if (out.willWrite(target.row, target.col)) return { ref: ref(target.row, target.col, true), value: fact.value };
  }
  if (fact.names) {
    const { sheet, top, bottom, col } = fact.names;
    return { ref: countNames(`${sheet === context.grid.name ? '' : `${sheetRef(sheet)}!`}${rangeRef(top, col, bottom, col)}`, fact.value), value: fact.value };
  }
  // Stated in a title, a merged label or a column-number row, or given by the user: the number itself.
  return { ref: String(fact.value), value: fact.value };
}
