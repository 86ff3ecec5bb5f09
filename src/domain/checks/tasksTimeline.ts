import { a1 } from '../sheet/address';
import { parseTimeline } from '../text/timeline';
import type { FindingDraft } from '../findings/codes';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/** unparsed-timeline: a "Thời gian" the engine cannot read (kept as written). */
export const tasksTimelineCheck: Check = {
  id: 'tasks-timeline',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'tasks')) {
      const col = model.cols.timeline;
      if (col === undefined) continue;
      for (const { row, kind } of model.rows) {
        const text = grid.raw(row, col).trim();
        if (kind !== 'task' || !text || parseTimeline(text)) continue;
        findings.push({ code: 'unparsed-timeline', sheet: grid.name, cell: a1(row, col), actual: text });
      }
    }
    return findings;
  },
};
