import type { CriterionProgress } from '../../domain/report/progress';
import type { SheetLayout } from '../../domain/appendix/layout';
import { GENERATED } from '../../domain/appendix/generated';
import { writeGeneratedSheet, type GeneratedUndo } from './writeGeneratedSheet';
import { officeSupports, type Supports } from './requirements';
import { requestBytes } from './payload';

/** The chart's data as a generated sheet: criterion, communes meeting it now, at year end. */
export function progressLayout(rows: readonly CriterionProgress[]): SheetLayout {
  return {
    rows: [
      { kind: 'header', cells: ['Tiêu chí', 'Số xã đạt hiện nay', 'Số xã đạt cuối năm'] },
      ...rows.map((r) => ({ kind: 'task' as const, cells: [`${r.number}. ${r.name}`, String(r.now), String(r.end)] })),
    ],
    merges: [],
    widths: [40, 16, 16],
    headerRow: 1,
    heights: [],
  };
}

/**
 * Inserts a native Excel chart of communes meeting each criterion now and at year end, on a
 * generated sheet "Biểu đồ tiêu chí" (replaced when inserted again; see writeGeneratedSheet): the
 * counts go in as numbers and the chart is added with the sheet's content, before the sheet takes
 * its name.
 */
export async function insertProgressChart(context: Excel.RequestContext, rows: readonly CriterionProgress[], supports: Supports = officeSupports): Promise<GeneratedUndo> {
  const layout = progressLayout(rows);
  return writeGeneratedSheet(context, GENERATED.chart, layout, supports, (id) => [{
    bytes: requestBytes(4, 6, [id, rows.map((r) => [r.now, r.end]), rows.map(() => ['0', '0'])]),
    queue: () => {
      const sheet = context.workbook.worksheets.getItem(id);
      const data = sheet.getRangeByIndexes(1, 1, rows.length, 2);
      data.numberFormat = rows.map(() => ['0', '0']);
      data.values = rows.map((r) => [r.now, r.end]);
      const chart = sheet.charts.add(Excel.ChartType.barClustered, sheet.getRangeByIndexes(0, 0, rows.length + 1, 3), Excel.ChartSeriesBy.columns);
      chart.title.text = 'Số xã đạt từng tiêu chí: hiện nay và cuối năm';
      chart.setPosition('E2', 'O30');
    },
  }]);
}
