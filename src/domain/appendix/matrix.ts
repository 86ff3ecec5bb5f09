import type { Analysis } from '../analysis/types';
import { responsibilityOf } from '../analysis/leads';
import { agencyKey } from '../text/agencies';
import { rowHeight, type LayoutRow, type SheetLayout } from './layout';

export const UNCOVERED = 'Chưa có cơ quan chủ trì';

/**
 * The department × criteria matrix of the chosen set: each criterion and indicator with the
 * department(s) leading it (a criterion's lead covers its indicators), uncovered ones marked.
 * Null when the workbook has no responsibility table (a list by agency or by criterion, a matrix).
 */
export function layoutMatrix(context: Analysis): SheetLayout | null {
  const responsibility = responsibilityOf(context);
  if (responsibility.tables === 0) return null;
  const leads = new Map<string, string[]>();
  for (const lead of responsibility.leads) {
    const list = leads.get(lead.code) ?? [];
    if (!list.some((a) => agencyKey(a) === agencyKey(lead.agency))) list.push(lead.agency);
    leads.set(lead.code, list);
  }
  const rows: LayoutRow[] = [
    { kind: 'title', cells: [`Ma trận phân công phụ trách tiêu chí, chỉ tiêu: ${context.catalog.title}`] },
    { kind: 'blank', cells: [] },
    { kind: 'header', cells: ['Mã', 'Tiêu chí, chỉ tiêu', 'Cơ quan chủ trì', 'Ghi chú'] },
  ];
  for (const criterion of context.catalog.criteria) {
    const own = leads.get(String(criterion.number)) ?? [];
    const byIndicators = criterion.indicators.length > 0 && criterion.indicators.every((i) => leads.has(i.code));
    const note = own.length === 0 && !byIndicators ? UNCOVERED : own.length > 1 ? 'Nhiều cơ quan chủ trì' : '';
    rows.push({ kind: 'section', cells: [String(criterion.number), criterion.name, own.join('; '), note] });
    for (const indicator of criterion.indicators) {
      const direct = leads.get(indicator.code) ?? [];
      const shown = direct.length ? direct.join('; ') : own.length ? `${own.join('; ')} (theo tiêu chí)` : '';
      rows.push({ kind: 'task', cells: [indicator.code, indicator.name, shown, shown ? (direct.length > 1 ? 'Nhiều cơ quan chủ trì' : '') : UNCOVERED] });
    }
  }
  const widths = [8, 60, 40, 24];
  return { rows, merges: ['A1:D1'], widths, headerRow: 3, heights: rows.map((row) => rowHeight(row, widths, false)) };
}
