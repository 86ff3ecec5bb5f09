import type { Analysis } from '../engine';
import { viewsOf } from '../analysis/select';
import { rowsBySet } from '../analysis/sets';
import { expandAbbreviations } from '../appendix/abbreviations';
import { communeList } from '../appendix/fromAssignment';
import { a1 } from '../sheet/address';
import { readStated } from '../sheet/stated';
import { tallyAssignment } from '../tally/assignment';
import { fold } from '../text/fold';
import type { Block, Source } from './blocks';
import { planFigures, type Distribution, type Funding } from './figures';
import { planFacts, type PlanFacts } from './planFacts';
import { amountText, countText, decimalsOf, lowerName, shareText, spellOut } from './wording';
import { viNumber } from './findings';

const sheetText = (text: string, source?: Source): Block => ({ kind: 'paragraph', text, origin: 'sheet', source });

/** Ends a list: ";" after each item, "." after the last. */
function punctuate(blocks: Block[]): Block[] {
  return blocks.map((block, i) => (block.kind === 'paragraph' ? { ...block, text: `${block.text.replace(/[\s.;,:]+$/, '')}${i === blocks.length - 1 ? '.' : ';'}` } : block));
}

/** Per criterion: the communes added and met at year end, with their share ("có thêm 06 xã …, lên 81/181 xã, chiếm 44,8%"). */
function criteriaBlocks(analysis: Analysis): Block[] {
  const { criteria } = planFigures(analysis);
  const source = criteriaSource(analysis);
  return punctuate(criteria.filter((c) => c.communes > 0).map((c) => {
    const added = c.end - c.now;
    const of = `${countText(c.end)}/${countText(c.communes)} xã`;
    const head = `- Tiêu chí số ${c.number} về ${lowerName(c.name)}: `;
    if (c.end === 0) return sheetText(`${head}chưa có xã đạt tiêu chí`, source);
    const gain = added > 0 ? `phấn đấu có thêm ${countText(added)} xã đạt tiêu chí, nâng tổng số xã đạt tiêu chí lên ${of}` : `duy trì ${of} đạt tiêu chí`;
    return sheetText(`${head}${gain}, chiếm ${shareText(c.end, c.communes)}`, source);
  }));
}

/** The sheet the criteria's counts come from: the assignment's marks, else the targets sheet. */
function criteriaSource(analysis: Analysis): Source | undefined {
  const context = analysis;
  const assignment = viewsOf(context, 'assignment')[0];
  if (assignment) return { sheet: assignment.grid.name, cells: marksRange(assignment) };
  const targets = viewsOf(context, 'targets')[0];
  return targets ? { sheet: targets.grid.name } : undefined;
}

function marksRange({ model }: ReturnType<typeof viewsOf<'assignment'>>[number]): string | undefined {
  const rows = model.communes.map((c) => c.row);
  const cols = model.criteria.map((c) => c.col);
  return rows.length && cols.length ? `${a1(Math.min(...rows), Math.min(...cols))}:${a1(Math.max(...rows), Math.max(...cols))}` : undefined;
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
function summaryBlocks(analysis: Analysis, facts: PlanFacts): Block[] {
  const targets = viewsOf(analysis, 'targets')[0];
  if (!targets) return [];
  const { grid, model } = targets;
  const { baseline, added, cumulative } = model.cols;
  if (cumulative === undefined) return [];
  const communes = facts.communes?.count;
  return punctuate(model.rows.flatMap((row) => {
    if (row.ref) return [];
    const end = grid.number(row.row, cumulative);
    if (end === null) return [];
    const source = { sheet: grid.name, cells: a1(row.row, cumulative) };
    const label = spellOut(row.label.replace(/\s+/g, ' ').trim().normalize('NFC'));
    // "xã đạt chuẩn nông thôn mới" counts communes: "thôn" in "nông thôn" is no village.
    const folded = fold(label).replace(/\bnong thon\b/g, ' ');
    const decimals = shownDecimals(grid, row.row, cumulative);
    const from = baseline !== undefined ? grid.number(row.row, baseline) : null;
    if (/\b(binh quan|trung binh)\b/.test(folded)) {
      return from === null ? [] : [sheetText(`- ${label}: từ ${viNumber(from, shownDecimals(grid, row.row, baseline!))} lên ${viNumber(end, decimals)} tiêu chí/xã`, source)];
    }
    const more = added !== undefined ? grid.number(row.row, added) : from !== null ? end - from : null;
    if (more === null) return [];
    const word = /\bthon\b/.test(folded) ? 'thôn' : /\bxa\b/.test(folded) ? 'xã' : '';
    const count = (n: number) => (decimals === 0 && Number.isInteger(n) ? countText(n) : viNumber(n, decimals));
    const gain = `có thêm ${count(more)}${word ? ` ${word}` : ''}`;
    if (word === 'xã' && communes) return [sheetText(`- ${label}: ${gain}, nâng tổng số lên ${count(end)}/${countText(communes)} xã, chiếm ${shareText(end, communes)}`, source)];
    return [sheetText(`- ${label}: ${gain}, nâng tổng số lên ${count(end)}${word ? ` ${word}` : ''}`, source)];
  }));
}

/**
 * Communes meeting every criterion of the set at year end, from the assignment's marks: those added
 * this year by name, the total and its share. Nothing when the sheet does not mark every criterion.
 */
function standardBlocks(analysis: Analysis, year: string): Block[] {
  const assignment = viewsOf(analysis, 'assignment')[0];
  if (!assignment) return [];
  const { grid, model } = assignment;
  if (model.criteria.length !== analysis.catalog.criteria.length) return [];
  const all = model.criteria.length;
  const { communes } = tallyAssignment(grid, model);
  const end = communes.filter((c) => c.end === all);
  const added = end.filter((c) => c.met < all);
  const source = { sheet: grid.name, cells: marksRange(assignment) };
  const of = `${countText(end.length)}/${countText(communes.length)} xã, chiếm ${shareText(end.length, communes.length)}`;
  if (end.length === 0) return [];
  if (added.length === 0) return [sheetText(`Đến cuối năm ${year}, duy trì ${of} đạt chuẩn nông thôn mới (đạt đủ ${all} tiêu chí).`, source)];
  const gain = `có thêm ${countText(added.length)} xã đạt chuẩn nông thôn mới (${communeList(added.map((c) => c.name))})`;
  return [sheetText(`Phấn đấu đến cuối năm ${year} ${gain}, nâng tổng số xã đạt chuẩn nông thôn mới lên ${of}.`, source)];
}

/** The average of criteria per commune and the communes by criteria met, groups with no commune left out. */
function distributionBlocks(distribution: Distribution | undefined, year: string, source?: Source): Block[] {
  if (!distribution) return [];
  const n = distribution.communes;
  const lines = distribution.groups.filter((g) => g.count > 0).map((group) => sheetText(`- Số xã đạt ${group.label} tiêu chí có ${countText(group.count)}/${countText(n)} xã, chiếm ${shareText(group.count, n)}`, source));
  return [sheetText(`Đến cuối năm ${year}, bình quân đạt ${viNumber(distribution.average, 1)} tiêu chí/xã, trong đó:`, source), ...punctuate(lines)];
}

/** Villages planned to meet the standard (or the model standard), per commune, from the assignment. */
function villageBlocks(analysis: Analysis): Block[] {
  const assignment = viewsOf(analysis, 'assignment')[0];
  if (!assignment) return [];
  const { grid, model } = assignment;
  const blocks: Block[] = [];
  for (const [role, kind] of [['planned', 'đạt chuẩn nông thôn mới'], ['model', 'đạt chuẩn nông thôn mới kiểu mẫu']] as const) {
    const col = model.villages[role];
    if (col === undefined) continue;
    const targets = model.communes.map((c) => ({ name: c.name, n: grid.number(c.row, col) ?? 0 })).filter((t) => t.n > 0);
    if (targets.length === 0) continue;
    const header = fold(`${grid.raw(model.header.top, col)} ${grid.raw(model.header.bottom, col)}`);
    const word = ['xóm', 'thôn', 'bản'].find((w) => header.includes(fold(w))) ?? 'thôn';
    const total = targets.reduce((t, c) => t + c.n, 0);
    const each = targets.map((t) => `${communeList([t.name])}: ${countText(t.n)} ${word}`).join('; ');
    blocks.push(sheetText(`- Phấn đấu có ${countText(total)} ${word} ${kind} (${each})`, { sheet: grid.name, cells: `${a1(model.communes[0].row, col)}:${a1(model.communes[model.communes.length - 1].row, col)}` }));
  }
  return punctuate(blocks);
}

/** The funding's total and items with their shares, each amount with its own decimals ("652,8", "365"). */
function fundingBlocks(funding: Funding | undefined, source?: Source): Block[] {
  if (!funding) return [];
  const { unit, total, items } = funding;
  const decimals = Math.max(0, ...items.map((a) => decimalsOf(a.value)));
  return [
    sheetText(`Tổng nhu cầu vốn thực hiện là ${viNumber(total, decimals)} ${unit}, trong đó:`, source),
    ...punctuate(items.map((a, i) => sheetText(`${i + 1}. ${a.label} là ${amountText(a.value)} ${unit}, chiếm ${shareText(a.value, total)}`, source))),
  ];
}

/**
 * The tasks sheets' sections as numbered headings, their tasks as lines, abbreviations spelt out.
 *
 * @example
 * taskBlocks(analysis)[0] // { kind: 'heading', level: 2, text: '1. Kiện toàn bộ máy' }
 */
export function taskBlocks(analysis: Analysis): Block[] {
  const blocks: Block[] = [];
  let number = 0;
  for (const { grid, model } of viewsOf(analysis, 'tasks')) {
    const sections = new Map<string, Block[]>();
    for (const row of model.rows) {
      const title = row.section ?? '';
      if (!sections.has(title)) sections.set(title, []);
      if (row.kind === 'section') continue;
      const content = grid.raw(row.row, model.cols.content).replace(/\s+/g, ' ').trim();
      if (content) sections.get(title)!.push(sheetText(`- ${spellOut(expandAbbreviations(content))}`, { sheet: grid.name, cells: a1(row.row, model.cols.content) }));
    }
    for (const [title, tasks] of sections) {
      if (title) blocks.push({ kind: 'heading', level: 2, text: `${++number}. ${spellOut(expandAbbreviations(title.replace(/\s+/g, ' ').trim()))}` });
      blocks.push(...punctuate(tasks));
    }
  }
  return blocks;
}

/** "13.2" before "13.10". */
const byCode = (a: string, b: string) => {
  const [x1, x2] = a.split('.').map(Number);
  const [y1, y2] = b.split('.').map(Number);
  return x1 - y1 || x2 - y2;
};

/**
 * Per department of the responsibility sheet: the criteria and indicators it leads, with the criteria's names.
 *
 * @example
 * responsibilityBlocks(analysis)[0].text // '- Sở Xây dựng: chủ trì hướng dẫn, theo dõi, đánh giá thực hiện các tiêu chí số 1 (quy hoạch), số 2 (hạ tầng kinh tế - xã hội);'
 */
export function responsibilityBlocks(analysis: Analysis): Block[] {
  const context = analysis;
  const blocks: Block[] = [];
  for (const { grid, model } of viewsOf(context, 'responsibility')) {
    for (const { catalog, rows } of rowsBySet(model, context)) {
      if (catalog?.id !== context.catalog.id) continue;
      for (const row of rows) {
        const numbers = [...new Set(row.codes.filter((r) => !r.indicator).map((r) => r.number))].sort((a, b) => a - b);
        const named = numbers.map((n) => `số ${n} (${lowerName(catalog.criteria.find((c) => c.number === n)?.name ?? '')})`.replace(' ()', ''));
        const indicators = [...new Set(row.codes.filter((r) => r.indicator).map((r) => r.code))].sort(byCode);
        const parts = [
          ...(named.length ? [`${named.length > 1 ? 'các tiêu chí' : 'tiêu chí'} ${named.join(', ')}`] : []),
          ...(indicators.length ? [`${indicators.length > 1 ? 'các chỉ tiêu' : 'chỉ tiêu'} ${indicators.join(', ')}`] : []),
        ];
        if (parts.length === 0) continue;
        blocks.push(sheetText(`- ${expandAbbreviations(row.agency.replace(/\s+/g, ' ').trim())}: chủ trì hướng dẫn, theo dõi, đánh giá thực hiện ${parts.join(' và ')}`, { sheet: grid.name, cells: a1(row.row, model.cols.agency) }));
      }
    }
  }
  return punctuate(blocks);
}

/** The funding sheet, for the paragraphs written from it. */
function fundingSource(analysis: Analysis): Source | undefined {
  const funding = viewsOf(analysis, 'funding')[0];
  return funding ? { sheet: funding.grid.name } : undefined;
}

/**
 * The plan's paragraphs written from the workbook's tables, in the plans' administrative style and
 * one convention throughout ("06 xã", "100%", no group without a commune): the communes meeting the
 * standard, the distribution and the average, the summary targets, per criterion the communes added
 * and met at year end with their share, the villages, the funding with its items and shares. The
 * whole plan around them is {@link planDocument}; these lines are what "Viết từ sổ tính" puts in
 * the pane. Text written so passes check-text.
 *
 * @example
 * writePlanText(analyzeWorkbook(snapshot)).find((l) => l.startsWith('- Tiêu chí số 1 ')) // '- Tiêu chí số 1 về quy hoạch: duy trì 13/13 xã đạt tiêu chí, chiếm 100%;'
 */
export function writePlanText(analysis: Analysis, facts: PlanFacts = planFacts(analysis)): string[] {
  const { targets } = targetBlocks(analysis, facts);
  return targets.map((block) => block.text);
}

/**
 * The blocks of the plan's targets (general, then per criterion and villages) and of its funding.
 *
 * @example
 * targetBlocks(analysis, planFacts(analysis)).funding[0].text // 'Tổng nhu cầu vốn thực hiện là 4.766 tỷ đồng, trong đó:'
 */
export function targetBlocks(analysis: Analysis, facts: PlanFacts): { general: Block[]; specific: Block[]; funding: Block[]; targets: Block[] } {
  const year = analysis.planYear !== undefined ? String(analysis.planYear) : '……';
  const figures = planFigures(analysis);
  const assignment = viewsOf(analysis, 'assignment')[0];
  const general = [
    ...standardBlocks(analysis, year),
    ...summaryBlocks(analysis, facts),
    ...distributionBlocks(figures.distribution, year, assignment ? { sheet: assignment.grid.name, cells: marksRange(assignment) } : undefined),
  ];
  const criteria = criteriaBlocks(analysis);
  const villages = villageBlocks(analysis);
  const word = villages.length ? (/\b(xóm|thôn|bản)\b/u.exec(villages[0].text)?.[1] ?? 'thôn') : '';
  // "a) Cấp xã", "b) Cấp xóm" as the plans divide them, when there are both.
  const specific: Block[] = criteria.length && villages.length
    ? [{ kind: 'heading', level: 3, text: 'a) Cấp xã' }, ...criteria, { kind: 'heading', level: 3, text: `b) Cấp ${word}` }, ...villages]
    : [...criteria, ...villages];
  const funding = fundingBlocks(figures.funding, fundingSource(analysis));
  return { general, specific, funding, targets: [...general, ...specific, ...funding] };
}
