import type { CatalogReason } from '../../domain/catalog/select';
import type { FindingDraft } from '../../domain/findings/codes';
import type { Suggestion } from '../../domain/findings/suggest';
import type { SheetKind } from '../../domain/recognize/models';
import type { CriterionProgress } from '../../domain/report/progress';
import type { WritePlan } from '../../domain/fill/types';
import type { Appendix, AppendixOptions } from '../../domain/appendix/types';
import type { SheetLayout } from '../../domain/appendix/layout';
import type { PlanFigures } from '../../domain/plantext/figures';
import type { Consolidation } from '../../domain/consolidate/types';
import type { Template } from '../../domain/template/types';

/** What the pane is doing, for its progress bar: each step's share of the bar is its own. */
export type Step = 'open' | 'read' | 'analyse' | 'check' | 'plan' | 'prepare' | 'write' | 'save' | 'files';

/** Progress of a long piece of work: a step, and how far it is (total 0: not known). */
export type Progress = (step: Step, done: number, total: number) => void;

/** How a caller follows and stops a piece of work. */
export type Work = { progress?: Progress; signal?: AbortSignal };

/** A check's result as data: translated only when shown, so that the language can change afterwards. */
export type CheckData = {
  file?: string;
  catalog: { id: string; title: string; from: number; to: number; advanced: boolean; criteria: number; builtin: boolean };
  reason: CatalogReason;
  sheets: { name: string; kind: SheetKind; cells: number }[];
  drafts: FindingDraft[];
  /** What to write for each finding (by its index in `drafts`), where the engine knows. */
  suggestions: (Suggestion | null)[];
  progress: CriterionProgress[];
  /** Fingerprints of the sheets as checked: a fix is refused if a sheet changed since. */
  basis: Record<string, string>;
};

/** The two plans of a fill: keeping typed cells, and replacing them. */
export type FillPlans = { keep: WritePlan; replace: WritePlan };

export type AppendixData = { appendix: Appendix; warnings: FindingDraft[]; layout: SheetLayout; matrix: SheetLayout | null };

/** A commune's file for the consolidation: its name and bytes. */
export type CommuneFile = { name: string; bytes: Uint8Array };

export type Gathered = { result: Consolidation; template: Template | null };

/**
 * The pane's computations: each reads the workbook as it is now and returns data. In Excel the
 * workbook is read through Office.js and the work is done in a Web Worker; in the web page the
 * workbook itself lives in the worker.
 */
export type Engine = {
  check(work?: Work): Promise<CheckData>;
  planFill(work?: Work): Promise<FillPlans>;
  appendix(options: AppendixOptions, work?: Work): Promise<AppendixData>;
  planText(work?: Work): Promise<string[]>;
  figures(work?: Work): Promise<PlanFigures>;
  gather(files: readonly CommuneFile[], expected: readonly string[], work?: Work): Promise<Gathered>;
};

/** A piece of work stopped by the user. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export const isCancelled = (error: unknown): boolean => error instanceof Cancelled || (error instanceof Error && error.name === 'Cancelled') || (error instanceof Error && error.name === 'AbortError');
