import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import type { Catalog } from '../catalog/schema';
import { comparable, indicatorsWithThresholds, meetsThreshold, percentUnitsIn } from '../catalog/thresholds';
import type { StatedThreshold } from '../analysis/statedThresholds';
import { communeGroupOf } from '../text/communeGroup';
import { fold } from '../text/fold';
import { tallyAssignment } from '../tally/assignment';
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

/**
 * The column a stated threshold is of: the indicator it names by code, else the one column whose
 * header is its subject (or holds it), else — a line naming nothing — the table's only indicator.
 * Null when none, or more than one, fits.
 */
function targetOf(threshold: StatedThreshold, model: AssignmentModel, table: Table, catalog: Catalog): Target | null {
  const marks = new Set([...model.criteria.map((c) => c.col), ...Object.values(model.summaries), ...Object.values(model.villages), model.communeCol, model.ttCol, model.groupCol, model.bandCol, model.goalCol, model.districtCol, model.formerCol]);
  const columns = table.columns.filter((c) => !marks.has(c.col));
  const coded = (col: number) => model.indicators.find((i) => i.col === col)?.code;
  const named = (column: (typeof columns)[number], criterion?: number): Target => {
    const code = coded(column.col);
    const words = headerWords(column.title);
    return { col: column.col, name: column.title, code, criterion: criterion ?? (code ? Number(code.split('.')[0]) : undefined) ?? criterionByWords(catalog, words) };
  };
  if (threshold.code) {
    const byCode = columns.filter((c) => coded(c.col) === threshold.code || fold(c.title, '.').startsWith(`${threshold.code} `) || fold(c.title, '.') === threshold.code);
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
  const indicators = columns.filter((c) => coded(c.col) !== undefined || /^(ty le|ti le)\b/.test(headerWords(c.title)));
  return indicators.length === 1 && !threshold.code ? named(indicators[0], threshold.criterion) : null;
}

function checkView(grid: Grid, model: AssignmentModel, table: Table, thresholds: readonly StatedThreshold[], catalog: Catalog, findings: FindingDraft[]): void {
  // An indicator the catalog already gives thresholds for is checked against those (indicator-below-threshold).
  const fromCatalog = indicatorsWithThresholds(catalog);
  const tally = tallyAssignment(grid, model);
  const seen = new Set<number>();
  for (const threshold of thresholds) {
    const target = targetOf(threshold, model, table, catalog);
    if (!target || seen.has(target.col) || (target.code && fromCatalog.has(target.code))) continue;
    seen.add(target.col);
    const at = model.criteria.findIndex((c) => c.number === target.criterion);
    if (at === -1) continue;
    const percentUnits = percentUnitsIn(grid, target.name, tally.communes.map((c) => c.row), target.col);
    for (const commune of tally.communes) {
      if (commune.statuses[at] !== 'met' || grid.isBlank(commune.row, target.col)) continue;
      const group = model.groupCol !== undefined ? communeGroupOf(grid.value(commune.row, model.groupCol)) : null;
      const which = group === 1 || group === 2 || group === 3 ? group : undefined;
      // Thresholds per group, and no group said for this commune: nothing to compare with.
      const rule = (which !== undefined ? threshold.byGroup[which] : undefined) ?? threshold.byGroup.all;
      if (!rule) continue;
      const stated = readStated(grid, commune.row, target.col);
      if (!stated || stated.nil || meetsThreshold(stated, rule, percentUnits)) continue;
      const mark = a1(commune.row, model.criteria[at].col);
      findings.push({
        code: 'below-stated-threshold', sheet: grid.name, cell: a1(commune.row, target.col), key: commune.name,
        actual: comparable(stated, rule, percentUnits), expected: rule.text,
        params: {
          indicator: target.code ?? '', name: target.name, group: rule === threshold.byGroup.all ? undefined : which,
          criterion: target.criterion, mark, markText: grid.raw(commune.row, model.criteria[at].col).trim(),
          source: threshold.cell, sourceText: threshold.text, percent: rule.percent ? 1 : undefined,
        },
      });
    }
  }
}

/**
 * below-stated-threshold: a commune's indicator misses a threshold the table states in its subtitle,
 * legend or notes ("(Ngưỡng đạt: tỷ lệ hộ nghèo ≤ 3%)", "≤ 1% (nhóm 1), ≤ 3% (nhóm 2) …") while the
 * criterion it belongs to is marked met: an error at the indicator naming the mark and the line.
 */
export const statedThresholdsCheck: Check = {
  id: 'stated-thresholds',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model, table, view } of viewsOf(context, 'assignment')) {
      if (view.thresholds?.length) checkView(grid, model, table, view.thresholds, context.catalog, findings);
    }
    return findings;
  },
};
