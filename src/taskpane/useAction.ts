import { useCallback, useState } from 'react';

/**
 * Runs a pane action on the workbook (go to a cell, highlight, fix, insert a chart) and keeps its
 * failure to show, instead of dropping it: the workbook refuses such actions at times (a protected
 * sheet, a sheet deleted since the check, an API the host lacks).
 */
export function useAction() {
  const [failure, setFailure] = useState<unknown>(null);
  const attempt = useCallback(<T,>(action: () => Promise<T>, then?: (result: T) => void) => {
    setFailure(null);
    action().then(then, (error: unknown) => setFailure(error ?? new Error('?')));
  }, []);
  return { failure, attempt, clear: () => setFailure(null) };
}
