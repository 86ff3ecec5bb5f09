import { useCallback, useState } from 'react';
import { analyzeWorkbook, localize } from '../../domain/engine';
import { buildAppendix } from '../../domain/appendix/build';
import { layoutAppendix } from '../../domain/appendix/layout';
import { layoutMatrix } from '../../domain/appendix/matrix';
import type { Appendix, AppendixOptions } from '../../domain/appendix/types';
import type { Finding, Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';

export type AppendixStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'preview'; appendix: Appendix; warnings: Finding[] }
  | { kind: 'generated'; sheet: string; appendix: Appendix; warnings: Finding[] }
  | { kind: 'failed'; error: unknown };

/** Preview and generate the appendix (and the matrix where a responsibility sheet exists). */
export function useAppendix(host: WorkbookHost, lang: Lang) {
  const [status, setStatus] = useState<AppendixStatus>({ kind: 'idle' });
  const run = useCallback(async (options: AppendixOptions, write: boolean) => {
    setStatus({ kind: 'working' });
    try {
      const analysis = analyzeWorkbook(await host.read());
      const appendix = buildAppendix(analysis, options);
      const warnings = localize(appendix.warnings, lang);
      if (!write || appendix.sections.every((s) => s.rows.length === 0)) {
        setStatus({ kind: 'preview', appendix, warnings });
        return;
      }
      const matrix = layoutMatrix(analysis);
      if (matrix) await host.writeSheet('matrix', matrix);
      const sheet = await host.writeSheet('appendix', layoutAppendix(appendix));
      setStatus({ kind: 'generated', sheet, appendix, warnings });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  }, [host, lang]);
  return { status, run };
}
