import { readWorkbookSnapshot } from '../hosts/excel/readWorkbook';
import { goToCell } from '../hosts/excel/navigate';
import { clearHighlights, highlightCells } from '../hosts/excel/highlight';
import { officeSupports } from '../hosts/excel/requirements';
import { applyPlanInExcel } from '../hosts/excel/applyPlan';
import { writeGeneratedSheet } from '../hosts/excel/writeGeneratedSheet';
import { GENERATED } from '../domain/appendix/generated';
import { insertTemplate } from '../hosts/excel/insertTemplate';
import { insertProgressChart } from '../hosts/excel/insertChart';
import type { WorkbookHost } from './host';

/** The pane's host inside Excel: every call one Excel.run batch. */
export function excelHost(): WorkbookHost {
  return {
    read: (onProgress) => Excel.run((context) => readWorkbookSnapshot(context, { onProgress })),
    goTo: (sheet, cell) => Excel.run((context) => goToCell(context, sheet, cell)),
    highlight: (cells) => Excel.run((context) => highlightCells(context, cells)),
    clearHighlights: () => Excel.run((context) => clearHighlights(context)),
    applyPlan: (plan) => Excel.run((context) => applyPlanInExcel(context, plan)),
    writeSheet: (kind, layout) => Excel.run((context) => writeGeneratedSheet(context, GENERATED[kind], layout)),
    insertTemplate: (template) => Excel.run((context) => insertTemplate(context, template)),
    insertChart: (rows) => Excel.run((context) => insertProgressChart(context, rows)),
    canHighlight: officeSupports('ExcelApi', '1.6'),
  };
}
