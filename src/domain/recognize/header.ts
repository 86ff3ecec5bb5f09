import type { Grid } from '../sheet/grid';

/** A candidate header: rows `top..bottom` (absolute), with each column's folded label parts. */
export type Header = {
  top: number;
  bottom: number;
  /** Folded texts of the header rows, top to bottom, per absolute column (merge-aware). */
  parts: Map<number, string[]>;
};

/** How far below the top of the used range a header may start. */
export const HEADER_SEARCH_ROWS = 15;
const MAX_DEPTH = 3;

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

/** True when the row holds at least two words (headers are words, not data). */
function isTextRow(grid: Grid, row: number): boolean {
  let texts = 0;
  for (const col of grid.cols()) if (typeof grid.shown(row, col) === 'string' && grid.text(row, col)) texts++;
  return texts >= 2;
}

/**
 * Every plausible header: one to three rows deep, starting in the first rows of the used
 * range. Callers score them; the best wins.
 */
export function headerCandidates(grid: Grid): readonly Header[] {
  let candidates = CANDIDATES.get(grid);
  if (!candidates) CANDIDATES.set(grid, (candidates = findCandidates(grid)));
  return candidates;
}

// Every recogniser looks at the same candidates of a sheet.
const CANDIDATES = new WeakMap<Grid, Header[]>();

function findCandidates(grid: Grid): Header[] {
  const candidates: Header[] = [];
  const lastStart = Math.min(grid.bottom, grid.top + HEADER_SEARCH_ROWS - 1);
  for (let top = grid.top; top <= lastStart; top++) {
    if (!isTextRow(grid, top)) continue;
    for (let depth = 1; depth <= MAX_DEPTH && top + depth - 1 <= grid.bottom; depth++) {
      const bottom = top + depth - 1;
      const parts = new Map<number, string[]>();
      for (const col of grid.cols()) {
        const column: string[] = [];
        for (let row = top; row <= bottom; row++) column.push(grid.text(row, col));
        parts.set(col, column);
      }
      candidates.push({ top, bottom, parts });
    }
  }
  return candidates;
}
