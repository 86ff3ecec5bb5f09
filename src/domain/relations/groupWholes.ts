import type { Column, Meaning, Row, Table } from '../table/types';
import { isTotalsLabel } from '../text/vocabulary';
import type { Relation } from './types';

/** What a block of columns may count: the figures a whole adds up from its groups (a share does not add). */
const ADDS: readonly Meaning[] = ['units', 'baseline', 'added', 'cumulative', 'amount', 'total', 'number', 'previous', 'plan'];

type Block = { group: string; columns: Column[] };

/**
 * A whole beside its groups, each a block of the same columns under a header of its own ("Toàn tỉnh |
 * Xã nhóm 1 | Xã nhóm 2 | Xã nhóm 3", each over "Số xã | Số xã đạt chuẩn | Tỷ lệ (%)"): on every row, each
 * count of the whole is the sum of the groups' same counts. The whole is the block a totals word heads
 * ("Toàn tỉnh", "Tổng số", "Chung"); at least two others with the same columns are its groups, never
 * blocks under "Trong đó" (a part, not a split).
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
  const signature = (block: Block) => block.columns.map((c) => c.meaning).join(' ');
  const whole = blocks.find((block) => isTotalsLabel(block.group) && block.columns.some((c) => ADDS.includes(c.meaning)));
  if (!whole) return;
  const parts = blocks.filter((block) => block !== whole && signature(block) === signature(whole));
  if (parts.length < 2 || parts.some((block) => /^trong do\b/.test(block.group)) || new Set(blocks.map((b) => b.group)).size !== blocks.length) return;
  whole.columns.forEach((column, k) => {
    if (!ADDS.includes(column.meaning)) return;
    for (const row of rows) {
      relations.push({ kind: 'sum', target: { row: row.row, col: column.col }, parts: parts.map((p) => ({ row: row.row, col: p.columns[k].col })), source: 'header', key: keyOf(row) });
    }
  });
}
