/** Reads are split so that no request exceeds Excel on the web's 5 MB payload limit. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/**
 * Bytes a cell costs in a read of values, formulas, number formats and value types, as JSON.
 * Planning sheets hold short texts and numbers; 160 bytes leaves room for long task texts.
 */
export const BYTES_PER_CELL = 160;

export type Block = { sheet: number; firstRow: number; rowCount: number };
export type SheetSize = { rowCount: number; columnCount: number };

/**
 * Splits the used ranges of all sheets into row blocks and groups the blocks into requests of
 * at most `budget` bytes each. A workbook that fits in one request is read in one.
 */
export function planReadRequests(sizes: readonly (SheetSize | null)[], budget = REQUEST_BUDGET_BYTES, bytesPerCell = BYTES_PER_CELL): Block[][] {
  const requests: Block[][] = [[]];
  let used = 0;
  sizes.forEach((size, sheet) => {
    if (!size || size.rowCount === 0 || size.columnCount === 0) return;
    const rowBytes = size.columnCount * bytesPerCell;
    const rowsPerRequest = Math.max(1, Math.floor(budget / rowBytes));
    for (let firstRow = 0; firstRow < size.rowCount;) {
      let room = Math.floor((budget - used) / rowBytes);
      if (room < 1) {
        requests.push([]);
        used = 0;
        room = rowsPerRequest;
      }
      const rowCount = Math.min(room, size.rowCount - firstRow);
      requests[requests.length - 1].push({ sheet, firstRow, rowCount });
      used += rowCount * rowBytes;
      firstRow += rowCount;
    }
  });
  return requests.filter((request) => request.length > 0);
}
