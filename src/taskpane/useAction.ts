import { useCallback, useState } from 'react';

/**
 * Runs a pane action on the workbook (go to a cell, highlight, fix, insert a chart) and keeps its
 * failure to show, instead of dropping it: the workbook refuses such actions at times (a protected
 * sheet, a sheet deleted since the check, another workbook with the focus, an API the host lacks).
 * The failure is kept as thrown and worded when shown (FailedMessage).
 */
export function useAction() {
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const attempt = useCallback(<T,>(action: () => Promise<T>, then?: (result: T) => void) => {
    setFailure(null);
    action().then(then, (error: unknown) => setFailure({ error }));
  }, []);
  return { failure, attempt, clear: () => setFailure(null) };
}
