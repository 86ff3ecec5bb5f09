/** Every finding code the engine emits, with its severity. Messages live in ./messages. */
export const FINDING_SEVERITY = {
  'percent-mismatch': 'error',
  'total-mismatch': 'error',
  'exceeds-total': 'error',
  'unknown-criterion': 'error',
  'missing-criterion': 'warning',
  'invalid-status': 'error',
  'duplicate-commune': 'error',
  'duplicate-lead': 'error',
  'conflicting-lead': 'warning',
  'uncovered-criterion': 'warning',
  'formula-error': 'error',
  'missing-value': 'warning',
  'unparsed-timeline': 'warning',
  'target-below-baseline': 'error',
  'goal-unreachable': 'error',
  'invalid-catalog': 'error',
  'unchecked-set': 'info',
  'no-table': 'warning',
  'empty-workbook': 'warning',
  'set-mismatch': 'warning',
  'invalid-group': 'error',
  'indicator-below-threshold': 'error',
  'mixed-criteria-sets': 'error',
  'merged-commune-listed': 'warning',
  'indicators-met-marked-not': 'warning',
  'no-advanced-set': 'info',
  'relation-mismatch': 'error',
  'table-read': 'info',
  'sheet-read': 'info',
  'missing-lead': 'warning',
  'unread-table': 'warning',
  'unsure-relation': 'warning',
  'plan-communes-differ': 'warning',
  'plan-year-unknown': 'warning',
  'plan-issuer-unknown': 'warning',
  'range-not-read': 'warning',
  'unclear-role': 'warning',
  'met-below-threshold': 'error',
  'criterion-met-indicator-not': 'error',
  'criteria-met-count': 'error',
  'not-met-above-threshold': 'warning',
  'part-exceeds-whole': 'error',
  'commune-unnamed': 'warning',
  'status-blank': 'warning',
  'outside-set': 'error',
  'below-stated-threshold': 'error',
  'shared-part': 'error',
  'timeline-outside-year': 'warning',
} as const;

export type FindingCode = keyof typeof FINDING_SEVERITY;

/** The infos saying how a sheet or a table was read: shown under the sheet's name, not among the findings. */
export const READ_CODES: readonly FindingCode[] = ['table-read', 'sheet-read'];
export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'vi' | 'en';

/** Values a message may quote. Numbers are formatted per language when the message is made. */
export type FindingParams = Record<string, string | number | undefined>;

/** What a check reports: a finding before it gets its severity and message. */
export type FindingDraft = {
  code: FindingCode;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** The criterion/indicator code, commune, group or item the finding is about. */
  key?: string;
  expected?: number | string;
  actual?: number | string;
  params?: FindingParams;
};

/** A finding as reports and the task pane show it. */
export type Finding = FindingDraft & { severity: Severity; message: string };
