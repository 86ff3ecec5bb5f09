import { analyzeWorkbook, type AnalyzeOptions } from '../engine';
import type { SheetSnapshot } from '../sheet/snapshot';
import { ASSIGNMENT_LAYOUT } from '../template/assignment';
import { fold } from '../text/fold';
import { communeRecords } from './records';
import type { CommuneRecord } from './types';

/**
 * The rows of an earlier consolidation, each with the file its "Tệp nguồn" cell names: rows of
 * files not consolidated again are kept as they were. Empty for any other sheet.
 *
 * @example
 * previousRows(snapshot.sheets.find((s) => s.name === 'Tổng hợp giao chỉ tiêu')!).map((r) => r.file)
 */
export function previousRows(sheet: SheetSnapshot, options: AnalyzeOptions = {}): CommuneRecord[] {
  const header = sheet.values[ASSIGNMENT_LAYOUT.headerTop - sheet.origin.row] ?? [];
  const at = header.findIndex((v) => fold(v) === 'tep nguon');
  if (at < 0) return [];
  const analysis = analyzeWorkbook({ name: sheet.name, sheets: [sheet] }, options);
  return communeRecords('', analysis).flatMap((record) => {
    const source = sheet.values[record.row - 1 - sheet.origin.row]?.[at];
    return typeof source === 'string' && source.trim() ? [{ ...record, file: source.trim() }] : [];
  });
}
