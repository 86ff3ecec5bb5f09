import type { RoleLegend } from '../text/roleMarks';
import type { Legend } from '../text/legend';

/**
 * The table model: what a planning table is, read from its cells and independent of its layout —
 * the header block, the column-number row, the unit line, what the rows (or columns) stand for,
 * totals and hierarchy, and the meaning of every column. Relations are derived from it.
 */

/** What a column (or, in a table turned sideways, a row) holds, from its header words. */
export type Meaning =
  | 'tt' | 'label' | 'unit' | 'group' | 'former'
  | 'units' | 'baseline' | 'added' | 'cumulative' | 'share' | 'comparison' | 'change' | 'average'
  | 'previous' | 'plan'
  | 'amount' | 'total'
  | 'member' | 'met-count' | 'planned-count' | 'not-met-count'
  | 'list' | 'set' | 'lead' | 'coordinating' | 'directing' | 'timeline' | 'note' | 'number' | 'text';

/** What the units of the table are (the rows, or the columns of a sideways table). */
export type Axis = 'commune' | 'district' | 'group' | 'criterion' | 'target' | 'source' | 'project' | 'year' | 'agency' | 'unknown';

export type Column = {
  col: number;
  /** Folded header texts, top to bottom (merged group headers repeat across their columns). */
  parts: string[];
  /** Whole folded label, repeats removed. */
  label: string;
  /** The header as typed (the lowest non-empty part), for messages. */
  title: string;
  meaning: Meaning;
  /** The label in the column-number row ("5", "C"), when there is one. */
  number?: string;
  /** A year the header names ("Kế hoạch năm 2027"), if any. */
  year?: number;
  /** The folded group header above this column, when the header is more than one row deep. */
  group?: string;
  /** A count totalling the other columns of its group ("Số xã đạt: Tổng | Nhóm 1 | Nhóm 2 | Nhóm 3"). */
  sumOf?: number[];
  /** Share or comparison columns: values in percent units (41,4) rather than fractions (0,414). */
  percentUnits?: boolean;
  /**
   * A count under "Trong đó" (a group header over it, or its own "Trong đó: xã đạt NTM hiện đại"): a part of
   * the column just before its block, never more than it. Parts need not add up to it (three commune groups
   * do: that whole's `sumOf`).
   */
  partOf?: number;
};

/** A term of a column-number formula: a column, or a constant (×100). */
export type Term = { sign: 1 | -1; col?: number; constant?: number };

/** "(5)=(3)+(4)", "6=5/4*100": the arithmetic the table declares between its columns. */
export type ColumnFormula =
  | { kind: 'linear'; target: number; terms: Term[]; text: string }
  /** The denominator: a column, or a number the formula states ("(10)=(9)/4*100": four communes). */
  | { kind: 'ratio'; target: number; numerator: number; denominator: number | { value: number }; scale: number; text: string };

/**
 * unit: an item of the axis; subtotal: an item with items under it; total: a totals row; average /
 * share: a "Bình quân" / "Tỷ lệ" row; among: a "Trong đó" row and the items it lists — a part of the
 * row above that need not be all of it, so never added into a total; count: a row counting something of
 * the items above it ("Số tiêu chí đã đạt" under a sideways assignment, "Số xã đạt 10/10 tiêu chí" under
 * communes), never an item.
 */
export type RowRole = 'unit' | 'total' | 'subtotal' | 'average' | 'share' | 'among' | 'note' | 'section' | 'count';

export type Row = {
  row: number;
  role: RowRole;
  /** The label as typed. */
  label: string;
  /** TT as typed ("1", "I", "a)", "-", "1.1"). */
  tt: string;
  /** Depth in the hierarchy: 0 for top-level items; children one deeper. */
  level: number;
  /** The row of the parent item, for rows of a hierarchy. */
  parent?: number;
  /**
   * Rows of a "Trong đó" (role among): the row they are a part of — the item, total or part the
   * "Trong đó" line sits under, or the enclosing part for a part of a part. A part never exceeds it,
   * and need not be all of it.
   */
  partOf?: number;
  /** A totals row whose label names the kind of every item ("Tổng số sản phẩm OCOP" over "Sản phẩm 3 sao …"): their sum by its words. */
  namesItems?: boolean;
  /**
   * A top-level section listing the whole again, split one way ("I. Theo giai đoạn", "II. Phân theo nguồn
   * vốn"), beside other such sections: its items add up to the total on their own, never with another's.
   */
  breakdown?: boolean;
};

export type Table = {
  sheet: string;
  header: { top: number; bottom: number };
  /** The column-number row, when the table has one. */
  numbersRow?: number;
  /** "ĐVT: triệu đồng" above the table. */
  unitLine?: { row: number; col: number; unit: string };
  /** A legend of marks stated near the table ("Ký hiệu: Đ - đã đạt; KH - …"). */
  legend?: { row: number; col: number; text: string };
  /** The marks that legend defines. */
  legendMarks?: Legend;
  /** Where the units are: one per row (rows), or one per column (cols: a table turned sideways). */
  orientation: 'rows' | 'cols';
  axis: Axis;
  labelCol: number;
  ttCol?: number;
  columns: Column[];
  formulas: ColumnFormula[];
  rows: Row[];
  /** Totals columns ("Tổng cộng" left or right of the sources). */
  totalCols: number[];
  body: { top: number; bottom: number; left: number; right: number };
  /**
   * What the table owns of its sheet: its title rows above, the lines under its body (a distribution,
   * an average, notes) down to the next table, in its own columns when side by side.
   */
  region: { top: number; bottom: number; left: number; right: number };
  /** Header blocks typed again inside the body (for the second printed page): never data. */
  repeats: { top: number; bottom: number }[];
  /** The year the table plans for (the workbook's, or the latest its header names). */
  planYear?: number;
  /** Criteria numbered across the columns (1 | 2 | … | 19): the assignment reader's layout, whose rows are left unread here. */
  across?: 'criteria';
  /** Role marks defined around the table ("C: Chủ trì; P: Phối hợp"): what a responsibility matrix's marks say. */
  roleLegend?: RoleLegend;
};
