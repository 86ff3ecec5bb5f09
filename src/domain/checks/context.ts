import type { Analysis } from '../analysis/types';
import type { FindingDraft } from '../findings/codes';

/** What a check reads: the analysis of the workbook (its views, its criteria set, its facts). */
export type CheckContext = Analysis;

/** One check: reads the views of the analysis and reports findings as data. */
export type Check = { id: string; run(context: CheckContext): FindingDraft[] };
