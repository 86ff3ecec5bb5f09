import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import type { Catalog } from '../catalog/schema';
import { comparable, indicatorsWithThresholds, meetsThreshold, percentUnitsIn } from '../catalog/thresholds';
import type { StatedThreshold } from '../analysis/statedThresholds';
import { communeGroupOf } from '../text/communeGroup';
import { readMark } from '../text/legend';
import { fold } from '../text/fold';
import { statusAt, tallyAssignment } from '../tally/assignment';
import type { AssignmentModel } from '../recognize/models';
import type { Table } from '../table/types';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

/** Words too common in indicators' and criteria's names to tie one to the other. */
const COMMON = new Set(['ty le', 'ti le', 'nguoi dan', 'tham gia', 'dat chuan', 'nong thon', 'theo quy', 'quy dinh', 'xa hoi', 'tren dia', 'dia ban', 'so ho', 'ho gia', 'gia dinh']);
const COMMON_WORDS = new Set(['nguoi', 'chuan', 'theo', 'thon', 'dinh', 'tong', 'duoc', 'trong', 'nhung', 'chung']);

/** A column's header as a threshold's subject reads it: folded, without its unit or its code. */
const headerWords = (title: string) => fold(title, '.').replace(/^(\d{1,2}(\.\d{1,2})?|(chi tieu|tieu chi|tc)\s*\d{1,2}(\.\d{1,2})?)[.\s]*/, '').replace(/\s*%\s*$/, '').replace(/\s+(nam|den nam)\s+20\d\d$/, '').trim();

type Target = { col: number; name: string; criterion?: number; code?: string };

/** The criterion whose name shares a distinctive word or pair of words with an indicator's ("hộ nghèo" → "Giảm nghèo …"), when exactly one does. */
function criterionByWords(catalog: Catalog, words: string): number | undefined {
  const tokens = words.split(' ');
  const keys = [
    ...tokens.filter((t) => t.length >= 5 && !COMMON_WORDS.has(t)),
    ...tokens.slice(1).map((t, i) => `${tokens[i]} ${t}`).filter((pair) => !COMMON.has(pair)),
  ];
  const matching = catalog.criteria.filter((criterion) => {
    const name = ` ${fold(criterion.name)} `;
    return keys.some((key) => name.includes(` ${key} `));
  });
  return matching.length === 1 ? matching[0].number : undefined;
}

/** A column a threshold may be of: its header, and the indicator code it is known by. */
type Candidate = { col: number; title: string; code?: string };

/**
 * The column a stated threshold is of: the indicator it names by code, else the one column whose
 * header is its subject (or holds it), else — a line naming nothing — the table's only indicator.
 * Null when none, or more than one, fits.
 */
function targetOf(threshold: StatedThreshold, columns: readonly Candidate[], catalog: Catalog): Target | null {
  const named = (column: Candidate, criterion?: number): Target => ({
    col: column.col, name: column.title, code: column.code,
    criterion: criterion ?? (column.code ? Number(column.code.split('.')[0]) : undefined) ?? criterionByWords(catalog, headerWords(column.title)),
  });
  if (threshold.code) {
    const byCode = columns.filter((c) => c.code === threshold.code || fold(c.title, '.').startsWith(`${threshold.code} `) || fold(c.title, '.') === threshold.code);
    if (byCode.length === 1) return { ...named(byCode[0], threshold.criterion), code: threshold.code };
    if (byCode.length > 1) return null;
  }
  if (threshold.subject) {
    const bySubject = columns.filter((c) => {
      const words = headerWords(c.title);
      return words.length >= 8 && (words.includes(threshold.subject) || threshold.subject.includes(words));
    });
    return bySubject.length === 1 ? named(bySubject[0], threshold.criterion) : null;
  }
  // "Chỉ tiêu đạt chuẩn: ≥ 90%" over a table with one indicator: that indicator's.
  const indicators = columns.filter((c) => c.code !== undefined || /^(ty le|ti le)\b/.test(headerWords(c.title)));
  return indicators.length === 1 && !threshold.code ? named(indicators[0], threshold.criterion) : null;
}

/** A commune's row as the thresholds read it: its name, its group, and its mark on each criterion (by number). */
type CommuneLine = { row: number; name: string; group: 1 | 2 | 3 | undefined; mark(criterion: number): { col: number; met: boolean } | null };

/** Each commune marked met on the threshold's criterion whose indicator misses it: an error at the indicator. */
function judge(grid: Grid, threshold: StatedThreshold, target: Target, communes: readonly CommuneLine[], findings: FindingDraft[]): void {
  if (target.criterion === undefined) return;
  const percentUnits = percentUnitsIn(grid, target.name, communes.map((c) => c.row), target.col);
  for (const commune of communes) {
    const mark = commune.mark(target.criterion);
    if (!mark?.met || grid.isBlank(commune.row, target.col)) continue;
    // Thresholds per group, and no group said for this commune: nothing to compare with.
    const rule = (commune.group !== undefined ? threshold.byGroup[commune.group] : undefined) ?? threshold.byGroup.all;
    if (!rule) continue;
    const stated = readStated(grid, commune.row, target.col);
    if (!stated || stated.nil || meetsThreshold(stated, rule, percentUnits)) continue;
    findings.push({
      code: 'below-stated-threshold', sheet: grid.name, cell: a1(commune.row, target.col), key: commune.name,
      actual: comparable(stated, rule, percentUnits), expected: rule.text,
      params: {
        indicator: target.code ?? '', name: target.name, group: rule === threshold.byGroup.all ? undefined : commune.group,
        criterion: target.criterion, mark: a1(commune.row, mark.col), markText: grid.raw(commune.row, mark.col).trim(),
        source: threshold.cell, sourceText: threshold.text, percent: rule.percent ? 1 : undefined,
      },
    });
  }
}

const groupOf = (value: unknown) => {
  const group = communeGroupOf(value);
  return group === 1 || group === 2 || group === 3 ? group : undefined;
};

/** An assignment: criteria marked across, indicator columns beside them. */
function checkAssignment(grid: Grid, model: AssignmentModel, table: Table, thresholds: readonly StatedThreshold[], catalog: Catalog, findings: FindingDraft[]): void {
  // An indicator the catalog already gives thresholds for is checked against those (indicator-below-threshold).
  const fromCatalog = indicatorsWithThresholds(catalog);
  const taken = new Set([...model.criteria.map((c) => c.col), ...Object.values(model.summaries), ...Object.values(model.villages), model.communeCol, model.ttCol, model.groupCol, model.bandCol, model.goalCol, model.districtCol, model.formerCol]);
  const columns = table.columns.filter((c) => !taken.has(c.col)).map((c): Candidate => ({ col: c.col, title: c.title, code: model.indicators.find((i) => i.col === c.col)?.code }));
  const tally = tallyAssignment(grid, model);
  const communes = tally.communes.map((commune): CommuneLine => ({
    row: commune.row, name: commune.name, group: model.groupCol !== undefined ? groupOf(grid.value(commune.row, model.groupCol)) : undefined,
    mark(criterion) {
      const at = model.criteria.findIndex((c) => c.number === criterion);
      return at === -1 ? null : { col: model.criteria[at].col, met: statusAt(commune, at) === 'met' };
    },
  }));
  const seen = new Set<number>();
  for (const threshold of thresholds) {
    const target = targetOf(threshold, columns, catalog);
    if (!target || seen.has(target.col) || (target.code && fromCatalog.has(target.code))) continue;
    seen.add(target.col);
    judge(grid, threshold, target, communes, findings);
  }
}

/** The criterion a mark column's header names ("Đánh giá tiêu chí 6", "TC6", "6"). */
function criterionOfHeader(title: string): number | undefined {
  const match = /(?:^|\b(?:tieu chi|tc)\s*(?:so\s*)?)(\d{1,2})(?:$|\s)/.exec(fold(title));
  return match ? Number(match[1]) : undefined;
}

/**
 * A table of communes read by its relations (a roll-up): one or more indicator columns, a group column,
 * and the marks of a criterion ("Đánh giá tiêu chí 6": Đạt / Chưa đạt).
 */
function checkCommuneTable(grid: Grid, table: Table, thresholds: readonly StatedThreshold[], catalog: Catalog, planYear: number | undefined, findings: FindingDraft[]): void {
  if (table.orientation !== 'rows' || table.axis !== 'commune') return;
  const units = table.rows.filter((r) => r.role === 'unit');
  if (units.length === 0) return;
  const isMarks = (col: number) => {
    const filled = units.filter((r) => typeof grid.value(r.row, col) === 'string' && !grid.isBlank(r.row, col));
    const read = filled.filter((r) => ['met', 'not-met', 'basic'].includes(readMark(grid.value(r.row, col), planYear, table.legendMarks)));
    return filled.length >= units.length * 0.6 && read.length >= filled.length * 0.8;
  };
  const other = table.columns.filter((c) => c.col !== table.labelCol && c.col !== table.ttCol && !['tt', 'label', 'group', 'note'].includes(c.meaning));
  const marks = other.filter((c) => isMarks(c.col));
  if (marks.length === 0) return;
  const group = table.columns.find((c) => c.meaning === 'group');
  const columns = other.filter((c) => !marks.includes(c)).map((c): Candidate => ({ col: c.col, title: c.title, code: /^(\d{1,2}\.\d{1,2})\b/.exec(fold(c.title, '.'))?.[1] }));
  const markOf = (criterion: number) => marks.find((m) => criterionOfHeader(m.title) === criterion) ?? (marks.length === 1 && criterionOfHeader(marks[0].title) === undefined ? marks[0] : undefined);
  const communes = units.map((row): CommuneLine => ({
    row: row.row, name: row.label, group: group ? groupOf(grid.value(row.row, group.col)) : undefined,
    mark(criterion) {
      const column = markOf(criterion);
      return column ? { col: column.col, met: readMark(grid.value(row.row, column.col), planYear, table.legendMarks) === 'met' } : null;
    },
  }));
  const seen = new Set<number>();
  for (const threshold of thresholds) {
    const target = targetOf(threshold, columns, catalog);
    if (!target || seen.has(target.col)) continue;
    seen.add(target.col);
    // A table about one criterion: its indicator belongs to it when the words cannot tell.
    const only = marks.length === 1 ? criterionOfHeader(marks[0].title) : undefined;
    judge(grid, threshold, { ...target, criterion: target.criterion ?? only }, communes, findings);
  }
}

/**
 * below-stated-threshold: a commune's indicator misses a threshold the table states in its subtitle,
 * legend or notes ("(Ngưỡng đạt: tỷ lệ hộ nghèo ≤ 3%)", "≤ 1% (nhóm 1), ≤ 3% (nhóm 2) …") while the
 * criterion it belongs to is marked met: an error at the indicator naming the mark and the line. In an
 * assignment (criteria marked across) and in a table of communes with a criterion's marks.
 */
export const statedThresholdsCheck: Check = {
  id: 'stated-thresholds',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model, table, view } of viewsOf(context, 'assignment')) {
      if (view.thresholds?.length) checkAssignment(grid, model, table, view.thresholds, context.catalog, findings);
    }
    for (const { grid, model, view } of viewsOf(context, 'table')) {
      if (!view.thresholds?.length) continue;
      for (const { table, family } of model.tables) {
        if (family !== 'self-assessment' && family !== 'responsibility-matrix') checkCommuneTable(grid, table, view.thresholds, context.catalog, context.planYear, findings);
      }
    }
    return findings;
  },
};
