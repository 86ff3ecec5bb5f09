import type { Column, Meaning, Row, Table } from '../table/types';
import { isTotalsLabel } from '../text/vocabulary';
import type { Relation } from './types';

/** What a block of columns may count: the figures a whole adds up from its groups (a share does not add). */
const ADDS: readonly Meaning[] = ['units', 'baseline', 'added', 'cumulative', 'amount', 'total', 'number', 'previous', 'plan'];

type Block = { group: string; columns: Column[] };

/** A block that names a group of communes or a region ("Xã nhóm 2", "Nhóm III", "Khu vực miền núi", "Vùng đồng bằng"), not a year or a plan. */
const GROUP_BLOCK = /^(?:xa )?(?:nhom|khu vuc|vung|tieu vung|cum)\b|^(?:xa )?(?:mien nui|dong bang|trung du|ven bien|vung cao)\b/;

/**
 * A whole beside its groups, each a block of columns under a header of its own ("Toàn tỉnh | Xã nhóm 1 |
 * Xã nhóm 2 | Xã nhóm 3", each over "Số xã | Số xã đạt chuẩn | Tỷ lệ (%)", or the groups without their
 * "Số xã"): on every row, each count of the whole is the sum of the groups' same counts. The whole is the
 * block a totals word heads ("Toàn tỉnh", "Tổng số", "Chung"); every other block (two at least) names a
 * group of communes or a region, its columns meaning what the whole's mean — not years, plans or
 * results beside a total, nor blocks under "Trong đó" (a part, not a split).
 *
 * @example
 * deriveGroupWholes(table, rows, relations, keyOf) // D5 = G5 + J5 + M5, C5 = F5 + I5 + L5 …
 */
export function deriveGroupWholes(table: Table, rows: readonly Row[], relations: Relation[], keyOf: (row: Row) => string): void {
  if (table.orientation !== 'rows') return;
  const blocks: Block[] = [];
  for (const column of table.columns) {
    if (column.group === undefined) continue;
    const last = blocks[blocks.length - 1];
    if (last && last.group === column.group) last.columns.push(column);
    else blocks.push({ group: column.group, columns: [column] });
  }
  const whole = blocks.find((block) => isTotalsLabel(block.group) && block.columns.some((c) => ADDS.includes(c.meaning)));
  if (!whole) return;
  // The k-th column of a meaning in a block ("Số xã đạt chuẩn" of each group): what the whole's k-th adds up.
  const nth = (block: Block, column: Column) => {
    const same = whole.columns.filter((c) => c.meaning === column.meaning);
    return block.columns.filter((c) => c.meaning === column.meaning)[same.indexOf(column)];
  };
  const parts = blocks.filter((block) => block !== whole && GROUP_BLOCK.test(block.group) && block.columns.every((c) => whole.columns.some((w) => w.meaning === c.meaning)));
  if (parts.length < 2 || parts.length !== blocks.length - 1 || new Set(blocks.map((b) => b.group)).size !== blocks.length) return;
  for (const column of whole.columns) {
    if (!ADDS.includes(column.meaning)) continue;
    const terms = parts.map((part) => nth(part, column));
    if (terms.some((term) => term === undefined)) continue;
    for (const row of rows) {
      relations.push({ kind: 'sum', target: { row: row.row, col: column.col }, parts: terms.map((term) => ({ row: row.row, col: term!.col })), source: 'header', key: keyOf(row) });
    }
  }
}
