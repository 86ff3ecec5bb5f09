import { useCallback, useEffect, useRef, useState } from 'react';
import type { Step, Work } from './engine/types';
import { Cancelled, isCancelled } from './engine/types';
import type { Mode } from './strings';

export type WorkState = { step: Step; done: number; total: number };

/**
 * A long piece of work the pane waits for: its progress for the bar, and a cancel. `run` resolves
 * with the work's result, or with null when the user stopped it.
 */
export function useWork() {
  const [state, setState] = useState<WorkState | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const run = useCallback(async <T,>(task: (work: Work) => Promise<T>): Promise<T | null> => {
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    setState({ step: 'read', done: 0, total: 0 });
    // Stopped, the pane stops waiting at once, whether or not the work itself notices.
    const stopped = new Promise<never>((_, reject) => mine.signal.addEventListener('abort', () => reject(new Cancelled()), { once: true }));
    try {
      return await Promise.race([task({ signal: mine.signal, progress: (step, done, total) => { if (!mine.signal.aborted) setState({ step, done, total }); } }), stopped]);
    } catch (error) {
      if (isCancelled(error)) return null;
      throw error;
    } finally {
      if (controller.current === mine) {
        controller.current = null;
        setState(null);
      }
    }
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { progress: state, busy: state !== null, run, cancel };
}

/**
 * Whether the pane offers "Dừng" for the work it waits for: always in the web page (the workbook is
 * the page's own), in Excel until Excel writes — a write stopped by the pane would go on in Excel
 * without the record its undo needs.
 */
export const stoppable = (mode: Mode, state: WorkState): boolean => mode === 'web' || state.step !== 'write';
