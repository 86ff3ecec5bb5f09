import { useCallback, useState } from 'react';
import { checkWorkbook, type CheckReport } from '../../domain/engine';
import { planFill } from '../../domain/fill/plan';
import type { WritePlan } from '../../domain/fill/types';
import type { Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';
import { writeCount } from '../../domain/fill/cells';

export type FillStatus =
  | { kind: 'idle' }
  | { kind: 'planning' }
  | { kind: 'preview'; keep: WritePlan; replace: WritePlan }
  | { kind: 'writing' }
  | { kind: 'written'; count: number; report: CheckReport; kept: string[] }
  | { kind: 'failed'; message: string };

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
      const { kept } = await host.applyPlan(plan);
      const report = checkWorkbook(await host.read(), {}, lang);
      setStatus({ kind: 'written', count: writeCount(plan) - kept.length, report, kept });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [host, lang]);

  return { status, preview, write };
}
