import { officeSupports, type Supports } from './requirements';

/**
 * The formula of the conditional formats the add-in adds: always true, and unlike any a person
 * writes, so that the add-in finds and removes exactly its own. Conditional formats sit above
 * the cells' own formatting: removing them gives the user's formatting back untouched.
 */
export const HIGHLIGHT_MARKER = '=ISTEXT("ntm-plan")';
const FILL = '#FFC7CE';
const FONT = '#9C0006';

export type CellRef = { sheet: string; cell: string };

/** Marks the cells in error with a conditional format (ExcelApi 1.6); one sync. False where unsupported. */
export async function highlightCells(context: Excel.RequestContext, cells: readonly CellRef[], supports: Supports = officeSupports): Promise<boolean> {
  if (!supports('ExcelApi', '1.6')) return false;
  for (const { sheet, cell } of cells) {
    const format = context.workbook.worksheets.getItem(sheet).getRange(cell).conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = HIGHLIGHT_MARKER;
    format.custom.format.fill.color = FILL;
    format.custom.format.font.color = FONT;
  }
  await context.sync();
  return true;
}

/** Removes the add-in's highlights from every sheet, and nothing else; two syncs. */
export async function clearHighlights(context: Excel.RequestContext, supports: Supports = officeSupports): Promise<number> {
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
  let removed = 0;
  for (const formats of collections) {
    for (const format of formats.items) {
      if (format.type === 'Custom' && !format.customOrNullObject.isNullObject && format.customOrNullObject.rule.formula === HIGHLIGHT_MARKER) {
        format.delete();
        removed++;
      }
    }
  }
  if (removed > 0) await context.sync();
  return removed;
}
