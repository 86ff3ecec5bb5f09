import { fold } from '../text/fold';
import { parseCriterionRef } from '../text/codes';
import { parseGroupLabel } from '../text/groupLabel';
import type { Grid } from '../sheet/grid';
import { groupOf } from '../catalog/groups';
import { headerCandidates, headerLabels, type Header } from '../table/header';
import { assignRoles, type RoleRule } from './roles';
import { findAverages, isAverageLabel } from './labels';
import { findCommunesCell } from './communesCell';
import { mayWin, type RecognizeContext, type Recognizer } from './context';
import type { GroupRow, TargetRow, TargetsModel } from './models';

type TargetRole = 'tt' | 'share' | 'added' | 'cumulative' | 'baseline' | 'lead' | 'criterion';

const RULES: RoleRule<TargetRole>[] = [
  { role: 'tt', phrases: ['tt', 'stt', 'so tt'], unless: ['tieu chi', 'noi dung'] },
  { role: 'share', phrases: ['ty le', '%', 'chiem'] },
  { role: 'lead', phrases: ['co quan', 'chu tri', 'phu trach', 'don vi'] },
  { role: 'added', phrases: ['them', 'tang them', 'dat them', 'dat moi', 'tang'] },
  { role: 'cumulative', phrases: ['luy ke', 'cuoi nam', 'cuoi ky', 'tong so xa dat', 'tong so xa', 'tong so', 'nang tong so', 'ke hoach nam'] },
  { role: 'baseline', phrases: ['da dat', 'hien trang', 'dau nam', 'den het nam', 'nam truoc', 'thuc hien', 'uoc thuc hien', 'uoc dat'] },
  { role: 'criterion', phrases: ['tieu chi', 'noi dung', 'chi tieu', 'ten tieu chi'] },
];
const COUNT_ROLES: TargetRole[] = ['baseline', 'added', 'cumulative'];

/** The counts the header's words did not name, as the table model read them ("Số xã đạt đến 31/12/2026" is a baseline). */
function withMeanings(roles: Map<TargetRole, number[]>, header: Header): Map<TargetRole, number[]> {
  const taken = new Set([...roles.values()].flat());
  for (const role of ['baseline', 'added', 'cumulative', 'share'] as const) {
    if (roles.has(role)) continue;
    const cols = header.table.columns.filter((c) => c.meaning === role && !taken.has(c.col)).map((c) => c.col);
    if (cols.length) roles.set(role, cols);
  }
  return roles;
}

function pairShares(shareCols: number[], countCols: Map<TargetRole, number>): { col: number; of: number }[] {
  const counts = COUNT_ROLES.map((role) => countCols.get(role)).filter((col): col is number => col !== undefined);
  return shareCols.flatMap((col) => {
    const left = counts.filter((count) => count < col).sort((a, b) => b - a)[0];
    const of = left ?? countCols.get('cumulative') ?? counts[0];
    return of === undefined ? [] : [{ col, of }];
  });
}

/** True when a label is the name of the catalog's criterion `number` (a TT column is often only a row count). */
function namesCriterion(context: RecognizeContext, label: string, number: number): boolean {
  const criterion = context.catalog.criteria.find((c) => c.number === number);
  if (!criterion) return /^(tieu chi|tc)\b/.test(label);
  const name = fold(criterion.name);
  return label.includes(name) || name.includes(label) || /^(tieu chi|tc)\b/.test(label);
}

function readRows(grid: Grid, header: Header, model: Omit<TargetsModel, 'rows' | 'groups' | 'averages' | 'communesCell'>, context: RecognizeContext) {
  const rows: TargetRow[] = [];
  const groups: GroupRow[] = [];
  const countCols = [model.cols.cumulative, model.cols.baseline, model.cols.added].filter((c): c is number => c !== undefined);
  for (let row = header.bottom + 1; row <= grid.bottom; row++) {
    const label = grid.raw(row, model.cols.criterion).trim();
    const folded = grid.text(row, model.cols.criterion);
    if (!folded) continue;
    const hasCount = countCols.some((col) => grid.number(row, col) !== null || grid.raw(row, col).includes('/'));
    const fullCounts = [model.cols.baseline, model.cols.added, model.cols.cumulative].every((col) => col !== undefined && grid.number(row, col) !== null);
    if (isAverageLabel(folded)) {
      if (fullCounts) rows.push({ row, key: 'binh-quan', label });
      continue;
    }
    const bounds = parseGroupLabel(label);
    if (bounds) {
      const countCol = countCols.find((col) => grid.number(row, col) !== null || grid.raw(row, col).includes('/')) ?? countCols[0];
      if (countCol === undefined) continue;
      const group = groupOf(context.catalog.groups, bounds.min);
      const same = group && group.min === bounds.min && group.max === Math.min(bounds.max, context.catalog.criteria.length);
      groups.push({ row, bounds, label: same ? group.label : `${bounds.min}-${bounds.max}`, countCol, shareCol: model.shares.find((s) => s.of === countCol)?.col ?? model.shares[0]?.col });
      continue;
    }
    const ttRef = model.cols.tt !== undefined ? parseCriterionRef(grid.shown(row, model.cols.tt)) : null;
    const ref = parseCriterionRef(grid.shown(row, model.cols.criterion)) ?? (ttRef && namesCriterion(context, folded, ttRef.number) ? ttRef : null);
    if (ref) {
      rows.push({ row, key: ref.code, ref, label });
    } else if (hasCount && (fullCounts || model.shares.some((share) => grid.number(row, share.col) !== null))) {
      rows.push({ row, key: label, label });
    }
  }
  return { rows, groups };
}

function recognizeTargets(grid: Grid, context: RecognizeContext) {
  let best: { model: TargetsModel; score: number } | null = null;
  for (const header of headerCandidates(grid, context.planYear)) {
    const roles = withMeanings(assignRoles(headerLabels(header), RULES), header);
    const first = (role: TargetRole) => roles.get(role)?.[0];
    const criterion = first('criterion') ?? first('tt');
    const counts = COUNT_ROLES.filter((role) => roles.has(role)).length + (roles.has('share') ? 1 : 0);
    if (criterion === undefined || counts < 2 || !COUNT_ROLES.some((role) => roles.has(role))) continue;
    if (!mayWin(grid, header.bottom, counts * 10, context, best)) continue;
    const countCols = new Map(COUNT_ROLES.filter((role) => roles.has(role)).map((role) => [role, first(role)!] as const));
    const base = {
      kind: 'targets' as const,
      header: { top: header.top, bottom: header.bottom },
      cols: { criterion, tt: first('tt') === criterion ? undefined : first('tt'), baseline: first('baseline'), added: first('added'), cumulative: first('cumulative'), lead: first('lead') },
      shares: pairShares(roles.get('share') ?? [], countCols),
    };
    const { rows, groups } = readRows(grid, header, base, context);
    if (rows.length + groups.length === 0) continue;
    const score = counts * 10 + rows.length + groups.length;
    if (!best || score > best.score) {
      const averages = findAverages(grid).map((average) =>
        average.row > header.bottom && base.cols.cumulative !== undefined && grid.number(average.row, base.cols.cumulative) !== null
          ? { ...average, valueCol: base.cols.cumulative }
          : average,
      );
      const model: TargetsModel = { ...base, rows, groups, averages, communesCell: findCommunesCell(grid, header) };
      best = { model, score };
    }
  }
  return best;
}

export const targetsRecognizer: Recognizer = { kind: 'targets', recognize: recognizeTargets };
