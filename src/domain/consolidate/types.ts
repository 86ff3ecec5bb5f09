import type { Catalog } from '../catalog/schema';
import type { Finding } from '../findings/codes';
import type { MarkStatus } from '../text/marks';
import type { CellValue } from '../sheet/snapshot';

/** One commune's row as a commune workbook states it, whatever its layout. */
export type CommuneRecord = {
  name: string;
  file: string;
  sheet: string;
  /** The cell of the commune's name (its row, or its column in a table turned sideways). */
  cell: string;
  /** 1-based row of that cell. */
  row: number;
  /** What each criterion's mark says and the mark as typed, by criterion number. */
  marks: ReadonlyMap<number, { status: MarkStatus; value: CellValue; cell: string }>;
  /** Villages: total, met, planned, model (null where not stated). */
  villages: readonly (number | null)[];
  goal: CellValue;
  group: CellValue;
  /** The former district, where the file states one. */
  district: CellValue;
  /** The communes this one was formed from in the 2025 mergers, where the file states them. */
  former: string[];
  /** Nothing typed for it but its name (a template row another commune left blank). */
  blank: boolean;
};

/** A commune workbook as read: what it plans for and its communes, or why it could not be read. */
export type SourceWorkbook =
  | { file: string; catalog: Catalog; planYear?: number; records: CommuneRecord[]; issues: Finding[]; consolidated?: boolean; /** A commune's own sheets that name no commune (its range): listed, not gathered. */ unnamed?: { sheet: string; range: string }[] }
  | { file: string; error: string };

/** Why a file's rows are kept out of the totals. */
export type ExclusionReason =
  | { kind: 'set'; catalog: string; criteria: number; expected: string; expectedCriteria: number }
  | { kind: 'year'; year: number; expected: number }
  | { kind: 'no-communes' }
  /** A province's consolidated workbook (an earlier output), not a commune's. */
  | { kind: 'consolidated' }
  /** Every commune row of the file is blank: nothing was filled in. */
  | { kind: 'blank'; rows: number }
  /** A commune's own sheet that names no commune (title, column header, sheet and file name): which row would it be? */
  | { kind: 'unnamed'; sheet: string; range: string };

export type Gathered = { name: string; file: string; sheet: string; row: number; cell: string; record: CommuneRecord };

/** The consolidation: the communes gathered, and everything a province office must act on. */
export type Consolidation = {
  catalog: Catalog;
  planYear: number;
  communes: Gathered[];
  expected: string[];
  missing: string[];
  /** Communes received that the expected list does not name (a misspelling, or a commune of another province). */
  unexpected: string[];
  /** Communes met twice: the first source is the one in the table. */
  duplicates: { name: string; sources: { file: string; sheet: string; cell: string }[] }[];
  /** Files kept out of the totals, with why and the communes they hold. */
  excluded: { file: string; reason: ExclusionReason; communes?: string[] }[];
  unreadable: { file: string; reason: string }[];
  /** Rows left blank in files that filled other rows: not gathered. */
  blankRows: { file: string; sheet: string; cell: string; name: string }[];
  /** Files gathered, with their number of communes. */
  files: { file: string; communes: number; catalog: string; planYear?: number; kept?: true }[];
  issues: (Finding & { file: string })[];
};
