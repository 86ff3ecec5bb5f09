import { useCallback, useState } from 'react';
import type { WritePlan } from '../../domain/fill/types';
import { writeCount } from '../../domain/fill/cells';
import type { UndoRecord } from '../../domain/fill/undo';
import type { ResumeState } from '../../hosts/excel/applyPlan';
import type { CheckData, FillPlans } from '../engine/types';
import { usePane } from '../pane';
import { useWork } from '../useWork';

export type FillStatus =
  | { kind: 'idle' }
  | ({ kind: 'preview' } & FillPlans)
  | { kind: 'written'; count: number; plan: WritePlan; data: CheckData; kept: string[]; restored: string[]; changedSince: string[]; undo?: UndoRecord }
  | { kind: 'undone'; count: number; data: CheckData; refused: string[]; notesLeft: string[] }
  | { kind: 'failed'; error: unknown; undo?: UndoRecord; plan?: WritePlan; resume?: ResumeState; undoFailed?: boolean };

/** Preview, confirm, write, check again: the fill as the pane runs it, off the page's thread. */
export function useFill() {
  const { host, engine } = usePane();
  const work = useWork();
  const [status, setStatus] = useState<FillStatus>({ kind: 'idle' });

  const preview = useCallback(async () => {
    try {
      const plans = await work.run((w) => engine.planFill(w));
      if (plans) setStatus({ kind: 'preview', ...plans });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  }, [engine, work]);

  const write = useCallback(async (plan: WritePlan, resume?: ResumeState) => {
    try {
      const done = await work.run(async (w) => {
        const { kept, undo, restored = [], changedSince = [] } = await host.applyPlan(plan, w, resume);
        // Written: the check that follows is not to be stopped half way (the user would see nothing).
        const data = await engine.check({ progress: w.progress });
        return { kept, undo, restored, changedSince, data };
      });
      if (done) setStatus({ kind: 'written', count: writeCount(plan) - done.kept.length - done.changedSince.length, plan, data: done.data, kept: done.kept, restored: done.restored, changedSince: done.changedSince, undo: host.undo ? done.undo : undefined });
    } catch (error) {
      // Excel stopped part way: what it wrote can be taken back, or the write can go on from there.
      const { undo, resume: next } = (error ?? {}) as { undo?: UndoRecord; resume?: ResumeState };
      setStatus({ kind: 'failed', error, undo: host.undo ? undo : undefined, plan, resume: next });
    }
  }, [host, engine, work]);

  /** Puts back what the last fill wrote (Excel's own undo stack does not hold an add-in's changes). */
  const undo = useCallback(async (record: UndoRecord) => {
    if (!host.undo) return;
    try {
      const done = await work.run(async (w) => {
        const outcome = await host.undo!(record);
        return { outcome, data: await engine.check({ progress: w.progress }) };
      });
      if (done) {
        const { outcome, data } = done;
        setStatus({ kind: 'undone', count: outcome ? outcome.restored : record.cells.length, data, refused: outcome?.refused ?? [], notesLeft: outcome?.notesLeft ?? [] });
      }
    } catch (error) {
      // The undo can be run again: cells already put back hold what they held before.
      setStatus({ kind: 'failed', error, undo: record, undoFailed: true });
    }
  }, [host, engine, work]);

  return { status, preview, write, undo, work };
}
