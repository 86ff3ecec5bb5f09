import type { Grid } from '../sheet/grid';
import { columnsMeaning, headerCandidates, type Header } from '../table/header';
import type { Table } from '../table/types';
import { mayWin, type RecognizeContext, type Recognizer } from './context';
import type { FundingItem, FundingModel } from './models';

/** The funding lines of the table model's rows: its totals row, its hierarchy, its "Trong đó" lines. */
function readItems(table: Table): { items: FundingItem[]; totalRow?: number } {
  const items: FundingItem[] = [];
  let totalRow: number | undefined;
  for (const row of table.rows) {
    if (row.role === 'total') totalRow ??= row.row;
    else if (!row.label) continue;
    else if (row.role === 'among') items.push({ row: row.row, level: -1, label: row.label, role: 'among' });
    else if (row.role === 'unit' || row.role === 'subtotal') items.push({ row: row.row, level: row.level, parentRow: row.parent, label: row.label, ...(row.breakdown ? { breakdown: true } : {}) });
  }
  return { items, totalRow };
}

/** A funding list's columns as the table model means them: its label column, the first amount, TT, a share. */
function fundingCols(header: Header): FundingModel['cols'] | null {
  const { table } = header;
  const amount = columnsMeaning(header, ['amount', 'total'])[0] ?? (['source', 'project', 'year'].includes(table.axis) ? columnsMeaning(header, ['number'])[0] ?? soleYear(table) : undefined);
  if (amount === undefined || table.labelCol === amount) return null;
  return { label: table.labelCol, amount, tt: table.ttCol, share: columnsMeaning(header, ['share'])[0] };
}

/** Rows of funding sources under one column of a year ("Nguồn vốn | Năm 2027"): that year's amounts. */
function soleYear(table: Table): number | undefined {
  const years = table.columns.filter((c) => c.year !== undefined && c.col !== table.labelCol && c.meaning !== 'share');
  return years.length === 1 ? years[0].col : undefined;
}

function recognizeFunding(grid: Grid, context: RecognizeContext) {
  let best: { model: FundingModel; score: number } | null = null;
  for (const header of headerCandidates(grid, context.planYear, context.table)) {
    const cols = fundingCols(header);
    if (!cols) continue;
    const { amount } = cols;
    // The total row, when found, adds 10 and is itself a row below the header.
    if (!mayWin(grid, header.bottom, 30 + (cols.share !== undefined ? 10 : 0), context, best)) continue;
    const { items, totalRow } = readItems(header.table);
    const withAmounts = items.filter((item) => grid.number(item.row, amount) !== null).length;
    if (withAmounts < 2 && !(items.length >= 2 && totalRow !== undefined)) continue;
    const score = 20 + (cols.share !== undefined ? 10 : 0) + (totalRow !== undefined ? 10 : 0) + withAmounts;
    if (!best || score > best.score) {
      best = { score, model: { kind: 'funding', header: { top: header.top, bottom: header.bottom }, cols, items, totalRow } };
    }
  }
  return best;
}

export const fundingRecognizer: Recognizer = { kind: 'funding', recognize: recognizeFunding };
