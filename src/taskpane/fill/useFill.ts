import { useCallback, useState } from 'react';
import type { WritePlan } from '../../domain/fill/types';
import { writeCount } from '../../domain/fill/cells';
import type { UndoRecord } from '../../domain/fill/undo';
import type { CheckData, FillPlans } from '../engine/types';
import { usePane } from '../pane';
import { useWork } from '../useWork';

export type FillStatus =
  | { kind: 'idle' }
  | ({ kind: 'preview' } & FillPlans)
  | { kind: 'written'; count: number; plan: WritePlan; data: CheckData; kept: string[]; restored: string[]; undo?: UndoRecord }
  | { kind: 'undone'; count: number; data: CheckData }
  | { kind: 'failed'; error: unknown; undo?: UndoRecord };

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

  const write = useCallback(async (plan: WritePlan) => {
    try {
      const done = await work.run(async (w) => {
        const { kept, undo, restored = [] } = await host.applyPlan(plan, w);
        // Written: the check that follows is not to be stopped half way (the user would see nothing).
        const data = await engine.check({ progress: w.progress });
        return { kept, undo, restored, data };
      });
      if (done) setStatus({ kind: 'written', count: writeCount(plan) - done.kept.length, plan, data: done.data, kept: done.kept, restored: done.restored, undo: host.undo ? done.undo : undefined });
    } catch (error) {
      // Excel stopped part way: what it wrote can be taken back.
      const undo = (error as { undo?: UndoRecord } | null)?.undo;
      setStatus({ kind: 'failed', error, undo: host.undo ? undo : undefined });
    }
  }, [host, engine, work]);

  /** Puts back what the last fill wrote (Excel's own undo stack does not hold an add-in's changes). */
  const undo = useCallback(async (record: UndoRecord) => {
    if (!host.undo) return;
    try {
      const data = await work.run(async (w) => {
        await host.undo!(record);
        return engine.check({ progress: w.progress });
      });
      if (data) setStatus({ kind: 'undone', count: record.cells.length, data });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  }, [host, engine, work]);

  return { status, preview, write, undo, work };
}
