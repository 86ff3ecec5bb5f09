import { useCallback, useState } from 'react';
import { analyzeWorkbook, reportFor, type CheckReport } from '../../domain/engine';
import { criteriaProgress, type CriterionProgress } from '../../domain/report/progress';
import type { Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';

export type CheckStatus =
  | { kind: 'idle' }
  | { kind: 'running'; step: 'reading' | 'checking'; done: number; total: number }
  | { kind: 'done'; report: CheckReport; progress: CriterionProgress[] }
  | { kind: 'failed'; message: string };

/** Runs the check on the host's workbook and follows its progress. */
export function useCheck(host: WorkbookHost, lang: Lang) {
  const [status, setStatus] = useState<CheckStatus>({ kind: 'idle' });
  const run = useCallback(async () => {
    setStatus({ kind: 'running', step: 'reading', done: 0, total: 1 });
    try {
      const snapshot = await host.read((done, total) => setStatus({ kind: 'running', step: 'reading', done, total }));
      setStatus({ kind: 'running', step: 'checking', done: 0, total: 1 });
      await new Promise((resolve) => setTimeout(resolve, 0));
      const analysis = analyzeWorkbook(snapshot);
      setStatus({ kind: 'done', report: reportFor(analysis, snapshot.name, {}, lang), progress: criteriaProgress(analysis) });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [host, lang]);
  return { status, run };
}
