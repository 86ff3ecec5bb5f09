import type { Grid } from '../sheet/grid';
import { readTables } from './read';
import type { Meaning, Table } from './types';

/** A header block as a kind reader sees it: rows `top..bottom` (absolute), with each column's folded label parts. */
export type Header = {
  top: number;
  bottom: number;
  /** Folded texts of the header rows, top to bottom, per absolute column (merge-aware). */
  parts: Map<number, string[]>;
  /** The table the header heads, with the meaning the table model gave each column. */
  table: Table;
};

/** The whole label of a header column: its parts joined, repeats removed. */
export function headerLabel(header: Header, col: number): string {
  return headerLabels(header).get(col) ?? '';
}

/** Every column's whole label, by absolute column (made once per header: five recognisers ask). */
export function headerLabels(header: Header): ReadonlyMap<number, string> {
  let labels = LABELS.get(header);
  if (!labels) {
    labels = new Map();
    for (const [col, parts] of header.parts) labels.set(col, parts.filter((part, i) => part && parts.indexOf(part) === i).join(' '));
    LABELS.set(header, labels);
  }
  return labels;
}

const LABELS = new WeakMap<Header, Map<number, string>>();

/** The lowest non-empty part of a header column (the "1".."19" under "Các tiêu chí"). */
export function headerLeaf(header: Header, col: number): string {
  const parts = header.parts.get(col) ?? [];
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i]) return parts[i];
  return '';
}

/**
 * The header blocks the kind readers interpret: each table's header as the table model read it, and
 * its lower rows alone (a reader may do without a group row). Made once per sheet.
 *
 * @example
 * headerCandidates(grid, 2027)[0] // { top: 2, bottom: 3, parts: Map { 0 => ['tt', 'tt'], … } }
 */
export function headerCandidates(grid: Grid, planYear?: number, table?: Table): readonly Header[] {
  let byYear = CANDIDATES.get(grid);
  if (!byYear) CANDIDATES.set(grid, (byYear = new Map()));
  let candidates = byYear.get(planYear);
  if (!candidates) byYear.set(planYear, (candidates = candidatesOf(grid, readTables(grid, { planYear }).tables)));
  return table ? candidates.filter((candidate) => candidate.table === table) : candidates;
}

// Every kind reader looks at the same candidates of a sheet.
const CANDIDATES = new WeakMap<Grid, Map<number | undefined, Header[]>>();

function candidatesOf(grid: Grid, tables: readonly Table[]): Header[] {
  const candidates: Header[] = [];
  for (const table of tables) {
    const { header } = table;
    for (let top = header.top; top <= header.bottom; top++) {
      const parts = new Map<number, string[]>();
      for (let col = table.body.left; col <= table.body.right; col++) {
        const column: string[] = [];
        for (let row = top; row <= header.bottom; row++) column.push(grid.text(row, col));
        parts.set(col, column);
      }
      candidates.push({ top, bottom: header.bottom, parts, table });
    }
  }
  return candidates;
}

/**
 * The rows a kind reader reads under a header: down to the end of the table's region (the lines under
 * its body — a distribution, an average — are its own), never a header block typed again.
 *
 * @example
 * [...rowsUnder(header)] // [4, 5, 6, 9, 10]
 */
export function rowsUnder(header: Header, from = header.bottom + 1): number[] {
  const { region, repeats, numbersRow } = header.table;
  const rows: number[] = [];
  for (let row = from; row <= region.bottom; row++) {
    if (row === numbersRow) continue;
    const repeat = repeats.length > 0 ? repeats.find((r) => r.top === row) : undefined;
    if (repeat) { row = repeat.bottom; continue; }
    rows.push(row);
  }
  return rows;
}

/**
 * The rows of a table's body, never a header block typed again inside it.
 *
 * @example
 * [...bodyRows(table)] // [4, 5, 6, 9, 10]
 */
export function bodyRows(table: Table): number[] {
  const rows: number[] = [];
  for (let row = table.body.top; row <= table.body.bottom; row++) {
    const repeat = table.repeats.length > 0 ? table.repeats.find((r) => r.top === row) : undefined;
    if (repeat) { row = repeat.bottom; continue; }
    rows.push(row);
  }
  return rows;
}

/**
 * The columns of a header's table whose meaning is one of `meanings`, left to right: the kind
 * readers take their columns from the table model's meanings, never from words of their own.
 *
 * @example
 * columnsMeaning(header, ['added']) // [4]
 */
export function columnsMeaning(header: Header, meanings: readonly Meaning[]): number[] {
  return header.table.columns.filter((column) => meanings.includes(column.meaning)).map((column) => column.col);
}
