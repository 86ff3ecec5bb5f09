import type { Analysis } from '../engine';
import { communesFor } from '../analysis/communes';
import { viewsOf } from '../analysis/select';
import { fold } from '../text/fold';
import { readStated } from '../sheet/stated';
import { viNumber } from './findings';
import { programmeName } from '../catalog/calendar';
import { planFigures, type Distribution, type Funding, type PlanFigures } from './figures';

const count = (n: number) => String(n).padStart(2, '0');
const share = (part: number, whole: number, decimals = 1) => `${viNumber(whole ? (part / whole) * 100 : 0, decimals)}%`;

function criteriaParagraphs(criteria: PlanFigures['criteria']): string[] {
  return criteria.filter((c) => c.communes > 0).map((c) => {
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
  const targets = viewsOf(analysis, 'targets')[0];
  if (!targets) return [];
  const { grid, model } = targets;
  const { baseline, added, cumulative } = model.cols;
  if (cumulative === undefined) return [];
  const communes = communesFor(analysis, targets.view)?.value;
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

function distributionParagraphs(distribution: Distribution | undefined, planYear: number | undefined): string[] {
  if (!distribution) return [];
  const n = distribution.communes;
  const lines = distribution.groups.map((group) => `- Số xã đạt ${group.label} tiêu chí có ${count(group.count)}/${n} xã, chiếm ${share(group.count, n)};`);
  return [`Đến cuối năm ${planYear ?? ''}`.trim() + ':', ...lines, `- Bình quân đạt ${viNumber(distribution.average, 1)} tiêu chí/xã.`];
}

function fundingParagraphs(funding: Funding | undefined): string[] {
  if (!funding) return [];
  const { unit, total, items } = funding;
  const decimals = Math.max(0, ...items.map((a) => decimalsOf(a.value)), decimalsOf(total));
  return [
    `Tổng nhu cầu vốn thực hiện là ${viNumber(total, decimals)} ${unit}, trong đó:`,
    ...items.map((a, i) => `${i + 1}. ${a.label} là ${viNumber(a.value, decimals)} ${unit}, chiếm ${share(a.value, total)}.`),
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
  const figures = planFigures(analysis);
  const criteria = criteriaParagraphs(figures.criteria);
  const summary = summaryParagraphs(analysis);
  const distribution = distributionParagraphs(figures.distribution, analysis.planYear);
  const funding = fundingParagraphs(figures.funding);
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
