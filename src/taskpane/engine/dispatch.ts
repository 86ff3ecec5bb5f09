import type { WorkbookSnapshot } from '../../domain/sheet/snapshot';
import type { AppendixOptions } from '../../domain/appendix/types';
import type { WritePlan } from '../../domain/fill/types';
import type { UndoRecord } from '../../domain/fill/undo';
import type { UndoOutcome } from '../../hosts/excel/undo';
import type { GeneratedKind } from '../../domain/appendix/generated';
import type { SheetLayout } from '../../domain/appendix/layout';
import type { Template } from '../../domain/template/types';
import type { IgnoredFinding } from '../../domain/findings/ignored';
import type { SourceWorkbook } from '../../domain/consolidate/types';
import { FileSession } from '../web/fileSession';
import { Analyses, appendixData, breathe, checkData, figures, fillPlans, gatherSources, planText } from './compute';
import type { CommuneFile, Work } from './types';

/** The work the page's Web Worker does, by name: what the main thread asks for and what it gets. */
export type Calls = {
  open: { args: { bytes: Uint8Array; name: string }; result: ReturnType<FileSession['info']> };
  fresh: { args: { name: string }; result: ReturnType<FileSession['info']> };
  info: { args: Record<string, never>; result: ReturnType<FileSession['info']> };
  check: { args: { snapshot?: WorkbookSnapshot }; result: Awaited<ReturnType<typeof checkData>> };
  planFill: { args: { snapshot?: WorkbookSnapshot }; result: Awaited<ReturnType<typeof fillPlans>> };
  appendix: { args: { snapshot?: WorkbookSnapshot; options: AppendixOptions }; result: Awaited<ReturnType<typeof appendixData>> };
  planText: { args: { snapshot?: WorkbookSnapshot }; result: string[] };
  figures: { args: { snapshot?: WorkbookSnapshot }; result: Awaited<ReturnType<typeof figures>> };
  gather: { args: { snapshot?: WorkbookSnapshot; files: CommuneFile[]; expected: string[] }; result: ReturnType<typeof gatherSources> };
  preview: { args: { sheet: string; around?: { row: number; col: number } }; result: ReturnType<FileSession['preview']> };
  applyPlan: { args: { plan: WritePlan }; result: Awaited<ReturnType<FileSession['applyPlan']>> };
  undo: { args: { record: UndoRecord }; result: UndoOutcome };
  writeSheet: { args: { kind: GeneratedKind; layout: SheetLayout }; result: string };
  undoSheets: { args: { kinds: GeneratedKind[] }; result: string[] };
  insertTemplate: { args: { template: Template }; result: string[] };
  removeSheets: { args: { names: string[] }; result: string[] };
  writeConsolidation: { args: { template: Template }; result: string[] };
  setIgnored: { args: { ignored: IgnoredFinding[] }; result: void };
  download: { args: Record<string, never>; result: Uint8Array };
};

export type Op = keyof Calls;

/**
 * Runs the calls of one worker: the workbook opened in the page (web mode), or the snapshots Excel
 * sends (each call brings its own). Plain functions, testable without a worker.
 */
export function dispatcher() {
  let session: FileSession | null = null;
  const analyses = new Analyses();
  const opened = () => {
    if (!session) throw new Error('no workbook is open');
    return session;
  };
  const snapshotOf = (args: { snapshot?: WorkbookSnapshot }) => args.snapshot ?? opened().current();

  const handlers: { [K in Op]: (args: Calls[K]['args'], work: Work) => Promise<Calls[K]['result']> } = {
    open: async ({ bytes, name }, work) => {
      session = await FileSession.open(bytes, name, work);
      return session.info();
    },
    fresh: async ({ name }) => {
      session = FileSession.fresh(name);
      return session.info();
    },
    info: async () => opened().info(),
    check: (args, work) => checkData(snapshotOf(args), analyses, work),
    planFill: (args, work) => fillPlans(snapshotOf(args), analyses, work),
    appendix: (args, work) => appendixData(snapshotOf(args), args.options, analyses, work),
    planText: (args, work) => planText(snapshotOf(args), analyses, work),
    figures: (args, work) => figures(snapshotOf(args), analyses, work),
    gather: async (args, work) => {
      // ExcelJS (and SheetJS for .ods/.xls/.csv) only when files are consolidated.
      const { readSourceWorkbook } = await import('../../hosts/xlsx/consolidation');
      const sources: SourceWorkbook[] = [];
      for (const [i, file] of args.files.entries()) {
        work.progress?.('files', i, args.files.length);
        await breathe(work);
        // Findings of the communes' files are data, translated when shown.
        sources.push(await readSourceWorkbook(file.name, file.bytes, {}, 'vi'));
      }
      work.progress?.('files', args.files.length, args.files.length);
      return gatherSources(sources, snapshotOf(args), args.expected);
    },
    preview: async ({ sheet, around }) => opened().preview(sheet, around),
    applyPlan: ({ plan }, work) => opened().applyPlan(plan, work),
    undo: ({ record }) => opened().undo(record),
    writeSheet: ({ kind, layout }, work) => opened().writeSheet(kind, layout, work),
    undoSheets: ({ kinds }) => opened().undoSheets(kinds),
    insertTemplate: ({ template }, work) => opened().insertTemplate(template, work),
    removeSheets: ({ names }) => opened().removeSheets(names),
    writeConsolidation: ({ template }, work) => opened().writeConsolidation(template, work),
    setIgnored: async ({ ignored }) => opened().setIgnored(ignored),
    download: (_, work) => opened().download(work),
  };

  return {
    handle<K extends Op>(op: K, args: Calls[K]['args'], work: Work): Promise<Calls[K]['result']> {
      return (handlers[op] as (a: Calls[K]['args'], w: Work) => Promise<Calls[K]['result']>)(args, work);
    },
  };
}

