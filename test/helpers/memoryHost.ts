import type { WorkbookHost } from '../../src/taskpane/host';
import { applyPlanToSnapshot } from '../../src/domain/fill/applyToSnapshot';
import { cellWrites } from '../../src/domain/fill/cells';
import type { WritePlan } from '../../src/domain/fill/types';
import { shownFormula, undoConflicts, undoRecordOf, undoSnapshot, type UndoRecord } from '../../src/domain/fill/undo';
import type { SheetLayout } from '../../src/domain/appendix/layout';
import { GENERATED, type GeneratedKind } from '../../src/domain/appendix/generated';
import type { WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from './sheets';
import { a1 } from '../../src/domain/sheet/address';
import type { Template } from '../../src/domain/template/types';
import type { IgnoredFinding } from '../../src/domain/findings/ignored';

export type MemoryHost = WorkbookHost & {
  current: () => WorkbookSnapshot;
  goTo: jest.Mock;
  highlight: jest.Mock;
  clearHighlights: jest.Mock;
  applyPlan: jest.Mock;
  undo: jest.Mock;
  writeSheet: jest.Mock;
  insertTemplate: jest.Mock;
  removeSheets: jest.Mock;
  undoSheets: jest.Mock;
  insertChart: jest.Mock;
  writeConsolidation: jest.Mock;
  loadIgnored: jest.Mock;
  saveIgnored: jest.Mock;
};

/** A pane host over an in-memory workbook: what the pane writes is what it reads next. */
export function memoryHost(initial: WorkbookSnapshot, overrides: Partial<WorkbookHost> = {}): MemoryHost {
  let book = initial;
  // The findings ignored, as the workbook's settings part keeps them.
  let ignored: IgnoredFinding[] = [];
  // The generated sheets written last and the ones they replaced, for their undo.
  const written = new Map<GeneratedKind, string>();
  const replaced = new Map<GeneratedKind, WorkbookSnapshot['sheets'][number]>();
  return {
    current: () => book,
    read: jest.fn(async (onProgress?: (done: number, total: number) => void) => {
      onProgress?.(1, 1);
      return book;
    }),
    goTo: jest.fn(async () => undefined),
    highlight: jest.fn(async () => true),
    clearHighlights: jest.fn(async () => 0),
    applyPlan: jest.fn(async (plan: WritePlan) => {
      const undo = undoRecordOf(book, cellWrites(plan), plan.merges, []);
      book = applyPlanToSnapshot(book, plan);
      return { kept: [] as string[], undo };
    }),
    undo: jest.fn(async (record: UndoRecord) => {
      const changed = undoConflicts(record, (name, row, col) => {
        const at = book.sheets.find((s) => s.name === name)!;
        const [r, c] = [row - at.origin.row, col - at.origin.col];
        return shownFormula(at.values[r]?.[c] ?? null, at.formulas?.[r]?.[c] ?? null);
      });
      // Cells a person changed since are left, as the Excel host leaves them; the rest go back.
      const kept = record.cells.filter((c) => !changed.includes(`'${c.sheet}'!${a1(c.row, c.col)}`));
      book = undoSnapshot(book, { ...record, cells: kept });
      return { restored: kept.length, refused: changed, notesLeft: [] };
    }),
    removeSheets: jest.fn(async (names: readonly string[]) => {
      const present = names.filter((name) => book.sheets.some((s) => s.name === name));
      book = { ...book, sheets: book.sheets.filter((s) => !present.includes(s.name)) };
      return present;
    }),
    writeSheet: jest.fn(async (kind: GeneratedKind, layout: SheetLayout) => {
      const name = GENERATED[kind].title;
      const previous = book.sheets.find((s) => s.name === name);
      if (previous) replaced.set(kind, previous); else replaced.delete(kind);
      written.set(kind, name);
      book = { ...book, sheets: [...book.sheets.filter((s) => s.name !== name), sheet(name, layout.rows.map((r) => r.cells))] };
      return name;
    }),
    undoSheets: jest.fn(async (kinds: readonly GeneratedKind[]) => {
      const deleted: string[] = [];
      for (const kind of [...kinds].reverse()) {
        const name = written.get(kind);
        if (!name) continue;
        written.delete(kind);
        deleted.push(name);
        const previous = replaced.get(kind);
        book = { ...book, sheets: [...book.sheets.filter((s) => s.name !== name), ...(previous ? [previous] : [])] };
      }
      return deleted;
    }),
    insertTemplate: jest.fn(async (template: Template) => {
      book = { ...book, sheets: [...book.sheets, ...applyPlanToSnapshot({ sheets: template.sheets.map((s) => s.snapshot) }, template.plan).sheets] };
      return template.sheets.map((s) => s.snapshot.name);
    }),
    insertChart: jest.fn(async () => 'Biểu đồ tiêu chí'),
    writeConsolidation: jest.fn(async (template: Template) => {
      const names = template.sheets.map((s) => s.snapshot.name);
      const written = applyPlanToSnapshot({ sheets: template.sheets.map((s) => s.snapshot) }, template.plan).sheets;
      book = { ...book, sheets: [...book.sheets.filter((s) => !names.includes(s.name)), ...written] };
      return names;
    }),
    canHighlight: true,
    loadIgnored: jest.fn(async () => ignored),
    saveIgnored: jest.fn(async (list: readonly IgnoredFinding[]) => { ignored = [...list]; }),
    ...overrides,
  } as MemoryHost;
}
