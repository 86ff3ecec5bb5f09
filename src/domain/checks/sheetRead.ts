import { a1, columnLetters } from '../sheet/address';
import type { FindingDraft, FindingParams } from '../findings/codes';
import type { SheetModel } from '../recognize/models';
import type { Check } from './context';
import { communesFor } from '../analysis/communes';

const letter = (col: number | undefined) => (col === undefined ? undefined : columnLetters(col));

/** What a kind reader understood of its sheet, as params: counts of what it read, the letters of its columns. */
function understood(model: Exclude<SheetModel, { kind: 'table' }>): FindingParams {
  switch (model.kind) {
    case 'targets':
      return {
        criteria: model.rows.filter((row) => row.ref && !row.ref.indicator).length,
        lines: model.rows.filter((row) => row.key !== 'binh-quan' && !(row.ref && !row.ref.indicator)).length || undefined, groups: new Set(model.groups.map((g) => g.row)).size || undefined, baseline: letter(model.cols.baseline), added: letter(model.cols.added),
        cumulative: letter(model.cols.cumulative), share: model.shares.map((s) => columnLetters(s.col)).join(', ') || undefined,
        groupsTotal: model.groupsTotalRow !== undefined ? model.groupsTotalRow + 1 : undefined,
      };
    case 'assignment':
      return {
        communes: model.communes.length, criteria: model.criteria.length, indicators: model.indicators.length || undefined,
        group: letter(model.groupCol), former: letter(model.formerCol), totals: model.totals.length || undefined,
      };
    case 'funding':
      return {
        items: model.items.filter((item) => item.role !== 'among').length, levels: Math.max(0, ...model.items.map((item) => item.level)) + 1,
        amount: letter(model.cols.amount), total: model.totalRow === undefined ? undefined : model.totalRow + 1,
      };
    case 'tasks':
      return {
        tasks: model.rows.filter((row) => row.kind === 'task').length, sections: model.rows.filter((row) => row.kind === 'section').length,
        implementing: letter(model.cols.implementing), coordinating: letter(model.cols.coordinating), timeline: letter(model.cols.timeline),
      };
    case 'responsibility':
      return { agencies: new Set(model.rows.map((row) => row.agency)).size, codes: new Set(model.rows.flatMap((row) => row.codes.map((code) => code.code))).size };
  }
}

/**
 * One info per sheet read by a kind reader saying what it understood (as `table-read` does for the
 * table families), so a user sees at once when a sheet was misread.
 */
export const sheetReadCheck: Check = {
  id: 'sheet-read',
  run(context) {
    const findings: FindingDraft[] = [];
    for (const view of context.sheets.flatMap((sheet) => sheet.views)) {
      const { grid, model } = view;
      if (model.kind === 'table') continue;
      const communes = model.kind === 'targets' ? communesFor(context, view) : undefined;
      const from = communes ? { communes: communes.value, communesFrom: communes.source.kind, communesAt: 'cell' in communes.source ? communes.source.cell : 'range' in communes.source ? `${communes.source.sheet}!${communes.source.range}` : undefined } : {};
      findings.push({ code: 'sheet-read', sheet: grid.name, cell: a1(model.header.top, view.table.body.left), key: model.kind, params: { kind: model.kind, ...understood(model), ...from, thresholds: model.kind === 'assignment' && view.thresholds ? [...new Set(view.thresholds.map((t) => t.cell))].join(', ') : undefined } });
    }
    return findings;
  },
};
