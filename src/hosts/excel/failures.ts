/**
 * What went wrong in an action on the workbook, as data: Excel's error codes (Office.js
 * `OfficeExtension.Error.code`) and the add-in's own refusals, each to one failure the pane words in
 * Vietnamese or English when it shows it (`failureText`); Excel's own message is kept as `raw` for
 * the "Chi tiết" disclosure. Codes: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */

export type FailureCode =
  // Excel's errors, grouped by what the user can do about them.
  | 'cell-edit' | 'inactive-workbook' | 'too-large' | 'not-found' | 'already-exists' | 'access-denied'
  | 'invalid-argument' | 'invalid-operation' | 'range-conflict' | 'not-supported' | 'busy' | 'formula-too-long'
  | 'general' | 'excel-other' | 'other'
  // The add-in's own refusals, before anything was written.
  | 'sheet-protected' | 'sheet-changed' | 'workbook-protected' | 'insert-version' | 'insert-ipad'
  // An undo that left sheets a person changed since.
  | 'undo-sheets-refused';

export type FailureParams = Record<string, string | number>;

/** A failure as the pane shows it: a code, its values, and Excel's code and words when Excel failed. */
export type Failure = { code: FailureCode; params?: FailureParams; excelCode?: string; raw?: string };

/** Excel's error codes, by the failure they are. Codes not listed are 'excel-other'. */
const BY_EXCEL_CODE: Record<string, FailureCode> = {
  InvalidOperationInCellEditMode: 'cell-edit',
  InactiveWorkbook: 'inactive-workbook',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  RangeExceedsLimit: 'too-large',
  OperationCellsExceedLimit: 'too-large',
  ItemNotFound: 'not-found',
  InvalidReference: 'not-found',
  InvalidBinding: 'not-found',
  ItemAlreadyExists: 'already-exists',
  AccessDenied: 'access-denied',
  BadPassword: 'access-denied',
  Unauthenticated: 'access-denied',
  InvalidArgument: 'invalid-argument',
  InvalidRequest: 'invalid-argument',
  InvalidOperation: 'invalid-operation',
  InvalidSelection: 'invalid-operation',
  MergedRangeConflict: 'range-conflict',
  FilteredRangeConflict: 'range-conflict',
  PivotTableRangeConflict: 'range-conflict',
  InsertDeleteConflict: 'range-conflict',
  NonBlankCellOffSheet: 'range-conflict',
  NotImplemented: 'not-supported',
  ApiNotFound: 'not-supported',
  ApiNotAvailable: 'not-supported',
  UnsupportedOperation: 'not-supported',
  UnsupportedFeature: 'not-supported',
  UnsupportedSheet: 'not-supported',
  ActivityLimitReached: 'busy',
  MemoryLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  RequestAborted: 'busy',
  Conflict: 'busy',
  FormulaLengthExceedsLimit: 'formula-too-long',
  GeneralException: 'general',
};

/** The codes Excel answers a request or response over its size limit with (Excel on the web: GeneralException too). */
const SIZE_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit']);

/** Excel's error code of a failure, '' for anything else. */
export function excelCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Whether Excel refused a request for its size, so that smaller requests may pass: the documented
 * size codes, and GeneralException, which Excel on the web has answered for requests well under 5 MB.
 */
export function isSizeRefusal(error: unknown): boolean {
  const code = excelCode(error);
  return SIZE_CODES.has(code) || code === 'GeneralException';
}

/** Whether the failure says the workbook lost focus or Excel is busy: nothing is wrong with the request, and a retry later may pass. */
export function isFocusOrBusy(error: unknown): boolean {
  const code = excelCode(error);
  return code === 'InactiveWorkbook' || code === 'InvalidOperationInCellEditMode' || BY_EXCEL_CODE[code] === 'busy';
}

/** An error the add-in raises itself, carrying its failure as data. */
export class AddinFailure extends Error {
  constructor(readonly failure: Failure, message: string) {
    super(message);
    this.name = 'AddinFailure';
  }
}

function rawOf(error: unknown): string | undefined {
  if (!(error instanceof Error) && typeof error !== 'object') return error === undefined ? undefined : String(error);
  const message = (error as { message?: unknown } | null)?.message;
  const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  const text = typeof message === 'string' ? message : String(error);
  return typeof location === 'string' && location ? `${text} (${location})` : text;
}

/**
 * The failure an error is: the add-in's own (carried), Excel's (by its code), or another error
 * (its message, shown as it is).
 *
 * @example
 * failureOf(Object.assign(new Error('…'), { code: 'InactiveWorkbook' })).code === 'inactive-workbook'
 */
export function failureOf(error: unknown): Failure {
  const carried = (error as { failure?: Failure } | null)?.failure;
  if (carried && typeof carried.code === 'string') return carried;
  const code = excelCode(error);
  if (code && /^[A-Z][A-Za-z]+$/.test(code)) return { code: BY_EXCEL_CODE[code] ?? 'excel-other', excelCode: code, raw: rawOf(error) };
  return { code: 'other', raw: rawOf(error) };
}
