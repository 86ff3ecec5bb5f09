import type { Grid } from '../sheet/grid';
import { fold, hasAnyWords } from '../text/fold';
import { readStated } from '../sheet/stated';
import type { TargetsModel } from '../recognize/models';
import { sheetsOf, type CheckContext } from './context';

/**
 * The number of communes a targets sheet divides by: the sheet's own "Tổng số xã" cell,
 * else --communes, else the communes of an assignment sheet in the workbook.
 */
export function sheetCommunes(context: CheckContext, model: TargetsModel): number | undefined {
  return statedCommunes(context, model) ?? assignmentCommunes(context);
}

/** The number of communes the sheet itself or the user states (not one the engine counts). */
export function statedCommunes(context: CheckContext, model: TargetsModel): number | undefined {
  return model.communesCell?.value ?? context.communes;
}

function assignmentCommunes(context: CheckContext): number | undefined {
  const assignments = sheetsOf(context, 'assignment');
  return assignments.length === 1 ? assignments[0].model.communes.length : undefined;
}

/** The denominator of one row: its own "X/Y" text first, else the sheet's number of communes. */
export function rowDenominator(grid: Grid, row: number, cols: readonly (number | undefined)[], fallback: number | undefined): number | undefined {
  for (const col of cols) {
    if (col === undefined) continue;
    const stated = readStated(grid, row, col);
    if (stated?.denominator !== undefined) return stated.denominator;
  }
  return fallback;
}

/**
 * Whether a target row counts communes (and so is bounded by, and a share of, the number of
 * communes): not an average, not a count of villages.
 */
export function countsCommunes(label: string, key: string): boolean {
  const words = fold(label).replace(/\bnong thon\b/g, '');
  return key !== 'binh-quan' && !hasAnyWords(words, ['thon', 'xom', 'ban', 'khu dan cu', 'to dan pho', 'lang']);
}
