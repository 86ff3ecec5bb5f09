import type { WorkbookHost } from '../host';
import type { EngineClient } from '../engine/client';
import type { CellRef } from '../../hosts/excel/highlight';

export type WebHostEvents = {
  /** The workbook changed (a fill, an appendix, a template, a finding ignored): the preview redraws, the page has unsaved work. */
  changed(): void;
  goTo(sheet: string, cell: string): void;
  highlight(cells: readonly CellRef[]): void;
};

/**
 * The pane's host in the web page: the workbook lives in the page's Web Worker, which reads, writes
 * and undoes; going to a cell and highlighting happen in the page's preview. Nothing leaves the
 * machine; the result is downloaded.
 */
export function webHost(client: EngineClient, events: WebHostEvents): WorkbookHost {
  const changing = async <T,>(write: Promise<T>): Promise<T> => {
    const result = await write;
    events.changed();
    return result;
  };
  return {
    read: () => Promise.reject(new Error('the web page reads its workbook in its worker')),
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
    applyPlan: (plan, work) => changing(client.call('applyPlan', { plan }, work)),
    undo: (record) => changing(client.call('undo', { record })),
    writeSheet: (kind, layout, work) => changing(client.call('writeSheet', { kind, layout }, work)),
    undoSheets: (kinds) => changing(client.call('undoSheets', { kinds: [...kinds] })),
    insertTemplate: (template, work) => changing(client.call('insertTemplate', { template }, work)),
    removeSheets: (names) => changing(client.call('removeSheets', { names: [...names] })),
    writeConsolidation: (template, work) => changing(client.call('writeConsolidation', { template }, work)),
    loadIgnored: async () => (await client.call('info', {})).ignored,
    saveIgnored: (ignored) => changing(client.call('setIgnored', { ignored: [...ignored] })),
  };
}
