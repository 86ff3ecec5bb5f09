import { readStated } from '../sheet/stated';
import type { FundingModel } from '../recognize/models';
import { inPercentUnits } from '../sheet/shareUnits';
import { noRoom, type FillContext } from './context';
import { shareOf, sumOf } from './formulas';
import { FILL_LABELS } from './labels';
import { FORMAT, isTextNumber } from './place';
import { ref } from '../sheet/refs';

/** References to cells, as one range where they are consecutive rows of one column. */
function refsOf(rows: readonly number[], col: number): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const consecutive = sorted.every((row, i) => i === 0 || row === sorted[i - 1] + 1);
  if (consecutive && sorted.length > 1) return [`${ref(sorted[0], col)}:${ref(sorted[sorted.length - 1], col)}`];
  return sorted.map((row) => ref(row, col));
}

/**
 * Funding: each parent the sum of its children (`funding.subtotal`), the total the sum of the
 * top-level items (`funding.total`), each share = amount ÷ total (`funding.share`).
 */
export function fillFunding(context: FillContext, model: FundingModel): void {
  const { grid, out } = context;
  const { amount, label } = model.cols;
  const amountOf = (row: number): number => readStated(grid, row, amount)?.value ?? 0;
  const computed = new Map<number, number>();
  const valueOf = (row: number): number => computed.get(row) ?? amountOf(row);
  const textRows = (rows: number[]) => rows.some((row) => isTextNumber(grid, row, amount));

  const parents = model.items.filter((item) => model.items.some((child) => child.parentRow === item.row)).sort((a, b) => b.level - a.level);
  for (const parent of parents) {
    const children = model.items.filter((child) => child.parentRow === parent.row).map((child) => child.row);
    const target = { row: parent.row, col: amount, role: 'funding.subtotal' as const, key: parent.label };
    if (textRows(children)) { out.skip(target, 'text-number'); continue; }
    const value = children.reduce((t, row) => t + valueOf(row), 0);
    out.put({ ...target, formula: sumOf(refsOf(children, amount)), value, numberFormat: FORMAT.amount });
    if (out.willWrite(parent.row, amount)) computed.set(parent.row, value);
  }

  const top = model.items.filter((item) => item.level === 0).map((item) => item.row);
  let totalRow = model.totalRow;
  if (totalRow === undefined) {
    // A new total row goes directly under the list, never over or under what is typed below it (nor its shares then).
    const room = context.newRows(1, Math.max(...model.items.map((item) => item.row)));
    if (!room.rows) return noRoom(context, room, [FILL_LABELS.total]);
    totalRow = room.rows[0];
    out.put({ row: totalRow, col: label, role: 'label', text: FILL_LABELS.total });
  }
  const totalTarget = { row: totalRow, col: amount, role: 'funding.total' as const, key: 'tong' };
  const total = top.reduce((t, row) => t + valueOf(row), 0);
  const totalRef = ref(totalRow, amount, true);
  if (textRows(top)) out.skip(totalTarget, 'text-number');
  else out.put({ ...totalTarget, formula: sumOf(refsOf(top, amount)), value: total, numberFormat: FORMAT.amount });

  const share = model.cols.share;
  if (share === undefined) return;
  // The total the shares divide by is what the total cell will hold: ours, or the figure a person typed there.
  const totalHeld = out.willWrite(totalRow, amount) ? total : readStated(grid, totalRow, amount)?.value ?? total;
  const rows = [...model.items.map((item) => item.row), totalRow];
  const inPercent = inPercentUnits(grid, share, rows, model.header);
  for (const row of rows) {
    const target = { row, col: share, role: 'funding.share' as const, key: grid.raw(row, label).trim() || undefined };
    if (row !== totalRow && readStated(grid, row, amount) === null && !computed.has(row) && context.blankInputs === 'skip') continue;
    if (isTextNumber(grid, row, amount) || isTextNumber(grid, totalRow, amount)) { out.skip(target, 'text-number'); continue; }
    const part = row === totalRow ? totalHeld : valueOf(row);
    const fraction = totalHeld ? part / totalHeld : 0;
    out.put({ ...target, formula: shareOf(ref(row, amount), totalRef, inPercent ? 'percent-units' : 'fraction'), value: inPercent ? fraction * 100 : fraction, numberFormat: inPercent ? FORMAT.shareUnits : FORMAT.share });
  }
}
