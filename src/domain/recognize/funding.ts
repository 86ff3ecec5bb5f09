import type { Grid } from '../sheet/grid';
import { startsWithWords } from '../text/fold';
import { columnsMeaning, headerCandidates, type Header } from '../table/header';
import { isGrandTotalLabel, markerOf, MarkerLevels } from './bullets';
import { mayWin, type RecognizeContext, type Recognizer } from './context';
import type { FundingItem, FundingModel } from './models';

function readItems(grid: Grid, cols: FundingModel['cols'], headerBottom: number) {
  const items: FundingItem[] = [];
  const levels = new MarkerLevels();
  const lastAtLevel: number[] = [];
  let totalRow: number | undefined;
  let among = false;
  for (let row = headerBottom + 1; row <= grid.bottom; row++) {
    const label = grid.raw(row, cols.label).trim();
    const hasAmount = grid.number(row, cols.amount) !== null;
    if (!label && !hasAmount) continue;
    if (isGrandTotalLabel(label) || (cols.tt !== undefined && isGrandTotalLabel(grid.raw(row, cols.tt)))) {
      if (totalRow === undefined) totalRow = row;
      continue;
    }
    if (!label) continue;
    const ttText = cols.tt !== undefined ? grid.raw(row, cols.tt) : '';
    const found = markerOf(ttText) ?? markerOf(label);
    if (startsWithWords(grid.text(row, cols.label), ['trong do']) || (among && (found === 'dash' || found === 'plus' || found === 'star'))) {
      among = true;
      items.push({ row, level: -1, label, role: 'among' });
      continue;
    }
    among = false;
    const marker = found ?? 'arabic';
    const level = levels.levelOf(marker);
    const parentRow = level > 0 ? lastAtLevel[level - 1] : undefined;
    lastAtLevel[level] = row;
    lastAtLevel.length = level + 1;
    items.push({ row, level, parentRow, label });
  }
  return { items, totalRow };
}

/** A funding list's columns as the table model means them: its label column, the first amount, TT, a share. */
function fundingCols(header: Header): FundingModel['cols'] | null {
  const { table } = header;
  const amount = columnsMeaning(header, ['amount', 'total'])[0] ?? (['source', 'project'].includes(table.axis) ? columnsMeaning(header, ['number'])[0] : undefined);
  if (amount === undefined || table.labelCol === amount) return null;
  return { label: table.labelCol, amount, tt: table.ttCol, share: columnsMeaning(header, ['share'])[0] };
}

function recognizeFunding(grid: Grid, context: RecognizeContext) {
  let best: { model: FundingModel; score: number } | null = null;
  for (const header of headerCandidates(grid, context.planYear)) {
    const cols = fundingCols(header);
    if (!cols) continue;
    const { amount } = cols;
    // The total row, when found, adds 10 and is itself a row below the header.
    if (!mayWin(grid, header.bottom, 30 + (cols.share !== undefined ? 10 : 0), context, best)) continue;
    const { items, totalRow } = readItems(grid, cols, header.bottom);
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
