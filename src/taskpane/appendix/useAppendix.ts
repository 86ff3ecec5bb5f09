import { useCallback, useState } from 'react';
import type { Appendix, AppendixOptions } from '../../domain/appendix/types';
import type { FindingDraft } from '../../domain/findings/codes';
import { usePane } from '../pane';
import { useWork } from '../useWork';

export type AppendixStatus =
  | { kind: 'idle' }
  | { kind: 'preview'; appendix: Appendix; warnings: FindingDraft[] }
  | { kind: 'generated'; sheet: string; appendix: Appendix; warnings: FindingDraft[] }
  | { kind: 'failed'; error: unknown };

/** Preview and generate the appendix (and the matrix where a responsibility sheet exists). */
export function useAppendix() {
  const { host, engine } = usePane();
  const work = useWork();
  const [status, setStatus] = useState<AppendixStatus>({ kind: 'idle' });
  const run = useCallback(async (options: AppendixOptions, write: boolean) => {
    try {
      const done = await work.run(async (w) => {
        const data = await engine.appendix(options, w);
        if (!write || data.appendix.sections.every((s) => s.rows.length === 0)) return { kind: 'preview' as const, appendix: data.appendix, warnings: data.warnings };
        if (data.matrix) await host.writeSheet('matrix', data.matrix, w);
        const sheet = await host.writeSheet('appendix', data.layout, w);
        return { kind: 'generated' as const, sheet, appendix: data.appendix, warnings: data.warnings };
      });
      if (done) setStatus(done);
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  }, [host, engine, work]);
  return { status, run, work };
}
