import { a1 } from '../sheet/address';
import { parseTimeline, type Timeline } from '../text/timeline';
import { fold } from '../text/fold';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/** The (year, last month) pairs a timeline names; a part without a year names none. */
function datedParts(timeline: Timeline): { year: number; months: number[] }[] {
  switch (timeline.kind) {
    case 'all': return timeline.parts.flatMap(datedParts);
    case 'year': return [{ year: timeline.year, months: [] }];
    case 'quarters': return timeline.year === undefined ? [] : [{ year: timeline.year, months: timeline.quarters.map((q) => q * 3) }];
    case 'months': return timeline.year === undefined ? [] : [{ year: timeline.year, months: timeline.months }];
    case 'deadline': return timeline.year === undefined ? [] : [{ year: timeline.year, months: [timeline.month] }];
    default: return [];
  }
}

// A report or a settlement of the year may fall in the first month of the next one ("Báo cáo tổng kết … Tháng 01/2028").
const REPORT = /\b(bao cao|tong ket|so ket|quyet toan|thong ke|danh gia ket qua)\b/;

/**
 * The year a timeline falls outside of the plan's: every dated part of it in another year ("Quý
 * III/2028", "Trước 30/6/2026" in a 2027 plan). Preparing in the last month before the year starts
 * ("Tháng 12/2026") and reporting in the first month after it end ("Tháng 01/2028" for a report) are in
 * time; undated times ("Quý II", "Thường xuyên") are the plan's year.
 */
function outsideYear(timeline: Timeline, planYear: number, content: string): boolean {
  const parts = datedParts(timeline);
  if (parts.length === 0 || parts.some((p) => p.year === planYear)) return false;
  return parts.every((p) => {
    if (p.year === planYear - 1 && p.months.length > 0 && p.months.every((m) => m === 12)) return false;
    if (p.year === planYear + 1 && p.months.length > 0 && p.months.every((m) => m <= 1) && REPORT.test(content)) return false;
    return Math.abs(p.year - planYear) <= 5;
  });
}

/**
 * unparsed-timeline: a "Thời gian" the engine cannot read (kept as written); timeline-outside-year: a
 * task of the plan's year due in another year.
 */
export const tasksTimelineCheck: Check = {
  id: 'tasks-timeline',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'tasks')) {
      const col = model.cols.timeline;
      if (col === undefined) continue;
      for (const { row, kind } of model.rows) {
        const text = grid.raw(row, col).trim();
        if (kind !== 'task' || !text) continue;
        const timeline = parseTimeline(text);
        if (!timeline) { findings.push({ code: 'unparsed-timeline', sheet: grid.name, cell: a1(row, col), actual: text }); continue; }
        if (context.planYear !== undefined && outsideYear(timeline, context.planYear, fold(grid.raw(row, model.cols.content)))) {
          findings.push({ code: 'timeline-outside-year', sheet: grid.name, cell: a1(row, col), actual: text, expected: context.planYear });
        }
      }
    }
    return findings;
  },
};
