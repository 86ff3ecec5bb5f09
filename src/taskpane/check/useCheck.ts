import { useCallback, useRef, useState } from 'react';
import type { IgnoredFinding } from '../../domain/findings/ignored';
import type { CheckData } from '../engine/types';
import { usePane } from '../pane';
import { useWork } from '../useWork';

/**
 * Runs the check on the workbook and keeps its findings as data (translated when shown, so the
 * language can change afterwards), with the findings the workbook says to ignore.
 */
export function useCheck() {
  const { engine, host } = usePane();
  const work = useWork();
  const [data, setData] = useState<CheckData | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [ignored, setIgnored] = useState<IgnoredFinding[]>([]);
  /** Counts the checks the user started: the summary takes the focus after each. */
  const [runs, setRuns] = useState(0);
  const loaded = useRef(false);

  const check = useCallback(async (byUser: boolean) => {
    setFailure(null);
    try {
      const result = await work.run((w) => engine.check(w));
      if (!result) return;
      if (!loaded.current && host.loadIgnored) {
        loaded.current = true;
        setIgnored(await host.loadIgnored());
      }
      setData(result);
      if (byUser) setRuns((n) => n + 1);
    } catch (error) {
      setFailure(error);
    }
  }, [engine, host, work]);

  const saveIgnored = useCallback(async (next: IgnoredFinding[]) => {
    setIgnored(next);
    await host.saveIgnored?.(next);
  }, [host]);

  return { data, failure, ignored, saveIgnored, runs, run: () => check(true), refresh: () => check(false), work };
}
