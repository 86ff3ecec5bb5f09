import type { Table } from '../table/types';
import type { GroupBounds } from '../text/groupLabel';
import type { CriterionRef } from '../text/codes';

/** What a sheet holds, read from its content. */
export type SheetKind = 'targets' | 'assignment' | 'funding' | 'tasks' | 'responsibility' | 'table' | 'unknown' | 'catalog';

export type HeaderSpan = { top: number; bottom: number };

/** A labelled cell stating an average number of criteria per commune ("Bình quân … tiêu chí/xã"). */
export type AverageCell = {
  row: number; labelCol: number; valueCol: number; basis: 'baseline' | 'end';
  /** The average stated inside the label's own text ("Bình quân toàn tỉnh đạt 16,7 tiêu chí/xã"): checked, never written. */
  inText?: { value: number; decimals: number };
};

/** A row of the distribution of communes by number of criteria met. */
export type GroupRow = { row: number; bounds: GroupBounds; label: string; countCol: number; shareCol?: number };

export type TargetRow = {
  row: number;
  /** Criterion number, indicator code, or the row's label for unnumbered indicator rows. */
  key: string;
  ref?: CriterionRef;
  label: string;
  /** The row counts communes (bounded by, and a share of, the number of communes): not an average, not villages, not a unit other than "xã". */
  communes: boolean;
};

export type TargetsModel = {
  kind: 'targets';
  header: HeaderSpan;
  /** `units`: a "Tổng số xã" column, each row's own number of communes (the whole its shares divide by). */
  cols: { criterion: number; tt?: number; baseline?: number; added?: number; cumulative?: number; lead?: number; unit?: number; units?: number };
  /**
   * Share columns, each with the count column it is a share of; `whole`: the number of communes stated
   * in the header over both ("Xã nhóm 2 (40 xã)" over "Số xã đạt | Tỷ lệ"), what that share divides by.
   */
  shares: { col: number; of: number; whole?: number }[];
  /**
   * Counts under a whole and its groups, each header stating its communes ("Toàn tỉnh (74 xã)" over
   * "Xã nhóm 1 (12 xã)", "Xã nhóm 2 (40 xã)", "Xã nhóm 3 (22 xã)", the groups adding up to the whole):
   * on each row the whole's count (`total`) is the sum of the groups' (`parts`).
   */
  split?: { total: number; parts: number[] };
  rows: TargetRow[];
  groups: GroupRow[];
  averages: AverageCell[];
  /** The totals row under the distribution's groups ("Tổng cộng | 104"). */
  groupsTotalRow?: number;
};

export type CommuneRow = { row: number; name: string };
/**
 * A totals row; `of`: a group's own subtotal ("I | Xã nhóm 1 | 3 | 2 …" over its communes, or "Cộng nhóm 1"
 * under them), the rows of the communes it counts — the table's totals rows count every commune.
 */
export type TotalsRow = { row: number; label: string; basis: 'baseline' | 'planned' | 'end'; of?: number[] };
export type VillageRole = 'total' | 'met' | 'planned' | 'model';
/** Per-commune counts of criteria: met, planned, at year end, basically met, not met. */
export type SummaryRole = 'baseline' | 'planned' | 'end' | 'basic' | 'notMet';

export type AssignmentModel = {
  kind: 'assignment';
  header: HeaderSpan;
  communeCol: number;
  ttCol?: number;
  goalCol?: number;
  /** Criterion columns of the catalog, in sheet order. */
  criteria: { col: number; number: number }[];
  /** Columns headed by a criterion number the catalog does not have. */
  unknownCriteria: { col: number; label: string }[];
  /** Columns of per-commune indicator values ("6.1", "Tỷ lệ hộ nghèo đa chiều (%)"), by indicator code. */
  indicators: { col: number; code: string }[];
  villages: Partial<Record<VillageRole, number>>;
  /** Per-commune count columns already in the sheet (criteria met, planned, at year end). */
  summaries: Partial<Record<SummaryRole, number>>;
  /** The first "Nhóm …" column: the commune's group (1–3) under the 2026–2030 criteria, else the band of criteria met. */
  groupCol?: number;
  /** A second "Nhóm …" column beside a commune group ("Nhóm TC"): the band of criteria met. */
  bandCol?: number;
  /** The district a commune belonged to before 7/2025 ("Huyện (cũ)", "Thuộc huyện"). */
  districtCol?: number;
  /** The communes a merged commune was formed from ("Hình thành từ", "Sáp nhập từ", "Xã cũ"). */
  formerCol?: number;
  communes: CommuneRow[];
  totals: TotalsRow[];
  averages: AverageCell[];
  /** Rows of shares under the communes ("Tỷ lệ xã đạt cuối năm (%)"). */
  shareRows: { row: number; basis: TotalsRow['basis'] }[];
  /** Rows of the distribution of communes by criteria met under the communes. */
  groupRows: { row: number; bounds: GroupBounds; countCol?: number; shareCol?: number }[];
  /** The totals row under those groups ("Cộng | 15"): the communes they add up to. */
  groupsTotalRow?: number;
  /** A labelled cell stating the number of communes ("Tổng số xã"). */
  communesCell?: { row: number; col: number };
  planYear?: number;
};

/** A funding line; `among` marks a "Trong đó" line and its dashed items: a part of the line above, never added up (level -1). */
/** `breakdown`: a section listing the whole again ("Theo nguồn vốn"), see `Row.breakdown`. */
export type FundingItem = { row: number; level: number; parentRow?: number; label: string; role?: 'among'; breakdown?: boolean };

export type FundingModel = {
  kind: 'funding';
  header: HeaderSpan;
  cols: { label: number; tt?: number; amount: number; share?: number };
  items: FundingItem[];
  totalRow?: number;
};

export type TaskRow = { row: number; section?: string; kind: 'section' | 'task' };

export type TasksModel = {
  kind: 'tasks';
  header: HeaderSpan;
  cols: { content: number; tt?: number; group?: number; directing?: number; implementing?: number; coordinating?: number; timeline?: number };
  rows: TaskRow[];
};

export type ResponsibilityRow = { row: number; agency: string; codes: CriterionRef[]; set: string };

export type ResponsibilityModel = {
  kind: 'responsibility';
  header: HeaderSpan;
  cols: { agency: number; codes: number; set?: number };
  rows: ResponsibilityRow[];
  /** Rows naming criteria whose lead cell is blank. */
  unled: Omit<ResponsibilityRow, 'agency'>[];
};

/** The families of tables read through the table model and its relations alone. */
export type TableFamily = 'assignment-sideways' | 'rollup' | 'counts' | 'main-targets' | 'funding-grid' | 'responsibility-criteria' | 'responsibility-matrix' | 'self-assessment' | 'criteria-across' | 'commune-criteria' | 'generic' | 'criterion-counts';

export type TableSheetModel = { kind: 'table'; tables: { table: Table; family: TableFamily; commune?: CommuneIdentity }[] };

export type SheetModel = TargetsModel | AssignmentModel | FundingModel | TasksModel | ResponsibilityModel | TableSheetModel;

/**
 * Which commune a commune's own sheet is for, and where that was read: a title line ("UBND XÃ TÂN
 * LẬP"), the header of its column of marks ("Xã Tân Hòa"), the sheet's name, or the file's.
 */
export type CommuneIdentity = { name: string; from: 'title' | 'header' | 'sheet' | 'file'; text: string; cell?: string };
