import type { Analysis } from '../engine';
import { groupOf } from '../catalog/groups';
import { sheetsOf } from '../checks/context';
import { criteriaProgress } from '../report/progress';
import { tallyAssignment } from '../tally/assignment';
import { fold } from '../text/fold';
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
  const distribution = distributionParagraphs(analysis);
  const funding = fundingParagraphs(analysis);
  const intro = analysis.planYear !== undefined && (criteria.length || distribution.length || funding.length)
    ? [`Thực hiện ${programmeName(analysis.planYear)}, mục tiêu năm ${analysis.planYear}:`] : [];
  return [
    ...intro,
    ...(criteria.length ? ['Mục tiêu theo từng tiêu chí:', ...criteria] : []),
    ...distribution,
    ...funding,
  ];
}
