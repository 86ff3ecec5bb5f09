import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { readStated } from '../sheet/stated';
import type { FindingDraft } from '../findings/codes';
import type { Catalog, Indicator } from '../catalog/schema';
import { comparable, indicatorsWithThresholds, meetsThreshold, percentUnitsIn, thresholdFor, type Threshold } from '../catalog/thresholds';
import { communeGroupOf } from '../text/communeGroup';
import { classifyMark } from '../text/marks';
import { statusAt, tallyAssignment } from '../tally/assignment';
import type { AssignmentModel } from '../recognize/models';
import type { Check } from './context';
import { viewsOf } from '../analysis/select';

type Group = 1 | 2 | 3;

/** The group whose thresholds apply to a commune: its own, or any when the catalog's thresholds do not differ by group. */
function groupOf(grid: Grid, model: AssignmentModel, row: number, indicator: Indicator): Group | null {
  const own = model.groupCol !== undefined ? communeGroupOf(grid.value(row, model.groupCol)) : null;
  if (own === 1 || own === 2 || own === 3) return own;
  if (own === 'invalid') return null;
  const texts = ([1, 2, 3] as const).map((g) => indicator.thresholds?.[`nhom-${g}`]);
  return texts.every((t) => t !== undefined && t === texts[0]) ? 1 : null;
}

/** Whether a value meets a threshold; null for a blank or a value that says nothing comparable. */
function meets(grid: Grid, row: number, col: number, threshold: Threshold, planYear: number | undefined, percentUnits: boolean): boolean | null {
  if (grid.isBlank(row, col)) return null;
  if (threshold.kind === 'met') {
    const status = classifyMark(grid.value(row, col), planYear);
    return status === 'invalid' ? null : status === 'met';
  }
  const stated = readStated(grid, row, col);
  return stated ? meetsThreshold(stated, threshold, percentUnits) : null;
}

/** The value as the threshold reads it: a share in percent units whatever its typing, a mark as typed. */
function shown(grid: Grid, row: number, col: number, threshold: Threshold, percentUnits: boolean): string | number {
  if (threshold.kind === 'met') return grid.raw(row, col).trim();
  const stated = readStated(grid, row, col);
  return stated ? comparable(stated, threshold, percentUnits) : grid.raw(row, col).trim();
}

function checkSheet(grid: Grid, model: AssignmentModel, catalog: Catalog, findings: FindingDraft[]): void {
  const withThresholds = indicatorsWithThresholds(catalog);
  const columns = model.indicators.filter(({ code }) => withThresholds.has(code));
  if (columns.length === 0) return;
  const tally = tallyAssignment(grid, model);
  // A column of rates in percent units ("(%)", or a rate above 1 in it): 0,8 there is 0,8 %, not 80 %.
  const header = (col: number) => Array.from({ length: model.header.bottom - model.header.top + 1 }, (_, i) => grid.raw(model.header.top + i, col)).join(' ');
  const percentUnits = new Map(columns.map(({ col }) => [col, percentUnitsIn(grid, header(col), tally.communes.map((c) => c.row), col)]));
  for (const commune of tally.communes) {
    // Per criterion: indicators read and whether all of them were met.
    const seen = new Map<number, { read: Set<string>; failed: boolean }>();
    for (const { col, code } of columns) {
      const indicator = withThresholds.get(code)!;
      const group = groupOf(grid, model, commune.row, indicator);
      const threshold = group === null ? null : thresholdFor(indicator, group);
      if (group === null || !threshold) continue;
      const ok = meets(grid, commune.row, col, threshold, model.planYear, percentUnits.get(col)!);
      if (ok === null) continue;
      const number = Number(code.split('.')[0]);
      const state = seen.get(number) ?? { read: new Set<string>(), failed: false };
      seen.set(number, state);
      state.read.add(code);
      if (ok) continue;
      state.failed = true;
      const at = model.criteria.findIndex((c) => c.number === number);
      if (at === -1 || statusAt(commune, at) !== 'met') continue;
      findings.push({
        code: 'indicator-below-threshold', sheet: grid.name, cell: a1(commune.row, col), key: commune.name,
        actual: shown(grid, commune.row, col, threshold, percentUnits.get(col)!), expected: threshold.text,
        params: { indicator: code, name: indicator.name, group, criterion: number, mark: a1(commune.row, model.criteria[at].col) },
      });
    }
    // A criterion is met when all its indicators are: every one read and met, yet marked "chưa đạt".
    for (const [number, state] of seen) {
      const criterion = catalog.criteria.find((c) => c.number === number);
      const at = model.criteria.findIndex((c) => c.number === number);
      if (!criterion || at === -1 || state.failed || criterion.indicators.some((i) => !state.read.has(i.code))) continue;
      const markCol = model.criteria[at].col;
      if (statusAt(commune, at) !== 'not-met' || grid.isBlank(commune.row, markCol)) continue;
      findings.push({
        code: 'indicators-met-marked-not', sheet: grid.name, cell: a1(commune.row, markCol), key: commune.name,
        actual: grid.raw(commune.row, markCol).trim(), params: { criterion: number, indicators: criterion.indicators.length },
      });
    }
  }
}

/**
 * indicator-below-threshold: a commune's indicator value (a column "6.1" or the indicator's name)
 * misses the threshold of the commune's group while the criterion is marked met — at the value's
 * cell. indicators-met-marked-not: every indicator of a criterion read and met, the criterion marked
 * "chưa đạt" — at the mark. Thresholds come from the catalog (its JSON or the "Danh mục tiêu chí"
 * sheet's Nhóm 1 | Nhóm 2 | Nhóm 3 columns).
 */
export const indicatorThresholdsCheck: Check = {
  id: 'indicator-thresholds',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const { grid, model } of viewsOf(context, 'assignment')) checkSheet(grid, model, context.catalog, findings);
    return findings;
  },
};
