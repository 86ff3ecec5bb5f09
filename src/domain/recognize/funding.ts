import type { Grid } from '../sheet/grid';
import { startsWithWords } from '../text/fold';
import { headerCandidates, headerLabels } from '../table/header';
import { assignRoles, type RoleRule } from './roles';
import { isGrandTotalLabel, markerOf, MarkerLevels } from './bullets';
import { mayWin, type RecognizeContext, type Recognizer } from './context';
import type { FundingItem, FundingModel } from './models';

type FundingRole = 'tt' | 'share' | 'label' | 'amount';

const RULES: RoleRule<FundingRole>[] = [
  { role: 'tt', phrases: ['tt', 'stt', 'so tt'] },
  { role: 'share', phrases: ['ty le', '%', 'co cau', 'chiem'], unless: ['nguon von', 'co cau nguon'] },
  { role: 'label', phrases: ['nguon von', 'noi dung', 'hang muc', 'nguon', 'dien giai', 'chi tieu', 'danh muc'] },
  { role: 'amount', phrases: ['so tien', 'kinh phi', 'von', 'ty dong', 'trieu dong', 'gia tri', 'nhu cau', 'du kien', 'ke hoach von', 'dong'] },
];

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

function recognizeFunding(grid: Grid, context: RecognizeContext) {
  let best: { model: FundingModel; score: number } | null = null;
  for (const header of headerCandidates(grid, context.planYear)) {
    const roles = assignRoles(headerLabels(header), RULES);
    const label = roles.get('label')?.[0];
    const amount = roles.get('amount')?.[0];
    if (label === undefined || amount === undefined) continue;
    const cols = { label, amount, tt: roles.get('tt')?.[0], share: roles.get('share')?.[0] };
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
