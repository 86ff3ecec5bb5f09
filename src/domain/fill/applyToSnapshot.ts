import { parseA1 } from '../sheet/address';
import { blankRow, rowOf, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../sheet/snapshot';
import type { WritePlan } from './types';
import { cellWrites } from './cells';

function grow<T>(grid: (T | null)[][] | undefined, height: number, width: number): (T | null)[][] {
  const out = (grid ?? []).map((row) => rowOf(row, (cell) => cell, Math.max(width, row.length)));
  while (out.length < height) out.push(blankRow(width));
  return out;
}

/**
 * The snapshot a workbook would have after a plan: formulas with the values the engine
 * computed for them, labels, formats and merges. Pure: for previews and for proving that a
 * second fill changes nothing.
 */
export function applyPlanToSnapshot(workbook: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const all = cellWrites(plan);
  const sheets = workbook.sheets.map((sheet): SheetSnapshot => {
    const writes = all.filter((w) => w.sheet === sheet.name);
    const merges = plan.merges.filter((m) => m.sheet === sheet.name);
    if (writes.length === 0 && merges.length === 0) return sheet;
    const { row: top, col: left } = sheet.origin;
    const width = Math.max(sheet.values[0]?.length ?? 0, ...writes.map((w) => w.col - left + 1));
    const height = Math.max(sheet.values.length, ...writes.map((w) => w.row - top + 1));
    const values = grow<Exclude<CellValue, null>>(sheet.values as (Exclude<CellValue, null> | null)[][], height, width) as CellValue[][];
    const formulas = grow(sheet.formulas, height, width);
    const numberFormats = grow(sheet.numberFormats, height, width);
    for (const write of writes) {
      const [r, c] = [write.row - top, write.col - left];
      values[r][c] = write.text ?? write.value ?? null;
      // A formula without "=" is a number constant (a finding's fix): a value, not a formula.
      formulas[r][c] = write.formula?.startsWith('=') ? write.formula : null;
      if (write.numberFormat) numberFormats[r][c] = write.numberFormat;
    }
    const added = merges.flatMap((m) => {
      const [from, to] = m.range.split(':').map(parseA1);
      return from && to ? [{ top: from.row, left: from.col, bottom: to.row, right: to.col }] : [];
    });
    return { ...sheet, values, formulas, numberFormats, merges: [...(sheet.merges ?? []), ...added] };
  });
  return { ...workbook, sheets };
}
