import type ExcelJS from 'exceljs';
import type { WorkbookHost } from '../host';
import { snapshotOfWorkbook } from '../../hosts/xlsx/readSnapshot';
import { applyPlanToWorkbook } from '../../hosts/xlsx/applyPlan';
import { freshGeneratedSheet } from '../../hosts/xlsx/generatedSheet';
import { writeLayout } from '../../hosts/xlsx/writeLayout';
import { addTemplateToWorkbook } from '../../hosts/xlsx/writeTemplate';
import { freeSheetNames, renameSheets } from '../../domain/template/rename';
import type { CellRef } from '../../hosts/excel/highlight';
import { fingerprint } from '../../domain/sheet/fingerprint';
import { WriteRefusedError } from '../../hosts/excel/applyPlan';

export type FileHostEvents = {
  /** The workbook changed (a fill, an appendix, a template): the preview redraws. */
  changed(): void;
  goTo(sheet: string, cell: string): void;
  highlight(cells: readonly CellRef[]): void;
};

/**
 * The pane's host over an .xlsx opened in the browser (web mode): the same panels, through the
 * ExcelJS host. Nothing leaves the machine; the result is downloaded.
 */
export function fileHost(workbook: ExcelJS.Workbook, name: string, events: FileHostEvents): WorkbookHost {
  return {
    read: async (onProgress) => {
      const snapshot = snapshotOfWorkbook(workbook, name);
      onProgress?.(1, 1);
      return snapshot;
    },
    goTo: async (sheet, cell) => events.goTo(sheet, cell),
    highlight: async (cells) => {
      events.highlight(cells);
      return true;
    },
    clearHighlights: async () => {
      events.highlight([]);
      return 0;
    },
    canHighlight: true,
    applyPlan: async (plan) => {
      const now = snapshotOfWorkbook(workbook, name);
      const changed = Object.entries(plan.basis ?? {}).filter(([sheet, print]) => {
        const current = now.sheets.find((s) => s.name === sheet);
        return !current || fingerprint(current) !== print;
      });
      if (changed.length > 0) throw new WriteRefusedError(changed.map(([sheet]) => sheet), 'changed');
      applyPlanToWorkbook(workbook, plan);
      events.changed();
      // A file keeps every replaced value in a note: nothing is left unwritten.
      return { kept: [] };
    },
    writeSheet: async (kind, layout) => {
      const sheet = freshGeneratedSheet(workbook, kind);
      writeLayout(sheet, layout);
      events.changed();
      return sheet.name;
    },
    writeConsolidation: async (template) => {
      const { writeConsolidation } = await import('../../hosts/xlsx/consolidation');
      const names = writeConsolidation(workbook, template);
      events.changed();
      return names;
    },
    insertTemplate: async (template) => {
      const names = freeSheetNames(template, workbook.worksheets.map((w) => w.name));
      addTemplateToWorkbook(workbook, renameSheets(template, names));
      events.changed();
      return [...names.values()];
    },
  };
}
