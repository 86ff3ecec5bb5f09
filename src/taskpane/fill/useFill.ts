import { useCallback, useState } from 'react';
import { checkWorkbook, type CheckReport } from '../../domain/engine';
import { planFill } from '../../domain/fill/plan';
import type { WritePlan } from '../../domain/fill/types';
import type { Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';
import { writeCount } from '../../domain/fill/cells';
import type { UndoRecord } from '../../domain/fill/undo';
import type { ResumeState } from '../../hosts/excel/applyPlan';

export type FillStatus =
  | { kind: 'idle' }
  | { kind: 'planning' }
  | { kind: 'preview'; keep: WritePlan; replace: WritePlan }
  | { kind: 'writing' }
  | { kind: 'written'; count: number; report: CheckReport; kept: string[]; restored: string[]; changedSince: string[]; undo?: UndoRecord }
  | { kind: 'undoing' }
  | { kind: 'undone'; count: number; report: CheckReport; refused: string[]; notesLeft: string[] }
  | { kind: 'failed'; error: unknown; undo?: UndoRecord; plan?: WritePlan; resume?: ResumeState; undoFailed?: boolean };

/** Preview, confirm, write, check again: the fill as the pane runs it. */
export function useFill(host: WorkbookHost, lang: Lang) {
  const [status, setStatus] = useState<FillStatus>({ kind: 'idle' });

  const preview = useCallback(async () => {
    setStatus({ kind: 'planning' });
    try {
      const snapshot = await host.read();
      const keep = planFill(snapshot);
      const replace = planFill(snapshot, { overwrite: true }, keep);
      setStatus({ kind: 'preview', keep: keep.plan, replace: replace.plan });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  }, [host]);

  const write = useCallback(async (plan: WritePlan, resume?: ResumeState) => {
    setStatus({ kind: 'writing' });
    try {
      const { kept, undo, restored = [], changedSince = [] } = await host.applyPlan(plan, resume);
      const report = checkWorkbook(await host.read(), {}, lang);
      setStatus({ kind: 'written', count: writeCount(plan) - kept.length - changedSince.length, report, kept, restored, changedSince, undo: host.undo ? undo : undefined });
    } catch (error) {
      // Excel stopped part way: what it wrote can be taken back, or the write can go on from there.
      const { undo, resume: next } = (error ?? {}) as { undo?: UndoRecord; resume?: ResumeState };
      setStatus({ kind: 'failed', error, undo: host.undo ? undo : undefined, plan, resume: next });
    }
  }, [host, lang]);

  /** Puts back what the last fill wrote (Excel's own undo stack does not hold an add-in's changes). */
  const undo = useCallback(async (record: UndoRecord) => {
    if (!host.undo) return;
    setStatus({ kind: 'undoing' });
    try {
      const outcome = await host.undo(record);
      const report = checkWorkbook(await host.read(), {}, lang);
      const refused = outcome?.refused ?? [];
      setStatus({ kind: 'undone', count: outcome ? outcome.restored : record.cells.length, report, refused, notesLeft: outcome?.notesLeft ?? [] });
    } catch (error) {
      // The undo can be run again: cells already put back hold what they held before.
      setStatus({ kind: 'failed', error, undo: record, undoFailed: true });
    }
  }, [host, lang]);

  return { status, preview, write, undo };
}
