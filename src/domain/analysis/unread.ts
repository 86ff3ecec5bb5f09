import type { Grid } from '../sheet/grid';
import type { Area } from '../sheet/snapshot';
import type { Table } from '../table/types';
import { parseVietnameseNumber } from '../text/numbers';
import type { Unread, View } from './types';

/** Fewer numbers than this in a region are a stated fact ("Tổng số xã | 96"), not a table. */
const MIN_NUMBERS = 3;

/**
 * The regions of a sheet holding numbers that no view reads: a table whose header no view understood,
 * and numbers under no header at all. Each is said with its range, never passed over as checked.
 *
 * @example
 * unreadOf(grid, tables, views, []) // [{ area: { top: 2, left: 0, bottom: 8, right: 4 }, numbers: 20, title: 'Phân nhóm', reason: 'no-header' }]
 */
export function unreadOf(grid: Grid, tables: readonly Table[], views: readonly View[], notRead: readonly Table[]): Unread[] {
  const unread: Unread[] = [];
  const read = views.map((view) => view.area);
  for (const table of notRead) {
    const area = { top: table.header.top, left: table.body.left, bottom: table.body.bottom, right: table.body.right };
    if (read.some((other) => covers(other, area))) continue;
    const numbers = countNumbers(grid, area, []);
    if (numbers >= MIN_NUMBERS) unread.push({ area, numbers, title: titleOf(grid, area), reason: 'header' });
  }
  const known: Area[] = [...read, ...unread.map((u) => u.area), ...tables.map((t) => ({ top: t.header.top, left: t.body.left, bottom: t.body.bottom, right: t.body.right }))];
  unread.push(...loose(grid, known));
  return unread.sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left);
}

function covers(outer: Area, inner: Area): boolean {
  return outer.top <= inner.top && outer.bottom >= inner.bottom && outer.left <= inner.left && outer.right >= inner.right;
}

function inside(areas: readonly Area[], row: number, col: number): boolean {
  for (const area of areas) if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right) return true;
  return false;
}

function isNumber(grid: Grid, row: number, col: number): boolean {
  const value = grid.value(row, col);
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string' || value.length > 24) return false;
  return parseVietnameseNumber(value) !== null;
}

function countNumbers(grid: Grid, area: Area, skip: readonly Area[]): number {
  let count = 0;
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) if (!inside(skip, row, col) && isNumber(grid, row, col)) count++;
  }
  return count;
}

/** Rows of numbers outside every table, grouped where they touch (a blank row ends a group). */
function loose(grid: Grid, known: readonly Area[]): Unread[] {
  const found: Unread[] = [];
  let current: (Area & { numbers: number; rows: number }) | null = null;
  const close = () => {
    if (current && current.numbers >= MIN_NUMBERS && current.rows >= 2) {
      const area = { top: current.top, left: current.left, bottom: current.bottom, right: current.right };
      found.push({ area, numbers: current.numbers, title: titleOf(grid, area), reason: 'no-header' });
    }
    current = null;
  };
  for (const row of grid.rows()) {
    let numbers = 0;
    let left = Infinity;
    let right = -Infinity;
    const values = grid.rowValues(row);
    if (values.length === 0) { close(); continue; }
    // Only the row's own cells outside the tables: a national sheet is mostly one table.
    let covering: Area[] | undefined;
    let whole = false;
    for (const area of known) {
      if (row < area.top || row > area.bottom) continue;
      if (area.left <= grid.left && area.right >= grid.right) { whole = true; break; }
      (covering ??= []).push(area);
    }
    if (whole) { close(); continue; }
    for (const col of grid.cols()) {
      if (grid.isBlank(row, col)) continue;
      if ((covering !== undefined && inside(covering, row, col)) || !isNumber(grid, row, col)) continue;
      numbers++;
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
    if (numbers === 0) {
      if (grid.cols().every((col) => grid.isBlank(row, col) || inside(known, row, col))) close();
      continue;
    }
    if (!current) current = { top: row, bottom: row, left, right, numbers: 0, rows: 0 };
    current.bottom = row;
    current.left = Math.min(current.left, left, labelLeft(grid, row, left));
    current.right = Math.max(current.right, right);
    current.numbers += numbers;
    current.rows++;
  }
  close();
  return found;
}

/** The first typed cell of a row left of its numbers (the row's label). */
function labelLeft(grid: Grid, row: number, left: number): number {
  for (const col of grid.cols()) {
    if (col >= left) break;
    if (!grid.isBlank(row, col)) return col;
  }
  return left;
}

/** The text at a region's top, or just above it: what it seems to be about. */
function titleOf(grid: Grid, area: Area): string {
  for (let row = area.top; row >= Math.max(grid.top, area.top - 3); row--) {
    for (let col = area.left; col <= area.right; col++) {
      const value = grid.value(row, col);
      if (typeof value === 'string' && value.trim() && !isNumber(grid, row, col)) return value.trim().slice(0, 80);
    }
  }
  return '';
}
