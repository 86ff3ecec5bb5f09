import type { Grid } from '../sheet/grid';
import type { Meaning, Table } from '../table/types';
import { bodyRows, columnsMeaning, headerCandidates, type Header } from '../table/header';
import { isRoman } from '../text/bullets';
import { mayWin, type RecognizeContext, type Recognizer } from './context';
import type { TaskRow, TasksModel } from './models';

const AGENCY_COLS = ['directing', 'implementing', 'coordinating', 'timeline'] as const;

/** The tasks among the rows of the table's body (a signature block under the table is not a task). */
function readRows(grid: Grid, cols: TasksModel['cols'], table: Table): TaskRow[] {
  const rows: TaskRow[] = [];
  let section: string | undefined;
  const others = AGENCY_COLS.map((key) => cols[key]).filter((col): col is number => col !== undefined);
  for (const row of bodyRows(table)) {
    const content = grid.raw(row, cols.content).trim();
    const tt = cols.tt !== undefined ? grid.raw(row, cols.tt).trim() : '';
    if (!content) continue;
    const titleOnly = others.every((col) => grid.isBlank(row, col));
    // A section's title merged across the table ("I. CÔNG TÁC CHỈ ĐẠO" over TT … Thời gian, as the
    // appendix itself is written): every column shows the title, none of it is a task.
    const area = grid.mergeOf(row, cols.content);
    const across = area !== undefined && others.length > 0 && others.every((col) => col >= area.left && col <= area.right);
    if (across || isRoman(tt) || (titleOnly && !tt && cols.group === undefined)) {
      section = content;
      rows.push({ row, kind: 'section', section });
      continue;
    }
    const group = cols.group !== undefined ? grid.raw(row, cols.group).trim() : '';
    rows.push({ row, kind: 'task', section: group || section });
  }
  return rows;
}

/** A task list's columns as the table model means them: the content is the column that labels the rows. */
function taskCols(header: Header): TasksModel['cols'] | null {
  const { table } = header;
  if (table.columns.find((column) => column.col === table.labelCol)?.meaning !== 'label') return null;
  const first = (meaning: Meaning) => columnsMeaning(header, [meaning])[0];
  return {
    content: table.labelCol, tt: table.ttCol, group: first('group'), directing: first('directing'),
    implementing: first('lead'), coordinating: first('coordinating'), timeline: first('timeline'),
  };
}

function recognizeTasks(grid: Grid, context: RecognizeContext) {
  let best: { model: TasksModel; score: number } | null = null;
  for (const header of headerCandidates(grid, context.planYear, context.table)) {
    const cols = taskCols(header);
    if (!cols) continue;
    const found = AGENCY_COLS.filter((key) => cols[key] !== undefined).length;
    if (found < 2 || !mayWin(grid, header.bottom, found * 10, context, best)) continue;
    const rows = readRows(grid, cols, header.table);
    if (!rows.some((row) => row.kind === 'task')) continue;
    const score = found * 10 + rows.length;
    if (!best || score > best.score) best = { score, model: { kind: 'tasks', header: { top: header.top, bottom: header.bottom }, cols, rows } };
  }
  return best;
}

export const tasksRecognizer: Recognizer = { kind: 'tasks', recognize: recognizeTasks };
