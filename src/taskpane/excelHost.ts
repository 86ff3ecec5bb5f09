import { readWorkbookSnapshot } from '../hosts/excel/readWorkbook';
import { goToCell } from '../hosts/excel/navigate';
import { clearHighlights, highlightCells } from '../hosts/excel/highlight';
import { officeSupports } from '../hosts/excel/requirements';
import { applyPlanInExcel } from '../hosts/excel/applyPlan';
import { undoInExcel } from '../hosts/excel/undo';
import { removeSheets } from '../hosts/excel/removeSheets';
import { GeneratedWriteError, writeGeneratedSheet, type GeneratedUndo } from '../hosts/excel/writeGeneratedSheet';
import { undoGeneratedSheets } from '../hosts/excel/undoGenerated';
import { GENERATED, type GeneratedKind } from '../domain/appendix/generated';
import { InsertFailedError, insertTemplate, readInserted, type InsertedSheet } from '../hosts/excel/insertTemplate';
import { writeConsolidationInExcel } from '../hosts/excel/writeConsolidation';
import { insertProgressChart } from '../hosts/excel/insertChart';
import { readIgnoredInExcel, writeIgnoredInExcel } from '../hosts/excel/settingsPart';
import type { WorkbookHost } from './host';
import type { Work } from './engine/types';

/**
 * One batch. While the user is typing in a cell Excel fails every batch; `delayForCellEdit` makes it
 * wait until the user leaves the cell instead (ExcelApi 1.11; older Excel ignores the option).
 */
function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

const key = (names: readonly string[]) => [...names].sort().join('\u0000');

/**
 * A write into Excel, said as such to the pane (step 'write'): once Excel writes, the pane cannot stop
 * it half way, and waiting for it is what keeps the record its undo needs.
 */
function writing<T>(work: Work | undefined, write: () => Promise<T>): Promise<T> {
  work?.progress?.('write', 0, 0);
  return write();
}

/** The pane's host inside Excel: every call one Excel.run batch. */
export function excelHost(): WorkbookHost {
  // What the last write of each generated sheet changed (a write Excel stopped included), for its undo.
  const undos = new Map<GeneratedKind, GeneratedUndo>();
  // The sheets of each template insertion, by their names, for its undo.
  const inserted = new Map<string, InsertedSheet[]>();
  const generate = async (kind: GeneratedKind, write: () => Promise<GeneratedUndo>) => {
    try {
      const undo = await write();
      undos.set(kind, undo);
      return undo.added;
    } catch (error) {
      if (error instanceof GeneratedWriteError && error.undo) undos.set(kind, error.undo);
      throw error;
    }
  };
  return {
    read: (onProgress) => run((context) => readWorkbookSnapshot(context, { onProgress })),
    goTo: (sheet, cell) => run((context) => goToCell(context, sheet, cell)),
    highlight: (cells) => run((context) => highlightCells(context, cells)),
    clearHighlights: () => run((context) => clearHighlights(context)),
    applyPlan: (plan, work, resume) => writing(work, () => run((context) => applyPlanInExcel(context, plan, { resume }))),
    undo: (record) => run((context) => undoInExcel(context, record)),
    writeSheet: (kind, layout, work) => writing(work, () => run((context) => generate(kind, () => writeGeneratedSheet(context, GENERATED[kind], layout)))),
    undoSheets: (kinds) => run(async (context) => {
      const deleted = await undoGeneratedSheets(context, kinds.flatMap((kind) => undos.get(kind) ?? []));
      for (const kind of kinds) undos.delete(kind);
      return deleted;
    }),
    insertTemplate: (template, work) => writing(work, () => run(async (context) => {
      try {
        const sheets = await insertTemplate(context, template);
        inserted.set(key(sheets.map((s) => s.name)), sheets);
        return sheets.map((s) => s.name);
      } catch (error) {
        if (error instanceof InsertFailedError && error.inserted.length > 0) inserted.set(key(error.inserted.map((s) => s.name)), error.inserted);
        throw error;
      }
    })),
    removeSheets: (names) => run(async (context) => removeSheets(context, inserted.get(key(names)) ?? await readInserted(context, names))),
    writeConsolidation: (template, work) => writing(work, () => run((context) => writeConsolidationInExcel(context, template))),
    insertChart: (rows) => run((context) => generate('chart', () => insertProgressChart(context, rows))),
    canHighlight: officeSupports('ExcelApi', '1.6'),
    // The findings ignored live in the workbook's custom XML part (ExcelApi 1.5), saved with it.
    ...(officeSupports('ExcelApi', '1.5') ? {
      loadIgnored: () => run((context) => readIgnoredInExcel(context)),
      saveIgnored: (ignored) => run((context) => writeIgnoredInExcel(context, ignored)),
    } : {}),
  };
}
