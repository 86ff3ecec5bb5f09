import type { Grid } from '../sheet/grid';
import { headerCandidates, headerLabels } from '../table/header';
import { assignRoles, type RoleRule } from './roles';
import { isRoman } from './bullets';
import { mayWin, type RecognizeContext, type Recognizer } from './context';
import type { TaskRow, TasksModel } from './models';

type TaskRole = 'tt' | 'group' | 'directing' | 'coordinating' | 'implementing' | 'timeline' | 'content';

const RULES: RoleRule<TaskRole>[] = [
  { role: 'tt', phrases: ['tt', 'stt', 'so tt'] },
  { role: 'group', phrases: ['nhom', 'linh vuc', 'phan nhom'] },
  { role: 'directing', phrases: ['chi dao', 'lanh dao chi dao'] },
  { role: 'coordinating', phrases: ['phoi hop', 'co quan phoi hop', 'don vi phoi hop'] },
  { role: 'implementing', phrases: ['thuc hien', 'chu tri', 'co quan thuc hien', 'co quan chu tri', 'don vi thuc hien', 'don vi chu tri'], unless: ['noi dung'] },
  { role: 'timeline', phrases: ['thoi gian', 'tien do', 'thoi han', 'thoi gian hoan thanh'] },
  { role: 'content', phrases: ['noi dung cong viec', 'noi dung', 'nhiem vu', 'cong viec', 'ten nhiem vu'] },
];
const AGENCY_ROLES = ['directing', 'implementing', 'coordinating', 'timeline'] as const;

function readRows(grid: Grid, cols: TasksModel['cols'], headerBottom: number): TaskRow[] {
  const rows: TaskRow[] = [];
  let section: string | undefined;
  const others = AGENCY_ROLES.map((role) => cols[role]).filter((col): col is number => col !== undefined);
  for (let row = headerBottom + 1; row <= grid.bottom; row++) {
    const content = grid.raw(row, cols.content).trim();
    const tt = cols.tt !== undefined ? grid.raw(row, cols.tt).trim() : '';
    if (!content) continue;
    const titleOnly = others.every((col) => grid.isBlank(row, col));
    if (isRoman(tt) || (titleOnly && !tt && cols.group === undefined)) {
      section = content;
      rows.push({ row, kind: 'section', section });
      continue;
    }
    const group = cols.group !== undefined ? grid.raw(row, cols.group).trim() : '';
    rows.push({ row, kind: 'task', section: group || section });
  }
  return rows;
}

function recognizeTasks(grid: Grid, context: RecognizeContext) {
  let best: { model: TasksModel; score: number } | null = null;
  for (const header of headerCandidates(grid, context.planYear)) {
    const roles = assignRoles(headerLabels(header), RULES);
    const first = (role: TaskRole) => roles.get(role)?.[0];
    const content = first('content');
    const found = AGENCY_ROLES.filter((role) => roles.has(role)).length;
    if (content === undefined || found < 2 || !mayWin(grid, header.bottom, found * 10, context, best)) continue;
    const cols: TasksModel['cols'] = {
      content, tt: first('tt'), group: first('group'), directing: first('directing'),
      implementing: first('implementing'), coordinating: first('coordinating'), timeline: first('timeline'),
    };
    const rows = readRows(grid, cols, header.bottom);
    if (!rows.some((row) => row.kind === 'task')) continue;
    const score = found * 10 + rows.length;
    if (!best || score > best.score) best = { score, model: { kind: 'tasks', header: { top: header.top, bottom: header.bottom }, cols, rows } };
  }
  return best;
}

export const tasksRecognizer: Recognizer = { kind: 'tasks', recognize: recognizeTasks };
