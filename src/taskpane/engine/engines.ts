import type { WorkbookSnapshot } from '../../domain/sheet/snapshot';
import type { SourceWorkbook } from '../../domain/consolidate/types';
import { Analyses, appendixData, breathe, checkData, figures, fillPlans, gatherSources, planText } from './compute';
import type { EngineClient } from './client';
import type { Engine, Work } from './types';

type Read = (onProgress?: (done: number, total: number) => void) => Promise<WorkbookSnapshot>;

const reading = (read: Read) => async (work?: Work): Promise<WorkbookSnapshot> => {
  work?.progress?.('read', 0, 0);
  const snapshot = await read((done, total) => work?.progress?.('read', done, total));
  await breathe(work);
  return snapshot;
};

/**
 * The engine on the page's own thread, reading through the host: the tests' engine, and the
 * fallback where a Web Worker cannot start. Yields between steps so that the pane stays drawn.
 */
export function inlineEngine(read: Read): Engine {
  const analyses = new Analyses();
  const snapshot = reading(read);
  return {
    check: async (work) => checkData(await snapshot(work), analyses, work),
    planFill: async (work) => fillPlans(await snapshot(work), analyses, work),
    appendix: async (options, work) => appendixData(await snapshot(work), options, analyses, work),
    planText: async (work) => planText(await snapshot(work), analyses, work),
    figures: async (work) => figures(await snapshot(work), analyses, work),
    gather: async (files, expected, work) => {
      const { readSourceWorkbook } = await import('../../hosts/xlsx/consolidation');
      const sources: SourceWorkbook[] = [];
      for (const [i, file] of files.entries()) {
        work?.progress?.('files', i, files.length);
        await breathe(work);
        sources.push(await readSourceWorkbook(file.name, file.bytes, {}, 'vi'));
      }
      work?.progress?.('files', files.length, files.length);
      return gatherSources(sources, await snapshot(work), expected);
    },
  };
}

/**
 * The engine in a Web Worker over snapshots read on the page's thread (Excel: Office.js runs there):
 * each call sends the workbook as read; cancelling replaces the worker, which keeps nothing.
 */
export function workerEngine(read: Read, client: EngineClient): Engine {
  const snapshot = reading(read);
  const restart = { restartOnCancel: true };
  return {
    check: async (work) => client.call('check', { snapshot: await snapshot(work) }, work, restart),
    planFill: async (work) => client.call('planFill', { snapshot: await snapshot(work) }, work, restart),
    appendix: async (options, work) => client.call('appendix', { snapshot: await snapshot(work), options }, work, restart),
    planText: async (work) => client.call('planText', { snapshot: await snapshot(work) }, work, restart),
    figures: async (work) => client.call('figures', { snapshot: await snapshot(work) }, work, restart),
    gather: async (files, expected, work) => client.call('gather', { snapshot: await snapshot(work), files: [...files], expected: [...expected] }, work, restart),
  };
}

/** The engine of the web page: the workbook lives in the worker, nothing is sent but the question. */
export function fileEngine(client: EngineClient): Engine {
  return {
    check: (work) => client.call('check', {}, work),
    planFill: (work) => client.call('planFill', {}, work),
    appendix: (options, work) => client.call('appendix', { options }, work),
    planText: (work) => client.call('planText', {}, work),
    figures: (work) => client.call('figures', {}, work),
    gather: (files, expected, work) => client.call('gather', { files: [...files], expected: [...expected] }, work),
  };
}
