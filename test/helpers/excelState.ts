/**
 * What a workbook holds in the fake Excel (`fakeExcel(...).state()`): every sheet as a snapshot, and
 * the notes (and comments) by "'Sheet'!A1" — so that a test compares workbooks cell by cell, a fill
 * and its undo for example.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';

export type ExcelState = { workbook: WorkbookSnapshot; notes: Record<string, string> };

/** Every cell of a sheet as "row:col value|formula|format", blanks and General left out: two sheets compare cell by cell. */
export function cellList(sheet: SheetSnapshot): string[] {
  const out: string[] = [];
  sheet.values.forEach((row, r) => row.forEach((value, c) => {
    const formula = sheet.formulas?.[r]?.[c] ?? null;
    const format = sheet.numberFormats?.[r]?.[c] ?? 'General';
    if (value === null && formula === null && format === 'General') return;
    out.push(`${sheet.origin.row + r}:${sheet.origin.col + c} ${JSON.stringify(value)}|${formula ?? ''}|${format}`);
  }));
  return out.sort();
}
