import { useCallback, useState } from 'react';
import type { Consolidation } from '../../domain/consolidate/types';
import type { CommuneFile } from '../engine/types';
import { usePane } from '../pane';
import { useWork } from '../useWork';

export type ConsolidateStatus =
  | { kind: 'idle' }
  | { kind: 'done'; result: Consolidation; sheets: string[] }
  | { kind: 'failed'; error: unknown };

/**
 * Reads the chosen files (off the page's thread), gathers them with the rows of an earlier
 * consolidation in the workbook (a file sent again replaces its own rows) and writes the province's
 * sheets; nothing is written when no file could be read.
 */
export function useConsolidate() {
  const { host, engine } = usePane();
  const work = useWork();
  const [status, setStatus] = useState<ConsolidateStatus>({ kind: 'idle' });
  const run = useCallback(async (files: readonly File[], expected: string[]) => {
    try {
      const done = await work.run(async (w) => {
        const read: CommuneFile[] = [];
        for (const file of files) read.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        const { result, template } = await engine.gather(read, expected, w);
        return { result, sheets: template ? await host.writeConsolidation(template, w) : [] };
      });
      if (done) setStatus({ kind: 'done', ...done });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  }, [host, engine, work]);
  return { status, run, work };
}
