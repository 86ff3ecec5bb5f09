import { useCallback, useMemo, useState } from 'react';
import { analyzeWorkbook, reportOf, runChecks, type Analysis, type CheckReport } from '../../domain/engine';
import { criteriaProgress, type CriterionProgress } from '../../domain/report/progress';
import type { FindingDraft, Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';

export type CheckStatus =
  | { kind: 'idle' }
  | { kind: 'running'; step: 'reading' | 'checking'; done: number; total: number }
  | { kind: 'done'; report: CheckReport; progress: CriterionProgress[] }
  | { kind: 'failed'; error: unknown };

/** What a finished check keeps: the findings as data, translated when shown. */
type Checked = { kind: 'done'; analysis: Analysis; drafts: FindingDraft[]; file?: string; progress: CriterionProgress[] };

/** Runs the check on the host's workbook and follows its progress; the report follows the pane's language. */
export function useCheck(host: WorkbookHost, lang: Lang) {
  const [state, setStatus] = useState<Exclude<CheckStatus, { kind: 'done' }> | Checked>({ kind: 'idle' });
  const run = useCallback(async () => {
    setStatus({ kind: 'running', step: 'reading', done: 0, total: 1 });
    try {
      const snapshot = await host.read((done, total) => setStatus({ kind: 'running', step: 'reading', done, total }));
      setStatus({ kind: 'running', step: 'checking', done: 0, total: 1 });
      await new Promise((resolve) => setTimeout(resolve, 0));
      const analysis = analyzeWorkbook(snapshot);
      setStatus({ kind: 'done', analysis, drafts: runChecks(analysis), file: snapshot.name, progress: criteriaProgress(analysis) });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  }, [host]);
  const status = useMemo((): CheckStatus => (state.kind === 'done'
    ? { kind: 'done', report: reportOf(state.analysis, state.drafts, state.file, lang), progress: state.progress }
    : state), [state, lang]);
  return { status, run };
}
