import { createContext, useContext } from 'react';
import type { Lang } from '../domain/findings/codes';
import type { WorkbookHost } from './host';
import type { Engine } from './engine/types';
import type { Mode, Strings } from './strings';

/** What every panel works with: the language and its words, where the pane runs, the workbook and the engine. */
export type Pane = { lang: Lang; mode: Mode; strings: Strings; host: WorkbookHost; engine: Engine };

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error('usePane outside the pane');
  return pane;
}
