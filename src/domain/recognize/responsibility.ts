import type { Grid } from '../sheet/grid';
import { parseCodeList } from '../text/codes';
import { bodyRows, columnsMeaning, headerCandidates, type Header } from '../table/header';
import type { Table } from '../table/types';
import { mayWin, type RecognizeContext, type Recognizer } from './context';
import type { ResponsibilityModel, ResponsibilityRow } from './models';

function readRows(grid: Grid, cols: ResponsibilityModel['cols'], table: Table): Pick<ResponsibilityModel, 'rows' | 'unled'> {
  const rows: ResponsibilityRow[] = [];
  const unled: ResponsibilityModel['unled'] = [];
  // Agencies down the rows ("Sở Xây dựng | 1, 2"): a blank agency continues the one above. A lead
  // column beside the criteria: a blank lead is a criterion without one (merged cells excepted).
  const continues = cols.agency === table.labelCol && table.axis === 'agency';
  let agency = '';
  let set = '';
  for (const row of bodyRows(table)) {
    const agencyText = String(grid.shown(row, cols.agency) ?? '').trim();
    if (agencyText || !continues) agency = agencyText;
    if (cols.set !== undefined && grid.raw(row, cols.set).trim()) set = grid.raw(row, cols.set).trim();
    const codes = parseCodeList(grid.value(row, cols.codes));
    if (!codes.length) continue;
    if (agency) rows.push({ row, agency, codes, set });
    else if (!continues) unled.push({ row, codes, set });
  }
  return { rows, unled };
}

/**
 * An agency's criteria as the table model means them: the agency (a "chủ trì" column, or the column
 * labelling rows of agencies), the list of criteria, and the criteria set when there is one.
 */
function responsibilityCols(header: Header): ResponsibilityModel['cols'] | null {
  const { table } = header;
  const agency = columnsMeaning(header, ['lead'])[0] ?? (table.axis === 'agency' ? table.labelCol : undefined);
  const codes = columnsMeaning(header, ['list'])[0];
  if (agency === undefined || codes === undefined) return null;
  return { agency, codes, set: columnsMeaning(header, ['set'])[0] };
}

function recognizeResponsibility(grid: Grid, context: RecognizeContext) {
  let best: { model: ResponsibilityModel; score: number } | null = null;
  for (const header of headerCandidates(grid, context.planYear, context.table)) {
    const cols = responsibilityCols(header);
    if (!cols) continue;
    if (!mayWin(grid, header.bottom, 15 + (cols.set !== undefined ? 5 : 0), context, best)) continue;
    const { rows, unled } = readRows(grid, cols, header.table);
    if (rows.length < 2) continue;
    const score = 15 + rows.length + (cols.set !== undefined ? 5 : 0);
    if (!best || score > best.score) best = { score, model: { kind: 'responsibility', header: { top: header.top, bottom: header.bottom }, cols, rows, unled } };
  }
  return best;
}

export const responsibilityRecognizer: Recognizer = { kind: 'responsibility', recognize: recognizeResponsibility };
