import { useCallback, useState } from 'react';
import { checkWorkbook, type CheckReport } from '../../domain/engine';
import { planFill } from '../../domain/fill/plan';
import type { WritePlan } from '../../domain/fill/types';
import type { Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';
import { writeCount } from '../../domain/fill/cells';
import type { UndoRecord } from '../../domain/fill/undo';

export type FillStatus =
  | { kind: 'idle' }
  | { kind: 'planning' }
  | { kind: 'preview'; keep: WritePlan; replace: WritePlan }
  | { kind: 'writing' }
  | { kind: 'written'; count: number; report: CheckReport; kept: string[]; restored: string[]; undo?: UndoRecord }
  | { kind: 'undoing' }
  | { kind: 'undone'; count: number; report: CheckReport }
  | { kind: 'failed'; message: string; undo?: UndoRecord };

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
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [host]);

  const write = useCallback(async (plan: WritePlan) => {
    setStatus({ kind: 'writing' });
    try {
      const { kept, undo, restored = [] } = await host.applyPlan(plan);
      const report = checkWorkbook(await host.read(), {}, lang);
      setStatus({ kind: 'written', count: writeCount(plan) - kept.length, report, kept, restored, undo: host.undo ? undo : undefined });
    } catch (error) {
      // Excel stopped part way: what it wrote can be taken back.
      const undo = (error as { undo?: UndoRecord } | null)?.undo;
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error), undo: host.undo ? undo : undefined });
    }
  }, [host, lang]);

  /** Puts back what the last fill wrote (Excel's own undo stack does not hold an add-in's changes). */
  const undo = useCallback(async (record: UndoRecord) => {
    if (!host.undo) return;
    setStatus({ kind: 'undoing' });
    try {
      await host.undo(record);
      const report = checkWorkbook(await host.read(), {}, lang);
      setStatus({ kind: 'undone', count: record.cells.length, report });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [host, lang]);

  return { status, preview, write, undo };
}
