import type { Catalog } from '../catalog/schema';
import type { Grid } from '../sheet/grid';
import { readTables } from '../table/read';
import type { Table } from '../table/types';
import { assignmentRecognizer } from '../recognize/assignment';
import { fundingRecognizer } from '../recognize/funding';
import { responsibilityRecognizer } from '../recognize/responsibility';
import { familyOf } from '../recognize/table';
import { targetsRecognizer } from '../recognize/targets';
import { tasksRecognizer } from '../recognize/tasks';
import type { Recognizer } from '../recognize/context';
import type { TableSheetModel } from '../recognize/models';
import type { View } from './types';
import { unreadOf } from './unread';
import { communeOfSheet } from './commune';

/** The kind readers, each an interpretation of one table of the table model; the highest score wins a table. */
const KIND_READERS: readonly Recognizer[] = [
  assignmentRecognizer,
  targetsRecognizer,
  tasksRecognizer,
  responsibilityRecognizer,
  fundingRecognizer,
];

export type ViewContext = { catalog: Catalog; planYear?: number; /** The workbook's (file's) name, which may name a commune. */ workbook?: string };

/**
 * Reads every table of a sheet into a view — the families read by their relations alone first, then
 * the kind readers, each on that table only — and says what holds numbers but was not understood.
 *
 * @example
 * const { views, unread } = readSheet(grid, { catalog, planYear: 2027 });
 * views.map((view) => view.kind) // ['targets', 'table']
 */
export function readSheet(grid: Grid, context: ViewContext): { views: View[]; unread: ReturnType<typeof unreadOf> } {
  if (grid.bottom < grid.top || grid.right < grid.left) return { views: [], unread: [] };
  const { tables } = readTables(grid, { planYear: context.planYear });
  const views: View[] = [];
  const notRead: Table[] = [];
  for (const table of tables) {
    const view = viewOf(grid, table, context);
    if (view) views.push(view);
    else notRead.push(table);
  }
  return { views, unread: unreadOf(grid, tables, views, notRead) };
}

function viewOf(grid: Grid, table: Table, context: ViewContext): View | null {
  const area = table.region;
  const family = familyOf(table, context.catalog, grid);
  if (family) {
    const commune = family === 'commune-criteria' ? communeOfSheet(grid, table, context.workbook) : undefined;
    const model: TableSheetModel = { kind: 'table', tables: [{ table, family, ...(commune ? { commune } : {}) }] };
    return { grid, kind: 'table', model, table, area };
  }
  let best: View | null = null;
  let score = 0;
  for (const reader of KIND_READERS) {
    const found = reader.recognize(grid, { catalog: context.catalog, planYear: context.planYear, table, toBeat: score });
    if (!found || found.score <= score) continue;
    score = found.score;
    best = { grid, kind: reader.kind, model: found.model, table, area } as View;
  }
  return best;
}
