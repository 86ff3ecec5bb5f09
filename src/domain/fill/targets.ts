import { readStated } from '../sheet/stated';
import type { Grid } from '../sheet/grid';
import type { TargetsModel } from '../recognize/models';
import { inPercentUnits } from '../sheet/shareUnits';
import { denominatorOf, type Denominator } from './denominator';
import { noRoom, type FillContext } from './context';
import { countNames, shareOf, sumOf } from './formulas';
import { FILL_LABELS } from './labels';
import { FORMAT, isTextNumber, type Target } from './place';
import { ref, refsOf } from '../sheet/refs';

function putShare(context: FillContext, target: Target, countCol: number, den: Denominator, inPercent: boolean): void {
  const { grid, out } = context;
  const blankAsZero = context.blankInputs === 'zero' && grid.isBlank(target.row, countCol) ? 0 : undefined;
  const count = out.plannedValue(target.row, countCol) ?? readStated(grid, target.row, countCol)?.value ?? blankAsZero;
  // The count's own formula could not be written (its inputs are texts): neither can its share's.
  if (count === undefined && out.skippedFor(target.row, countCol) === 'text-number') return out.skip(target, 'text-number');
  if (count === undefined) return;
  if (typeof grid.value(target.row, countCol) === 'string') return out.skip(target, 'text-number');
  if (!den) return out.skip(target, 'no-denominator');
  const value = den.value ? count / den.value : 0;
  out.put({
    ...target,
    formula: shareOf(ref(target.row, countCol), den.ref, inPercent ? 'percent-units' : 'fraction'),
    value: inPercent ? value * 100 : value,
    numberFormat: inPercent ? FORMAT.shareUnits : FORMAT.share,
  });
}

function putEnd(context: FillContext, grid: Grid, model: TargetsModel, row: number, key: string): void {
  const { baseline, added, cumulative } = model.cols;
  if (baseline === undefined || added === undefined || cumulative === undefined) return;
  const zero = (col: number) => (context.blankInputs === 'zero' && grid.isBlank(row, col) ? { value: 0 } : null);
  const base = readStated(grid, row, baseline) ?? zero(baseline);
  const plus = readStated(grid, row, added) ?? zero(added);
  if (!base || !plus) return;
  const target = { row, col: cumulative, role: 'criterion.end' as const, key };
  if (isTextNumber(grid, row, baseline) || isTextNumber(grid, row, added)) return context.out.skip(target, 'text-number');
  const integral = Number.isInteger(base.value) && Number.isInteger(plus.value);
  context.out.put({ ...target, formula: `=${ref(row, baseline)}+${ref(row, added)}`, value: base.value + plus.value, numberFormat: integral ? FORMAT.count : FORMAT.average });
}

/** A whole's count beside its groups' ("Toàn tỉnh (74 xã)" over the groups): their sum. */
function putSplit(context: FillContext, split: NonNullable<TargetsModel['split']>, row: number, key: string): void {
  const { grid, out } = context;
  const target = { row, col: split.total, role: 'table.sum' as const, key };
  if (split.parts.some((col) => isTextNumber(grid, row, col))) return out.skip(target, 'text-number');
  const values = split.parts.map((col) => readStated(grid, row, col)?.value ?? (context.blankInputs === 'zero' && grid.isBlank(row, col) ? 0 : undefined));
  if (values.some((value) => value === undefined)) return;
  out.put({ ...target, formula: sumOf(refsOf(split.parts.map((col) => ({ row, col })))), value: values.reduce((t: number, v) => t + v!, 0), numberFormat: FORMAT.count });
}

/**
 * Targets: the cumulative count (`criterion.end` = baseline + added) and every share
 * (`criterion.percent`, `group.percent`) of the number of communes (`summary.communes`).
 */
export function fillTargets(context: FillContext, model: TargetsModel): void {
  const { grid } = context;
  // Shares that each state their communes in the header need no number of communes of the table's.
  const den = model.shares.some((s) => s.whole === undefined) || model.groups.some((g) => g.shareCol !== undefined) ? denominatorOf(context, (names, value) => {
    // The count goes directly under the table; with no room there (a signature block, notes), the shares divide by the number itself.
    const room = context.newRows(1, Math.max(...model.rows.map((r) => r.row), ...model.groups.map((g) => g.row), model.groupsTotalRow ?? -1));
    if (!room.rows) { noRoom(context, room, [FILL_LABELS.communes]); return String(value); }
    const row = room.rows[0];
    context.out.put({ row, col: model.cols.criterion, role: 'label', text: FILL_LABELS.communes });
    const at = model.cols.criterion + 1;
    context.out.put({ row, col: at, role: 'summary.communes', formula: countNames(names), value, numberFormat: FORMAT.count });
    return ref(row, at, true);
  }) : null;
  const unitsCol = model.cols.units;
  for (const { row, key, communes } of model.rows) {
    putEnd(context, grid, model, row, key);
    if (model.split) putSplit(context, model.split, row, key);
    if (!communes) continue;
    // A row that states its own number of communes ("Tổng số xã" on every row) divides by it, as the check does.
    const own = unitsCol !== undefined && !isTextNumber(grid, row, unitsCol) ? readStated(grid, row, unitsCol) : null;
    const whole: Denominator = own && !own.nil && own.value > 0 ? { ref: ref(row, unitsCol!), value: own.value } : den;
    for (const share of model.shares) {
      const inPercent = inPercentUnits(grid, share.col, [...model.rows.map((r) => r.row), ...model.groups.map((g) => g.row)], model.header);
      // A share under a header stating its communes ("Xã nhóm 2 (40 xã)") divides by them, as the check does.
      const stated: Denominator = share.whole !== undefined && whole === den ? { ref: String(share.whole), value: share.whole } : whole;
      putShare(context, { row, col: share.col, role: 'criterion.percent', key }, share.of, stated, inPercent);
    }
  }
  // The distribution's totals row: the sum of its groups.
  if (model.groupsTotalRow !== undefined && model.groups.length > 0) {
    const countCol = model.groups[0].countCol;
    const parts = model.groups.filter((g) => g.countCol === countCol).map((g) => g.row);
    const target = { row: model.groupsTotalRow, col: countCol, role: 'group.count' as const, key: 'tong-so-xa' };
    const values = parts.map((row) => readStated(grid, row, countCol));
    if (parts.some((row) => isTextNumber(grid, row, countCol))) context.out.skip(target, 'text-number');
    else if (values.every((v) => v !== null)) context.out.put({ ...target, formula: sumOf(refsOf(parts.map((row) => ({ row, col: countCol })))), value: values.reduce((t, v) => t + v!.value, 0), numberFormat: FORMAT.count });
  }
  // With no number of communes stated, the groups' shares are of their totals row, as the check takes them.
  const totalOf = (countCol: number): Denominator => {
    const row = model.groupsTotalRow;
    if (den || row === undefined) return den;
    const value = context.out.plannedValue(row, countCol) ?? readStated(grid, row, countCol)?.value;
    return value === undefined || isTextNumber(grid, row, countCol) ? null : { ref: ref(row, countCol, true), value };
  };
  for (const group of model.groups) {
    if (group.shareCol === undefined) continue;
    const inPercent = inPercentUnits(grid, group.shareCol, model.groups.map((g) => g.row), model.header);
    putShare(context, { row: group.row, col: group.shareCol, role: 'group.percent', key: group.label }, group.countCol, totalOf(group.countCol), inPercent);
  }
}
