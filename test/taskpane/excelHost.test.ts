/**
 * Every batch the pane sends waits for the user to leave a cell they are editing, instead of failing.
 */
import { excelHost } from '../../src/taskpane/excelHost';

describe('the Excel host', () => {
  const calls: unknown[] = [];
  beforeAll(() => {
    (globalThis as unknown as { Excel: unknown }).Excel = { run: (options: unknown) => { calls.push(options); return Promise.resolve(undefined); } };
    (globalThis as unknown as { Office: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
  });
  afterAll(() => {
    delete (globalThis as unknown as { Excel?: unknown }).Excel;
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });

  test('runs each of its batches with delayForCellEdit', async () => {
    const host = excelHost();
    const empty = { cells: [], merges: [], notes: [] };
    const template = { sheets: [], plan: { writes: [], merges: [], skipped: [], refused: [], ignored: [] } };
    await host.read(() => undefined);
    await host.goTo('Giao', 'C5');
    await host.highlight?.([]);
    await host.clearHighlights?.();
    await host.insertChart?.([]).catch(() => undefined);
    await host.applyPlan(template.plan);
    await host.undo?.(empty);
    await host.writeSheet('appendix', { rows: [], merges: [], widths: [], headerRow: 1, heights: [] }).catch(() => undefined);
    await host.undoSheets?.(['appendix']);
    await host.insertTemplate(template).catch(() => undefined);
    await host.removeSheets?.([]);
    await host.writeConsolidation(template);
    expect(calls).toEqual(Array(12).fill({ delayForCellEdit: true }));
  });
});
