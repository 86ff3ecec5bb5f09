import type { Area } from '../../domain/sheet/snapshot';

/** Rows and columns of blank between two blocks of cells that still make them one table. */
const GAP_ROWS = 20;
const GAP_COLS = 5;

const cellsIn = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);
const union = (a: Area, b: Area): Area => ({ top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) });

/** A block of cells with content: its box, and how many cells with content it holds. */
export type Found = { box: Area; cells: number };

/**
 * The blocks of a sheet's cells with content (the areas Excel gives for its constants and formulas),
 * grouped into the tables they make: areas a few blank rows or columns apart are one table. Rows
 * first (bands of rows), then columns within each band.
 *
 * @example
 * tablesFound([{ top: 0, left: 0, bottom: 40, right: 20 }, { top: 9999, left: 0, bottom: 9999, right: 0 }]) // two tables
 */
export function tablesFound(areas: readonly Area[]): Found[] {
  const byTop = [...areas].sort((a, b) => a.top - b.top);
  const bands: Area[][] = [];
  let bottom = -Infinity;
  for (const area of byTop) {
    if (bands.length === 0 || area.top > bottom + GAP_ROWS) {
      bands.push([]);
      bottom = area.bottom;
    }
    bands[bands.length - 1].push(area);
    bottom = Math.max(bottom, area.bottom);
  }
  const found: Found[] = [];
  for (const band of bands) {
    const byLeft = [...band].sort((a, b) => a.left - b.left);
    let group: Found | undefined;
    for (const area of byLeft) {
      if (!group || area.left > group.box.right + GAP_COLS) {
        group = { box: { ...area }, cells: 0 };
        found.push(group);
      }
      group.box = union(group.box, area);
      group.cells += cellsIn(area);
    }
  }
  return found;
}

/**
 * What of a sheet to read under a limit of cells: the largest table, with every other table whose
 * addition keeps the box to read under the limit; the others are left unread ('far': data far from
 * the tables read). With the largest table itself over the limit, nothing is read.
 */
export function readableRegion(found: readonly Found[], limit: number): { region: Area | null; left: Found[] } {
  const bySize = [...found].sort((a, b) => b.cells - a.cells || cellsIn(a.box) - cellsIn(b.box));
  const [main, ...others] = bySize;
  if (!main || cellsIn(main.box) > limit) return { region: null, left: [] };
  let region = main.box;
  const left: Found[] = [];
  for (const other of others) {
    const wider = union(region, other.box);
    if (cellsIn(wider) <= limit) region = wider;
    else left.push(other);
  }
  return { region, left };
}
