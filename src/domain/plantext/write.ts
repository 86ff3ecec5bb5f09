import type { Analysis } from '../engine';
import { groupOf } from '../catalog/groups';
import { sheetsOf } from '../checks/context';
import { criteriaProgress } from '../report/progress';
import { tallyAssignment } from '../tally/assignment';
import { fold } from '../text/fold';
import { readStated } from '../sheet/stated';
import { viNumber } from './findings';
import { programmeName } from '../catalog/programme';

const count = (n: number) => String(n).padStart(2, '0');
const share = (part: number, whole: number, decimals = 1) => `${viNumber(whole ? (part / whole) * 100 : 0, decimals)}%`;

function criteriaParagraphs(analysis: Analysis): string[] {
  return criteriaProgress(analysis).filter((c) => c.communes > 0).map((c) => {
    const added = c.end - c.now;
    const gain = added > 0 ? `có thêm ${count(added)} xã đạt chuẩn, nâng tổng số xã đạt tiêu chí lên` : 'duy trì';
    return `- Tiêu chí số ${c.number} – ${c.name}: ${gain} ${c.end}/${c.communes} xã, chiếm ${share(c.end, c.communes)}.`;
  });
}

/** Decimals a stated number shows ("16,8" → 1, 147 → 0). */
function shownDecimals(grid: Parameters<typeof readStated>[0], row: number, col: number): number {
  return readStated(grid, row, col)?.decimals ?? 0;
}

/**
 * The summary targets of a targets table that are not criteria — communes meeting the standard,
 * model villages, the average of criteria per commune — as the plans state them: "có thêm 09 xã,
 * nâng tổng số lên 147/184 xã, chiếm 79,9%", "từ 16,8 lên 17,1 tiêu chí/xã".
 */
function summaryParagraphs(analysis: Analysis): string[] {
  const context = { sheets: analysis.sheets, catalog: analysis.catalog, catalogs: analysis.catalogs };
  const targets = sheetsOf(context, 'targets')[0];
  if (!targets) return [];
  const { grid, model } = targets;
  const { baseline, added, cumulative } = model.cols;
  if (cumulative === undefined) return [];
  const communes = model.communesCell?.value;
  return model.rows.flatMap((row) => {
    if (row.ref) return [];
    const end = grid.number(row.row, cumulative);
    if (end === null) return [];
    const label = row.label.replace(/\s+/g, ' ').trim().normalize('NFC');
    const folded = fold(label);
    const decimals = shownDecimals(grid, row.row, cumulative);
    const from = baseline !== undefined ? grid.number(row.row, baseline) : null;
    if (/\b(binh quan|trung binh)\b/.test(folded)) {
      return from === null ? [] : [`- ${label}: từ ${viNumber(from, shownDecimals(grid, row.row, baseline!))} lên ${viNumber(end, decimals)} tiêu chí/xã.`];
    }
    const more = added !== undefined ? grid.number(row.row, added) : from !== null ? end - from : null;
    if (more === null) return [];
    const word = /\bthon\b/.test(folded) ? 'thôn' : /\bxa\b/.test(folded) ? 'xã' : '';
    const gain = `có thêm ${count(more)}${word ? ` ${word}` : ''}`;
    if (word === 'xã' && communes) return [`- ${label}: ${gain}, nâng tổng số lên ${viNumber(end, decimals)}/${communes} xã, chiếm ${share(end, communes)}.`];
    return [`- ${label}: ${gain}, nâng tổng số lên ${viNumber(end, decimals)}${word ? ` ${word}` : ''}.`];
  });
}

function distributionParagraphs(analysis: Analysis): string[] {
  const context = { sheets: analysis.sheets, catalog: analysis.catalog, catalogs: analysis.catalogs };
  const assignment = sheetsOf(context, 'assignment')[0];
  if (!assignment) return [];
  const { communes } = tallyAssignment(assignment.grid, assignment.model);
  const n = communes.length;
  if (n === 0) return [];
  const lines = analysis.catalog.groups.map((group) => {
    const k = communes.filter((c) => groupOf(analysis.catalog.groups, c.end) === group).length;
    return `- Số xã đạt ${group.label} tiêu chí có ${count(k)}/${n} xã, chiếm ${share(k, n)};`;
  });
  const average = communes.reduce((t, c) => t + c.end, 0) / n;
  return [`Đến cuối năm ${analysis.planYear ?? ''}`.trim() + ':', ...lines, `- Bình quân đạt ${viNumber(average, 1)} tiêu chí/xã.`];
}

function fundingParagraphs(analysis: Analysis): string[] {
  const context = { sheets: analysis.sheets, catalog: analysis.catalog, catalogs: analysis.catalogs };
  const funding = sheetsOf(context, 'funding')[0];
  if (!funding) return [];
  const { grid, model } = funding;
  const top = model.items.filter((item) => item.level === 0 && item.role !== 'among');
  const amounts = top.map((item) => ({ label: item.label.replace(/^[\d.)\s-]+/, '').trim(), value: grid.number(item.row, model.cols.amount) }));
  if (amounts.length < 2 || amounts.some((a) => a.value === null)) return [];
  // The total its items give (what the fill writes): a total typed wrong in the table is the check's finding, not the text's.
  const total = amounts.reduce((t, a) => t + a.value!, 0);
  const words = fold([...Array(Math.min(grid.bottom + 1, 8)).keys()].map((r) => grid.rowValues(r).join(' ')).join(' '));
  const unit = /\bty dong\b/.test(words) && !/\btrieu dong\b/.test(words) ? 'tỷ đồng' : 'triệu đồng';
  const decimals = Math.max(0, ...amounts.map((a) => decimalsOf(a.value!)), decimalsOf(total));
  return [
    `Tổng nhu cầu vốn thực hiện là ${viNumber(total, decimals)} ${unit}, trong đó:`,
    ...amounts.map((a, i) => `${i + 1}. ${a.label} là ${viNumber(a.value!, decimals)} ${unit}, chiếm ${share(a.value!, total)}.`),
  ];
}

function decimalsOf(value: number): number {
  const text = String(Number(value.toPrecision(12)));
  return text.includes('.') ? Math.min(3, text.length - text.indexOf('.') - 1) : 0;
}

/**
 * The plan's target paragraphs from a workbook, in the plans' administrative style, every number
 * taken from the tables and rounded the way plans write them: per criterion the communes added and
 * met at year end with their share, the distribution of communes by criteria met and the average,
 * the funding with its items and shares, under a line naming the programme of the plan's year (from
 * 2026 the merged 2026–2035 programme). Text written so passes check-text.
 *
 * @example
 * writePlanText(analyzeWorkbook(snapshot))[1] // '- Tiêu chí số 1 – Quy hoạch: duy trì 181/181 xã, chiếm 100,0%.'
 */
export function writePlanText(analysis: Analysis): string[] {
  const criteria = criteriaParagraphs(analysis);
  const summary = summaryParagraphs(analysis);
  const distribution = distributionParagraphs(analysis);
  const funding = fundingParagraphs(analysis);
  const intro = analysis.planYear !== undefined && (criteria.length || summary.length || distribution.length || funding.length)
    ? [`Thực hiện ${programmeName(analysis.planYear)}, mục tiêu năm ${analysis.planYear}:`] : [];
  return [
    ...intro,
    ...(summary.length ? ['Mục tiêu chung:', ...summary] : []),
    ...(criteria.length ? ['Mục tiêu theo từng tiêu chí:', ...criteria] : []),
    ...distribution,
    ...funding,
  ];
}
