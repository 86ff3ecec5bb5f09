import { readWorkbookSnapshot } from '../hosts/excel/readWorkbook';
import { goToCell } from '../hosts/excel/navigate';
import { clearHighlights, highlightCells } from '../hosts/excel/highlight';
import { officeSupports } from '../hosts/excel/requirements';
import { applyPlanInExcel } from '../hosts/excel/applyPlan';
import { undoInExcel } from '../hosts/excel/undo';
import { removeSheets } from '../hosts/excel/removeSheets';
import { writeGeneratedSheet, type GeneratedUndo } from '../hosts/excel/writeGeneratedSheet';
import { undoGeneratedSheets } from '../hosts/excel/undoGenerated';
import { GENERATED, type GeneratedKind } from '../domain/appendix/generated';
import { insertTemplate } from '../hosts/excel/insertTemplate';
import { writeConsolidationInExcel } from '../hosts/excel/writeConsolidation';
import { insertProgressChart } from '../hosts/excel/insertChart';
import { readIgnoredInExcel, writeIgnoredInExcel } from '../hosts/excel/settingsPart';
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
  // What the last write of each generated sheet changed, for its undo.
  const undos = new Map<GeneratedKind, GeneratedUndo>();
  const remember = (kind: GeneratedKind, undo: GeneratedUndo) => { undos.set(kind, undo); return undo.added; };
  return {
    read: (onProgress) => run((context) => readWorkbookSnapshot(context, { onProgress })),
    goTo: (sheet, cell) => run((context) => goToCell(context, sheet, cell)),
    highlight: (cells) => run((context) => highlightCells(context, cells)),
    clearHighlights: () => run((context) => clearHighlights(context)),
    applyPlan: (plan) => run((context) => applyPlanInExcel(context, plan)),
    undo: (record) => run((context) => undoInExcel(context, record)),
    writeSheet: (kind, layout) => run(async (context) => remember(kind, await writeGeneratedSheet(context, GENERATED[kind], layout))),
    undoSheets: (kinds) => run(async (context) => {
      const deleted = await undoGeneratedSheets(context, kinds.flatMap((kind) => undos.get(kind) ?? []));
      for (const kind of kinds) undos.delete(kind);
      return deleted;
    }),
    insertTemplate: (template) => run((context) => insertTemplate(context, template)),
    removeSheets: (names) => run((context) => removeSheets(context, names)),
    writeConsolidation: (template) => run((context) => writeConsolidationInExcel(context, template)),
    insertChart: (rows) => run(async (context) => remember('chart', await insertProgressChart(context, rows))),
    canHighlight: officeSupports('ExcelApi', '1.6'),
    // The findings ignored live in the workbook's custom XML part (ExcelApi 1.5), saved with it.
    ...(officeSupports('ExcelApi', '1.5') ? {
      loadIgnored: () => run((context) => readIgnoredInExcel(context)),
      saveIgnored: (ignored) => run((context) => writeIgnoredInExcel(context, ignored)),
    } : {}),
  };
}
