import { readWorkbookSnapshot } from '../hosts/excel/readWorkbook';
import { goToCell } from '../hosts/excel/navigate';
import { clearHighlights, highlightCells } from '../hosts/excel/highlight';
import { officeSupports } from '../hosts/excel/requirements';
import { applyPlanInExcel } from '../hosts/excel/applyPlan';
import { undoInExcel } from '../hosts/excel/undo';
import { removeSheets } from '../hosts/excel/removeSheets';
import { writeGeneratedSheet } from '../hosts/excel/writeGeneratedSheet';
import { GENERATED } from '../domain/appendix/generated';
import { insertTemplate } from '../hosts/excel/insertTemplate';
import { writeConsolidationInExcel } from '../hosts/excel/writeConsolidation';
import { insertProgressChart } from '../hosts/excel/insertChart';
import type { WorkbookHost } from './host';

/**
 * One batch. While the user is typing in a cell Excel fails every batch; `delayForCellEdit` makes it
 * wait until the user leaves the cell instead (ExcelApi 1.11; older Excel ignores the option).
 */
function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

/** The pane's host inside Excel: every call one Excel.run batch. */
export function excelHost(): WorkbookHost {
  return {
    read: (onProgress) => run((context) => readWorkbookSnapshot(context, { onProgress })),
    goTo: (sheet, cell) => run((context) => goToCell(context, sheet, cell)),
    highlight: (cells) => run((context) => highlightCells(context, cells)),
    clearHighlights: () => run((context) => clearHighlights(context)),
    applyPlan: (plan) => run((context) => applyPlanInExcel(context, plan)),
    undo: (record) => run((context) => undoInExcel(context, record)),
    writeSheet: (kind, layout) => run((context) => writeGeneratedSheet(context, GENERATED[kind], layout)),
    insertTemplate: (template) => run((context) => insertTemplate(context, template)),
    removeSheets: (names) => run((context) => removeSheets(context, names)),
    writeConsolidation: (template) => run((context) => writeConsolidationInExcel(context, template)),
    insertChart: (rows) => run((context) => insertProgressChart(context, rows)),
    canHighlight: officeSupports('ExcelApi', '1.6'),
  };
}
