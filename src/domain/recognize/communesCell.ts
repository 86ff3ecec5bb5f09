import type { Grid } from '../sheet/grid';
import { firstNumberRight, isCommunesLabel, longTexts } from './labels';

/** Where a sheet states its number of communes: the value's cell, or the label itself ("Tổng số xã: 207"). */
export type CommunesCell = { row: number; col: number; value: number; inLabel?: boolean; inTitle?: boolean };

const LABELS = new WeakMap<Grid, { row: number; col: number }[]>();

/** Cells labelled "Tổng số xã", found once per grid. */
function communesLabels(grid: Grid): { row: number; col: number }[] {
  let found = LABELS.get(grid);
  if (!found) {
    found = [];
    for (const { row, col } of longTexts(grid)) if (isCommunesLabel(grid.text(row, col))) found.push({ row, col });
    LABELS.set(grid, found);
  }
  return found;
}

/**
 * The number of communes a sheet states outside a table's header: "Tổng số xã: 207" in one cell,
 * or "Tổng số xã" with the number to its right (or a blank cell after "Tổng số xã:" to fill), or
 * in brackets in a title above the table ("… NĂM 2027 (Tổng số xã toàn tỉnh: 95 xã)").
 * The one reading of it, for the targets reader and for tables read by their relations.
 *
 * @example
 * findCommunesCell(grid, { top: 3, bottom: 4 }) // { row: 1, col: 0, value: 207, inLabel: true }
 */
export function findCommunesCell(grid: Grid, header?: { top: number; bottom: number }): CommunesCell | undefined {
  for (const { row, col } of communesLabels(grid)) {
    if (header && row >= header.top && row <= header.bottom) continue;
    const after = /:\s*([\d.,]+)\s*$/.exec(grid.raw(row, col));
    if (after) return { row, col, value: Number(after[1].replace(/\./g, '').replace(',', '.')), inLabel: true };
    const valueCol = firstNumberRight(grid, row, col) ?? (grid.raw(row, col).trim().endsWith(':') && grid.isBlank(row, col + 1) ? col + 1 : null);
    if (valueCol !== null) return { row, col: valueCol, value: grid.number(row, valueCol) ?? 0 };
  }
  return inTitle(grid, header);
}

// "MỤC TIÊU … NĂM 2027 (Tổng số xã toàn tỉnh: 95 xã)".
// Folded, without its punctuation: "… nam 2027 tong so xa toan tinh 95 xa".
const IN_TITLE = /\btong so xa(?: (?:toan|cua|tren|trong) [a-z]+(?: [a-z]+)?)? (\d+) xa\b/;

/** The number of communes a title states in brackets, above the table. */
function inTitle(grid: Grid, header?: { top: number; bottom: number }): CommunesCell | undefined {
  for (const { row, col } of longTexts(grid)) {
    if (header && row >= header.top) continue;
    const match = IN_TITLE.exec(grid.text(row, col));
    if (match) return { row, col, value: Number(match[1]), inLabel: true, inTitle: true };
  }
  return undefined;
}
