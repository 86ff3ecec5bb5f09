import { unitWordOf, withoutPrefix } from '../text/communeName';
import { steeringCommittee } from '../catalog/calendar';
import { planningLevel } from '../analysis/level';
import { planYearOfView } from '../analysis/planYear';
import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import type { Analysis, View } from '../analysis/types';
import type { AssignmentModel } from '../recognize/models';
import { statusAt, tallyAssignment } from '../tally/assignment';
import { fold } from '../text/fold';
import { parseTimeline } from '../text/timeline';
import type { FindingDraft } from '../findings/codes';
import { leadsOfCriterion, leadsOfVillages } from './leads';
import type { AppendixOptions, AppendixRow, AppendixSection } from './types';

/** A commune with its own unit word, as a sentence names it ("xã Lê Lợi", "phường Nam Sơn", "đặc khu Cô Tô"). */
const named = (name: string) => `${unitWordOf(name)} ${withoutPrefix(name)}`;

/** The unit words of some communes, each once in the order met ("xã", "xã, phường"). */
export const unitWords = (names: readonly string[]) => [...new Set(names.map(unitWordOf))].join(', ');

/**
 * Communes named as plans name them, each with its own unit word whatever prefix the sheet gives it
 * ("xã" where it gives none).
 *
 * @example
 * communeList(['Xã Lê Lợi', 'Vân Trình', 'Phường Nam Sơn']) === 'xã Lê Lợi, xã Vân Trình, phường Nam Sơn'
 */
export const communeList = (names: readonly string[]) => names.map(named).join(', ');

/** Who carries it out: "UBND xã Lê Lợi", "UBND phường Nam Sơn", "UBND các xã: A, B", "UBND các xã, phường: xã A, phường B". */
function implementers(names: readonly string[]): string {
  if (names.length === 1) return `UBND ${named(names[0])}`;
  const units = unitWords(names);
  return units.includes(',') ? `UBND các ${units}: ${communeList(names)}` : `UBND các ${units}: ${names.map(withoutPrefix).join(', ')}`;
}

/** The word the sheet uses for villages (xóm, thôn, bản), from its header. */
function villageWord(grid: Grid, model: AssignmentModel, col: number): string {
  const label = fold(grid.raw(model.header.top, col) + ' ' + grid.raw(model.header.bottom, col));
  return ['xóm', 'thôn', 'bản'].find((word) => label.includes(fold(word))) ?? 'thôn';
}

/**
 * Who directs the rows derived from a per-commune assignment when the user does not say: the
 * steering committee of the level that plans, as the analysis decides it for every consumer
 * (`planningLevel`: a title naming it, the sheets' words, the calendar); when no level is known (a
 * plan before 2026 naming none), the district's, as plans of those years were.
 */
function directingOf(context: Analysis, year: number | undefined): string {
  const { level } = planningLevel(context);
  if (level === 'tinh') return 'BCĐ tỉnh';
  if (level === 'huyen') return 'BCĐ huyện';
  return steeringCommittee(year ?? context.catalog.period.from);
}

/**
 * Rows derived from a per-commune assignment: one per criterion with communes planned this
 * year, naming them, with the department(s) that lead the criterion as coordinators; and one
 * per village target. A criterion without a lead gets an empty cell and a warning.
 */
export function sectionFromAssignment(context: Analysis, view: View<'assignment'>, options: AppendixOptions, warnings: FindingDraft[]): AppendixSection | null {
  const { grid, model } = view;
  const tally = tallyAssignment(grid, model);
  const year = planYearOfView(context, view);
  const timeline = options.deadline ?? (year ? `Năm ${year}` : 'Trong năm');
  const base = { tt: '', directing: options.directing ?? directingOf(context, year), timeline, parsedTimeline: parseTimeline(timeline), source: 'assignment' as const };
  const rows: AppendixRow[] = [];
  for (const criterion of tally.criteria) {
    const planned = tally.communes.filter((c) => statusAt(c, model.criteria.findIndex((k) => k.col === criterion.col)) === 'planned').map((c) => c.name);
    if (planned.length === 0) continue;
    const name = context.catalog.criteria.find((c) => c.number === criterion.number)?.name ?? '';
    const leads = leadsOfCriterion(context, criterion.number);
    if (leads.length === 0) warnings.push({ code: 'uncovered-criterion', sheet: grid.name, cell: a1(model.header.bottom, criterion.col), key: String(criterion.number), params: { name, catalog: context.catalog.id } });
    rows.push({
      ...base,
      content: `Phấn đấu thêm ${planned.length} ${unitWords(planned)} đạt tiêu chí số ${criterion.number} (${name}): ${communeList(planned)}`,
      implementing: implementers(planned),
      coordinating: leads.join('; '),
      key: String(criterion.number),
    });
  }
  for (const [role, kind] of [['planned', 'đạt chuẩn NTM'], ['model', 'đạt chuẩn NTM kiểu mẫu']] as const) {
    const col = model.villages[role];
    if (col === undefined) continue;
    const targets = model.communes.map((c) => ({ name: c.name, n: grid.number(c.row, col) ?? 0 })).filter((t) => t.n > 0);
    if (targets.length === 0) continue;
    const word = villageWord(grid, model, col);
    const total = targets.reduce((t, c) => t + c.n, 0);
    rows.push({
      ...base,
      content: `Phấn đấu ${total} ${word} ${kind}: ${targets.map((t) => `${named(t.name)} (${t.n} ${word})`).join(', ')}`,
      implementing: implementers(targets.map((t) => t.name)),
      coordinating: leadsOfVillages(context, role === 'model').join('; '),
      key: role === 'model' ? 'model-village' : 'village',
    });
  }
  if (rows.length === 0) return null;
  return { tt: '', title: `Thực hiện các chỉ tiêu xây dựng nông thôn mới${year ? ` năm ${year}` : ''} theo xã`, rows };
}
