import ExcelJS from 'exceljs';
import type { SheetSnapshot, WorkbookSnapshot } from '../../domain/sheet/snapshot';
import type { WritePlan } from '../../domain/fill/types';
import { cellWrites } from '../../domain/fill/cells';
import { undoConflicts, undoRecordOf, shownFormula, type UndoRecord } from '../../domain/fill/undo';
import { fingerprint } from '../../domain/sheet/fingerprint';
import { GENERATED, type GeneratedKind } from '../../domain/appendix/generated';
import type { SheetLayout } from '../../domain/appendix/layout';
import type { Template } from '../../domain/template/types';
import { freeSheetNames, renameSheets } from '../../domain/template/rename';
import type { IgnoredFinding } from '../../domain/findings/ignored';
import { fastSnapshot, FastReadUnsupported } from '../../hosts/xlsx/fastSnapshot';
import { loadXlsx, snapshotOfWorkbook, snapshotOfWorksheet, WorkbookReadError } from '../../hosts/xlsx/readSnapshot';
import { sniffFormat, type FileFormat } from '../../hosts/xlsx/formats';
import { ConversionError, ENCRYPTED_REASON, toXlsxBytes } from '../../hosts/xlsx/convert';
import { applyPlanToWorkbook } from '../../hosts/xlsx/applyPlan';
import { markedSheet } from '../../hosts/xlsx/generatedSheet';
import { writeLayout } from '../../hosts/xlsx/writeLayout';
import { addTemplateToWorkbook } from '../../hosts/xlsx/writeTemplate';
import { writeConsolidation } from '../../hosts/xlsx/consolidation';
import { readIgnored, writeIgnored } from '../../hosts/xlsx/settingsPart';
import { WriteRefusedError } from '../../hosts/excel/applyPlan';
import type { UndoOutcome } from '../../hosts/excel/undo';
import { a1, parseA1 } from '../../domain/sheet/address';
import { breathe } from '../engine/compute';
import { cellState, restoreCell, type CellState } from '../../hosts/xlsx/cellState';
import type { Work } from '../engine/types';

/** A window of a sheet for the page's preview: the cells around a point, and the sheet's size. */
export type SheetWindow = { sheet: SheetSnapshot; rows: number; cols: number };

/** What the page shows of an opened workbook. */
export type OpenedInfo = { name: string; format: FileFormat; sheets: { name: string; rows: number; cols: number }[]; ignored: IgnoredFinding[] };


const PREVIEW_ROWS = 60;
const PREVIEW_COLS = 26;

/**
 * The workbook opened in the web page, inside the page's Web Worker: read straight from its XML for
 * the checks (fast), loaded into ExcelJS only when something is written, written back as an .xlsx.
 * Every write can be undone as in Excel: the cells a fill wrote get their values, formulas, formats,
 * looks and notes back; a generated sheet goes and the one it replaced comes back.
 */
export class FileSession {
  private workbook?: ExcelJS.Workbook;
  private snapshot: WorkbookSnapshot;
  /** Sheets written since the snapshot was read: read again from ExcelJS when asked. */
  private stale = new Set<string>();
  private befores = new Map<number, CellState[]>();
  private generated = new Map<GeneratedKind, { name: string; previous?: { model: ExcelJS.WorksheetModel; index: number } }>();
  private nextRecord = 1;
  /** Something was written since the file was read. */
  private written = false;
  ignored: IgnoredFinding[];

  private constructor(readonly name: string, readonly format: FileFormat, private bytes: Uint8Array | null, snapshot: WorkbookSnapshot, ignored: IgnoredFinding[], workbook?: ExcelJS.Workbook) {
    this.snapshot = snapshot;
    this.ignored = ignored;
    this.workbook = workbook;
  }

  /** Opens a file's bytes, whatever it was saved as; a WorkbookReadError says why it cannot. */
  static async open(bytes: Uint8Array, name: string, work?: Work): Promise<FileSession> {
    const { format, seems } = sniffFormat(bytes);
    if (format === 'encrypted') throw new WorkbookReadError(name, ENCRYPTED_REASON);
    if (format === 'other') throw new WorkbookReadError(name, `không phải sổ làm việc (${seems}); ntm-plan đọc tệp .xlsx, .xls, .ods và .csv`);
    work?.progress?.('open', 0, 1);
    let xlsx = bytes;
    if (format !== 'xlsx') {
      try {
        xlsx = await toXlsxBytes(bytes, format, name);
      } catch (error) {
        if (error instanceof ConversionError) throw new WorkbookReadError(name, error.message);
        throw error;
      }
    }
    await breathe(work);
    let snapshot: WorkbookSnapshot;
    let workbook: ExcelJS.Workbook | undefined;
    try {
      snapshot = await fastSnapshot(xlsx, name, { onProgress: (done, total) => work?.progress?.('read', done, total), pause: () => breathe(work) });
    } catch (error) {
      if (!(error instanceof FastReadUnsupported)) throw error;
      // What the fast reader does not handle, ExcelJS reads (and says why it cannot).
      work?.progress?.('read', 0, 0);
      workbook = await loadXlsx(xlsx, name);
      snapshot = snapshotOfWorkbook(workbook, name);
    }
    const ignored = await readIgnored(xlsx);
    return new FileSession(name, format, xlsx, snapshot, ignored, workbook);
  }

  /** A new, empty workbook (the province's consolidation of its communes' files). */
  static fresh(name: string): FileSession {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'ntm-plan';
    return new FileSession(name, 'xlsx', null, { name, sheets: [] }, [], workbook);
  }

  info(): OpenedInfo {
    const snapshot = this.current();
    return { name: this.name, format: this.format, ignored: this.ignored, sheets: snapshot.sheets.map((s) => ({ name: s.name, rows: s.values.length, cols: s.values[0]?.length ?? 0 })) };
  }

  /** The workbook as it is now, in snapshots (the sheets written since read again). */
  current(): WorkbookSnapshot {
    if (!this.workbook || this.stale.size === 0) return this.snapshot;
    const earlier = new Map(this.snapshot.sheets.map((s) => [s.name, s]));
    this.snapshot = { name: this.name, sheets: this.workbook.worksheets.map((ws) => (this.stale.has(ws.name) || !earlier.has(ws.name) ? snapshotOfWorksheet(ws) : earlier.get(ws.name)!)) };
    this.stale.clear();
    return this.snapshot;
  }

  /** The part of a sheet the preview shows: from its top, or around a cell. */
  preview(sheetName: string, around?: { row: number; col: number }): SheetWindow | null {
    const sheet = this.current().sheets.find((s) => s.name === sheetName);
    if (!sheet) return null;
    const rows = sheet.values.length;
    const cols = sheet.values[0]?.length ?? 0;
    const top = around ? Math.max(0, Math.min(around.row - sheet.origin.row - 20, rows - PREVIEW_ROWS)) : 0;
    const left = around ? Math.max(0, Math.min(around.col - sheet.origin.col - 5, cols - PREVIEW_COLS)) : 0;
    const cut = <T,>(grid: T[][] | undefined) => grid?.slice(top, top + PREVIEW_ROWS).map((row) => row.slice(left, left + PREVIEW_COLS));
    return {
      sheet: { name: sheet.name, origin: { row: sheet.origin.row + top, col: sheet.origin.col + left }, values: cut(sheet.values)!, formulas: cut(sheet.formulas), numberFormats: undefined, merges: [] },
      rows, cols,
    };
  }

  /** Loads the workbook into ExcelJS to write into it (once; a large workbook takes a while). */
  private async model(work?: Work): Promise<ExcelJS.Workbook> {
    if (!this.workbook) {
      work?.progress?.('prepare', 0, 0);
      await breathe(work);
      this.workbook = await loadXlsx(this.bytes!, this.name);
      await breathe(work);
    }
    return this.workbook;
  }

  private touched(names: Iterable<string>): void {
    this.written = true;
    for (const name of names) this.stale.add(name);
  }

  async applyPlan(plan: WritePlan, work?: Work): Promise<{ kept: string[]; undo: UndoRecord & { id: number } }> {
    const workbook = await this.model(work);
    const now = this.current();
    const changed = Object.entries(plan.basis ?? {}).filter(([sheet, print]) => {
      const current = now.sheets.find((s) => s.name === sheet);
      return !current || fingerprint(current) !== print;
    });
    if (changed.length > 0) throw new WriteRefusedError(changed.map(([sheet]) => sheet), 'changed');
    work?.progress?.('write', 0, 1);
    const writes = cellWrites(plan);
    const befores = writes.map((w) => cellState(workbook, w.sheet, w.row, w.col));
    applyPlanToWorkbook(workbook, plan);
    this.touched(writes.map((w) => w.sheet));
    const id = this.nextRecord++;
    this.befores.set(id, befores);
    work?.progress?.('write', 1, 1);
    return { kept: [], undo: { ...undoRecordOf(now, writes, plan.merges, []), id } };
  }

  /**
   * Puts back what a write changed, as the undo in Excel does: a cell a person changed since is left
   * as it is and named, every other cell gets back its value, formula, format, look and note; a merged
   * area the write added goes unless one of its cells was left.
   */
  async undo(record: UndoRecord & { id?: number }): Promise<UndoOutcome> {
    const workbook = await this.model();
    const now = this.current();
    const sheets = new Map(now.sheets.map((s) => [s.name, s]));
    const refused = undoConflicts(record, (name, row, col) => {
      const sheet = sheets.get(name);
      if (!sheet) return undefined;
      const [r, c] = [row - sheet.origin.row, col - sheet.origin.col];
      return shownFormula(sheet.values[r]?.[c] ?? null, sheet.formulas?.[r]?.[c] ?? null);
    });
    const left = new Set(refused);
    const isLeft = (place: { sheet: string; row: number; col: number }) => left.has(`'${place.sheet}'!${a1(place.row, place.col)}`);
    for (const merge of record.merges) {
      const corner = parseA1(merge.range.split(':')[0]);
      if (corner && isLeft({ sheet: merge.sheet, ...corner })) continue;
      workbook.getWorksheet(merge.sheet)?.unMergeCells(merge.range);
    }
    const befores = record.id !== undefined ? this.befores.get(record.id) : undefined;
    if (befores) {
      for (const before of befores) if (!isLeft(before)) restoreCell(workbook, before);
      this.befores.delete(record.id!);
    } else {
      for (const c of record.cells) {
        if (isLeft(c)) continue;
        restoreCell(workbook, { sheet: c.sheet, row: c.row, col: c.col, style: JSON.stringify({ numFmt: c.before.numberFormat }), value: c.before.formula ? { formula: c.before.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue : (c.before.value as ExcelJS.CellValue) });
      }
    }
    this.touched(record.cells.map((c) => c.sheet));
    return { restored: record.cells.length - refused.length, refused, notesLeft: [] };
  }

  /** Writes a generated sheet; the one generated before goes, kept aside for the undo. */
  async writeSheet(kind: GeneratedKind, layout: SheetLayout, work?: Work): Promise<string> {
    const workbook = await this.model(work);
    const { definedName, title } = GENERATED[kind];
    const previousName = markedSheet(workbook, definedName);
    const old = previousName ? workbook.getWorksheet(previousName) : undefined;
    let name: string = title;
    let previous: { model: ExcelJS.WorksheetModel; index: number } | undefined;
    if (old) {
      name = old.name;
      previous = { model: structuredClone(old.model), index: workbook.worksheets.indexOf(old) };
      workbook.definedNames.remove(`'${old.name.replace(/'/g, "''")}'!$A$1`, definedName);
      workbook.removeWorksheet(old.id);
    } else {
      for (let n = 2; workbook.getWorksheet(name); n++) name = `${title} (${n})`;
    }
    const worksheet = workbook.addWorksheet(name);
    workbook.definedNames.add(`'${name.replace(/'/g, "''")}'!$A$1`, definedName);
    writeLayout(worksheet, layout);
    this.generated.set(kind, { name, previous });
    this.touched([name]);
    return name;
  }

  /** Undoes the last write of these generated sheets: deletes them and brings back the ones they replaced. */
  async undoSheets(kinds: readonly GeneratedKind[]): Promise<string[]> {
    const workbook = await this.model();
    const deleted: string[] = [];
    const gone: string[] = [];
    for (const kind of [...kinds].reverse()) {
      const written = this.generated.get(kind);
      if (!written) continue;
      this.generated.delete(kind);
      const sheet = workbook.getWorksheet(written.name);
      if (!sheet) continue;
      const { definedName } = GENERATED[kind];
      workbook.definedNames.remove(`'${written.name.replace(/'/g, "''")}'!$A$1`, definedName);
      workbook.removeWorksheet(sheet.id);
      deleted.push(written.name);
      if (written.previous) {
        const back = workbook.addWorksheet(written.name);
        // ExcelJS gives a sheet's merged areas as `merges` and takes them back as `mergeCells`.
        const model = written.previous.model as ExcelJS.WorksheetModel & { merges?: string[] };
        back.model = { ...model, mergeCells: model.merges, id: back.id, name: written.name } as ExcelJS.WorksheetModel;
        workbook.definedNames.add(`'${written.name.replace(/'/g, "''")}'!$A$1`, definedName);
      } else {
        gone.push(written.name);
      }
      this.touched([written.name]);
    }
    this.forget(gone);
    return deleted;
  }

  async insertTemplate(template: Template, work?: Work): Promise<string[]> {
    const workbook = await this.model(work);
    const names = freeSheetNames(template, workbook.worksheets.map((w) => w.name));
    addTemplateToWorkbook(workbook, renameSheets(template, names));
    this.touched(names.values());
    return [...names.values()];
  }

  async removeSheets(names: readonly string[]): Promise<string[]> {
    const workbook = await this.model();
    const removed = names.filter((name) => workbook.getWorksheet(name));
    for (const name of removed) workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
    this.forget(removed);
    return removed;
  }

  async writeConsolidation(template: Template, work?: Work): Promise<string[]> {
    const workbook = await this.model(work);
    const before = new Set(workbook.worksheets.map((w) => w.name));
    const names = writeConsolidation(workbook, template);
    this.touched(names);
    this.forget([...before].filter((name) => !workbook.getWorksheet(name)));
    return names;
  }

  /** Sheets gone: out of the snapshot. */
  private forget(names: readonly string[]): void {
    if (names.length === 0) return;
    this.written = true;
    this.current();
    this.snapshot = { ...this.snapshot, sheets: this.snapshot.sheets.filter((s) => !names.includes(s.name)) };
  }

  setIgnored(ignored: IgnoredFinding[]): void {
    this.ignored = ignored;
  }

  /** The workbook as an .xlsx to download, with the findings ignored in its settings part. */
  async download(work?: Work): Promise<Uint8Array> {
    work?.progress?.('save', 0, 0);
    await breathe(work);
    // Nothing written: the bytes read, as they were (a large workbook is not written again for nothing).
    const bytes = this.workbook && (this.bytes === null || this.written) ? new Uint8Array(await this.workbook.xlsx.writeBuffer()) : this.bytes!;
    await breathe(work);
    return writeIgnored(bytes, this.ignored);
  }
}
