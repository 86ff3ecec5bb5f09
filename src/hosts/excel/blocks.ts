/** Reads are split so that no request exceeds Excel on the web's 5 MB payload limit. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** The cell properties the host reads. */
export type CellProperty = 'values' | 'formulas' | 'numberFormat';

/**
 * Bytes a cell may cost in a response, as JSON, by property: planning sheets hold marks, short
 * numbers and a few long texts; formulas are read only where they are; number formats only in
 * columns that hold numbers ("General", "0.0%").
 */
export const CELL_BYTES: Record<CellProperty, number> = { values: 24, formulas: 96, numberFormat: 16 };

/** A rectangle of one sheet to load one property of; coordinates relative to the sheet (0-based, absolute). */
export type Load = { sheet: number; top: number; left: number; rowCount: number; columnCount: number; property: CellProperty };

function bytesOf(load: Load): number {
  return load.rowCount * load.columnCount * CELL_BYTES[load.property];
}

/**
 * Groups loads into requests of at most `budget` estimated bytes each, splitting a load too big
 * for one request into row blocks. Loads that fit together go in one request (one sync).
 */
export function planLoads(loads: readonly Load[], budget = REQUEST_BUDGET_BYTES): Load[][] {
  const requests: Load[][] = [[]];
  let used = 0;
  for (const load of loads) {
    if (load.rowCount === 0 || load.columnCount === 0) continue;
    const rowBytes = load.columnCount * CELL_BYTES[load.property];
    for (let done = 0; done < load.rowCount;) {
      let room = Math.floor((budget - used) / rowBytes);
      if (room < 1 && used > 0) {
        requests.push([]);
        used = 0;
        room = Math.floor(budget / rowBytes);
      }
      const rowCount = Math.max(1, Math.min(room, load.rowCount - done));
      const part = { ...load, top: load.top + done, rowCount };
      requests[requests.length - 1].push(part);
      used += bytesOf(part);
      done += rowCount;
    }
  }
  return requests.filter((request) => request.length > 0);
}
