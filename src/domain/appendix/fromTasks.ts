import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import type { TasksModel } from '../recognize/models';
import { parseTimeline } from '../text/timeline';
import type { FindingDraft } from '../findings/codes';
import type { AppendixRow, AppendixSection } from './types';

/** Section title of tasks that stand before any section row, in a sheet without "Nhóm". */
export const UNGROUPED = 'Nhiệm vụ chung';

const text = (grid: Grid, row: number, col: number | undefined): string => (col === undefined ? '' : grid.raw(row, col));

/**
 * The tasks of a `tasks` sheet grouped into sections, by its "Nhóm" column or its section rows,
 * in first-appearance order; every text exactly as typed.
 */
export function sectionsFromTasks(grid: Grid, model: TasksModel, warnings: FindingDraft[]): AppendixSection[] {
  const sections: AppendixSection[] = [];
  const find = (title: string) => {
    let section = sections.find((s) => s.title === title);
    if (!section) sections.push((section = { tt: '', title, rows: [] }));
    return section;
  };
  for (const row of model.rows) {
    if (row.kind === 'section') {
      find(row.section ?? UNGROUPED);
      continue;
    }
    const section = find(row.section ?? UNGROUPED);
    const timeline = text(grid, row.row, model.cols.timeline);
    const parsedTimeline = timeline.trim() ? parseTimeline(timeline) : null;
    if (timeline.trim() && !parsedTimeline) warnings.push({ code: 'unparsed-timeline', sheet: grid.name, cell: a1(row.row, model.cols.timeline!), actual: timeline });
    const task: AppendixRow = {
      tt: '',
      content: text(grid, row.row, model.cols.content),
      directing: text(grid, row.row, model.cols.directing),
      implementing: text(grid, row.row, model.cols.implementing),
      coordinating: text(grid, row.row, model.cols.coordinating),
      timeline,
      parsedTimeline,
      source: 'tasks',
    };
    section.rows.push(task);
  }
  return sections;
}
