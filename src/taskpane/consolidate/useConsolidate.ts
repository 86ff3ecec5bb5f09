import { useCallback, useState } from 'react';
import type { Consolidation } from '../../domain/consolidate/types';
import type { Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';
import { consolidateFiles, type CommuneFile } from './consolidateFiles';

export type ConsolidateStatus =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'done'; result: Consolidation; sheets: string[] }
  | { kind: 'failed'; error: unknown };

/** Reads the chosen files and writes the consolidation, with progress. */
export function useConsolidate(host: WorkbookHost, lang: Lang) {
  const [status, setStatus] = useState<ConsolidateStatus>({ kind: 'idle' });
  const run = useCallback(async (files: readonly File[], expected: string[]) => {
    setStatus({ kind: 'working', done: 0, total: files.length });
    try {
      const read: CommuneFile[] = [];
      for (const file of files) read.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      const outcome = await consolidateFiles(host, read, { expected, lang, onProgress: (done, total) => setStatus({ kind: 'working', done, total }) });
      setStatus({ kind: 'done', ...outcome });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  }, [host, lang]);
  return { status, run };
}
