import type { CellValue } from '../sheet/snapshot';
import type { FindingDraft } from '../findings/codes';

/** What a written cell computes. */
export type FillRole =
  | 'commune.baseline' | 'commune.planned' | 'commune.end' | 'commune.basic' | 'commune.notMet' | 'commune.group'
  | 'criterion.baseline' | 'criterion.planned' | 'criterion.end' | 'criterion.percent'
  | 'summary.average' | 'summary.communes' | 'summary.total'
  | 'group.count' | 'group.percent'
  | 'village.total' | 'village.met' | 'village.planned' | 'village.model'
  | 'funding.subtotal' | 'funding.total' | 'funding.share'
  | 'table.sum' | 'table.linear' | 'table.ratio' | 'table.average' | 'table.count' | 'table.bound'
  | 'label';

/**
 * How a written cell looks: a computed number, or a label of a block the fill adds; 'typed' leaves
 * the cell's look as it is (a finding's fix writing the number a person should have typed).
 */
export type CellStyle = 'computed' | 'label' | 'header' | 'typed';

/** One cell the fill writes. */
export type CellWrite = {
  sheet: string;
  /** 0-based absolute coordinates and their A1 address. */
  row: number;
  col: number;
  cell: string;
  role: FillRole;
  key?: string;
  /**
   * A formula in invariant (en-US) syntax, starting with "=", or a label's text. Without "=", a number
   * constant in en-US syntax ("99.4"), written as the number (a finding's fix).
   */
  formula?: string;
  text?: string;
  numberFormat?: string;
  style: CellStyle;
  /** What the engine computes the formula gives (stored as the cached result in files). */
  value?: number | string;
  /** The typed value or formula this write replaces (kept in the cell's note). */
  replaces?: CellValue;
};

/**
 * A column of cells the fill writes alike, one per row listed: the per-commune counts. Its formula is
 * stated once, as the texts around the row number (`rowFormula`); each row has its own key and value.
 * A national sheet's four commune columns are four of these rather than 32,000 cell writes.
 */
export type ColumnWrite = {
  sheet: string;
  col: number;
  /** 0-based absolute rows, top to bottom (not always consecutive: other rows are left alone). */
  rows: number[];
  role: FillRole;
  /** What each row's cell stands for (the commune's name), by position in `rows`. */
  keys: string[];
  /** The formula of a row is these parts joined by its 1-based row number (see `formulaAtRow`). */
  rowFormula: string[];
  /** What the engine computes each row's formula gives, by position in `rows`. */
  values: (number | string | undefined)[];
  numberFormat?: string;
  style: CellStyle;
};

export type SkipReason = 'typed-value' | 'user-formula' | 'text-number' | 'no-denominator' | 'merged' | 'guessed' | 'no-room';

export type SkippedCell = { sheet: string; cell: string; role: FillRole; key?: string; reason: SkipReason; current?: CellValue };

/** A merged area the fill adds (a label spanning a block's header rows). */
export type MergeWrite = { sheet: string; range: string };

/** What a fill would do, as data: hosts apply it, the pane previews it (`cellWrites` lists every cell). */
export type WritePlan = {
  writes: CellWrite[];
  /** Columns written alike (see ColumnWrite); absent in plans made before they existed. */
  columns?: ColumnWrite[];
  merges: MergeWrite[];
  skipped: SkippedCell[];
  /** Sheets not filled, with the findings that make a fill wrong (unknown marks …). */
  refused: { sheet: string; reasons: FindingDraft[] }[];
  /** Sheets not recognised as a table the fill knows: left untouched. */
  ignored: string[];
  /** Fingerprint of each sheet the plan writes to, as it was when planned (see sheet/fingerprint). */
  basis?: Record<string, string>;
};
