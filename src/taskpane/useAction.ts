import { useCallback, useState } from 'react';

/**
 * Runs a pane action on the workbook (go to a cell, highlight, insert a chart) and keeps its failure
 * to show, instead of dropping it: Excel refuses such actions at times (a protected sheet, a sheet
 * deleted since the check, an API the host lacks).
 */
export function useAction() {
  const [failure, setFailure] = useState<string | null>(null);
  const attempt = useCallback(<T,>(action: () => Promise<T>, then?: (result: T) => void) => {
    setFailure(null);
    action().then(then, (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, []);
  return { failure, attempt };
}
