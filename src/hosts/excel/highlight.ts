import { officeSupports, type Supports } from './requirements';
import { writeInBatches, type WriteUnit } from './batches';
import { requestBytes } from './payload';

/**
 * The formula of the conditional formats the add-in adds: always true, and unlike any a person
 * writes, so that the add-in finds and removes exactly its own. Conditional formats sit above
 * the cells' own formatting: removing them gives the user's formatting back untouched.
 */
export const HIGHLIGHT_MARKER = '=ISTEXT("ntm-plan")';
const FILL = '#FFC7CE';
const FONT = '#9C0006';

export type CellRef = { sheet: string; cell: string };

/**
 * Marks the cells in error with a conditional format (ExcelApi 1.6), in requests under the budget
 * (one for an ordinary workbook; halved if Excel refuses one as too large). False where unsupported.
 */
export async function highlightCells(context: Excel.RequestContext, cells: readonly CellRef[], supports: Supports = officeSupports, budget?: number): Promise<boolean> {
  if (!supports('ExcelApi', '1.6')) return false;
  const units = cells.map(({ sheet, cell }): WriteUnit => ({
    bytes: requestBytes(4, 4, [sheet, cell, 'Custom', HIGHLIGHT_MARKER, FILL, FONT]),
    queue: () => {
      const format = context.workbook.worksheets.getItem(sheet).getRange(cell).conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = HIGHLIGHT_MARKER;
      format.custom.format.fill.color = FILL;
      format.custom.format.font.color = FONT;
    },
  }));
  await writeInBatches(context, units, { budget });
  return true;
}

/** Removes the add-in's highlights from every sheet, and nothing else: two syncs to find them, the deletions in requests under the budget. */
export async function clearHighlights(context: Excel.RequestContext, supports: Supports = officeSupports, budget?: number): Promise<number> {
  if (!supports('ExcelApi', '1.6')) return 0;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const collections = worksheets.items.map((sheet) => {
    const formats = sheet.getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    return formats;
  });
  await context.sync();
  const units: WriteUnit[] = [];
  for (const formats of collections) {
    for (const format of formats.items) {
      if (format.type === 'Custom' && !format.customOrNullObject.isNullObject && format.customOrNullObject.rule.formula === HIGHLIGHT_MARKER) {
        units.push({ bytes: requestBytes(1, 1), queue: () => format.delete() });
      }
    }
  }
  await writeInBatches(context, units, { budget });
  return units.length;
}
