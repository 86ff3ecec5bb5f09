import { rangeRef, ref } from '../sheet/refs';
import { SheetBuilder } from './grid';
import type { TemplateOptions, TemplateSheet } from './types';

export const TARGETS_SHEET = 'Chỉ tiêu theo tiêu chí';

/** Where the template takes each criterion's baseline and added count from, when they are linked. */
export type TargetLinks = { baseline: (criterion: number) => string; added: (criterion: number) => string };

/**
 * The per-criterion targets template: baseline, added, cumulative (formula), share (formula) and
 * lead for each criterion, the distribution of communes and the targeted average. With `links`
 * (the plan template) the baseline and added columns are formulas over the assignment sheet and
 * the number of communes is counted there.
 */
export function targetsTemplate(options: TemplateOptions, links?: TargetLinks): TemplateSheet {
  const { catalog, year } = options;
  const header = 4;
  const sheet = new SheetBuilder(TARGETS_SHEET)
    .set(0, 0, `CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI THEO TIÊU CHÍ NĂM ${year}`)
    .set(1, 0, `Bộ tiêu chí: ${catalog.title}`)
    .row(header, ['TT', 'Tiêu chí', `Đã đạt đến hết năm ${year - 1}`, `Phấn đấu thêm năm ${year}`, `Lũy kế cuối năm ${year}`, 'Tỷ lệ (%)', 'Cơ quan chủ trì']);
  if (!links) sheet.set(2, 0, 'Tổng số xã:').reach(2, 1);
  const computed: string[] = [];
  catalog.criteria.forEach((criterion, i) => {
    const row = header + 1 + i;
    sheet.row(row, [criterion.number, criterion.name]).reach(row, 6);
    if (links) {
      sheet.set(row, 2, 0, links.baseline(criterion.number)).set(row, 3, 0, links.added(criterion.number));
      computed.push(ref(row, 2), ref(row, 3));
    }
  });
  const lastCriterion = header + catalog.criteria.length;
  const groupsTop = lastCriterion + 2;
  catalog.groups.forEach((group, i) => sheet.set(groupsTop + i, 1, `Số xã đạt ${group.label} tiêu chí`).reach(groupsTop + i, 5));
  const averageRow = groupsTop + catalog.groups.length;
  sheet.set(averageRow, 1, 'Bình quân tiêu chí/xã (mục tiêu)').reach(averageRow, 4);
  const inputs = [
    ...(links ? [] : [rangeRef(2, 1, 2, 1), rangeRef(header + 1, 2, lastCriterion, 3)]),
    rangeRef(header + 1, 6, lastCriterion, 6),
    rangeRef(groupsTop, 4, averageRow, 4),
  ];
  return {
    snapshot: sheet.snapshot(),
    inputs,
    computed,
    validations: [
      ...(links ? [] : [{ range: rangeRef(2, 1, 2, 1), type: 'whole' as const, min: 1 }, { range: rangeRef(header + 1, 2, lastCriterion, 3), type: 'whole' as const, min: 0 }]),
      { range: rangeRef(groupsTop, 4, groupsTop + catalog.groups.length - 1, 4), type: 'whole', min: 0 },
      { range: rangeRef(averageRow, 4, averageRow, 4), type: 'decimal', min: 0 },
    ],
    widths: [5, 44, 14, 14, 14, 10, 28],
    // Wider than A4 portrait: printed landscape, one page wide.
    landscape: true,
    titleRows: [0],
    headerRows: [header],
    freezeRows: header + 1,
  };
}
