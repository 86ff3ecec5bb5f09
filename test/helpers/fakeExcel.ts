/**
 * A fake Excel for the Office.js host: a workbook (sheets with cells, merges, notes, comments,
 * defined names, conditional formats, charts, tables) behind a request context that behaves as
 * Excel's does, and fails where Excel fails.
 *
 * - Queued operations run only at `sync()`, in order; the first that fails stops its batch, with
 *   what ran before it applied (as Excel does), and the error carries Excel's code.
 * - Each request is measured as Office.js sends it: every action and every object path it names,
 *   as JSON, in UTF-8 bytes; a request over the limit is refused whole (RequestPayloadSizeLimitExceeded,
 *   or the code asked for: Excel on the web has answered GeneralException), and so is a response.
 * - Errors where Excel raises them: ItemNotFound (a sheet, note, comment or name that is not there),
 *   ItemAlreadyExists (a sheet, name, note or comment that is), InvalidArgument (a sheet name Excel
 *   refuses), AccessDenied (writing into a protected sheet, adding or deleting sheets in a workbook
 *   whose structure is protected), InvalidOperationInCellEditMode (every batch while a person edits a
 *   cell), InactiveWorkbook (adding, activating, freezing, selecting or inserting sheets while another
 *   workbook has focus; GeneralException if asked), InvalidOperation (hiding or deleting the last
 *   visible sheet, more merged areas than the limit in one call).
 * - Values written are converted as Excel converts typed input: "12" becomes the number 12 and
 *   "=A1" a formula unless the cell is formatted as Text ("@"); formulas come back as Excel writes
 *   them (function names in capitals, a sheet name quoted only where it must be).
 * - Between syncs a test can act as a person (`person`): type into a cell, delete a note or a
 *   comment, rename a sheet, switch to another workbook, start editing a cell.
 */
import ExcelJS from 'exceljs';
import { isCellError, type Area, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { a1, parseA1 } from '../../src/domain/sheet/address';
import { sameSheetName } from '../../src/domain/sheet/sheetName';
import type { ExcelState } from './excelState';

export type Operation = { op: string; sheet?: string; address?: string; value?: unknown };

/** A documented way for Excel to fail an operation: the batch stops there, what came before it stays applied. */
export type Fault = { code: string; message?: string };

/** Excel on the web refuses a request or a response over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export type FakeExcelOptions = {
  sheets?: readonly SheetSnapshot[];
  protectedSheets?: string[];
  /** The workbook's structure is protected: no sheet added, deleted, renamed or hidden. */
  workbookProtected?: boolean;
  /** Notes by "'Sheet'!C20". */
  notes?: Record<string, string>;
  /** Comments by "'Sheet'!C20". */
  comments?: Record<string, string>;
  /** A used range of more cells than this answers `values === null` instead of failing, as Excel can over its cell limit. */
  nullValuesAbove?: number;
  /** Fails the operation (and every one after it in its batch) when this returns a fault: NotImplemented comments, … */
  failOn?: (op: Operation) => Fault | undefined;
  /** More merged areas than this in a range makes `getMergedAreasOrNullObject` fail its batch (Excel: 512). */
  mergeLimit?: number;
  /** The code a request over the payload limit fails with (Excel on the web has used GeneralException). */
  sizeErrorCode?: string;
  /** Bytes a request or a response may hold (5 MB). */
  payloadLimit?: number;
  /** Excel Tables by sheet: the data body's A1 range ("A4:F9"). */
  tables?: { sheet: string; name: string; body: string }[];
  /**
   * Excel's calculated columns: a formula written into a table's column is copied by Excel into the
   * column's blank cells (AutoCorrect "Fill formulas in tables", on by default).
   */
  calculatedColumns?: boolean;
  /** The workbook's defined names, as "='Sheet'!$A$1". */
  names?: { name: string; formula: string }[];
  /** Sheets hidden from the start. */
  hidden?: string[];
  /** The code an action needing focus fails with while another workbook has it: InactiveWorkbook, or GeneralException as Excel has answered. */
  focusErrorCode?: string;
  /** Called before each sync runs (1 for the first): a person acting between the add-in's requests. */
  beforeSync?: (sync: number) => void;
};

type Cell = { value: CellValue; formula: string | null; numberFormat: string };
type Sheet = {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, Cell>;
  merges: Area[];
  protected: boolean;
  notes: Map<string, string>;
  conditionalFormats: { id: number; area: Area | null; type: string; formula: string }[];
  charts: { type: string; seriesBy: string; title?: string }[];
  frozenRows: number;
  page: Record<string, unknown>;
  formats: { area: Area | null; property: string; value: unknown }[];
};
type Comment = { id: string; sheet: Sheet; cell: string; content: string };
type Name = { name: string; sheet: Sheet | null; address: string; formula?: string; comment?: string };

const utf8 = (value: unknown): number => Buffer.byteLength(JSON.stringify(value ?? null) ?? 'null', 'utf8');
const fault = (code: string, message?: string): Error => Object.assign(new Error(message ?? code), { code });
const key = (row: number, col: number) => `${row}:${col}`;
const ERRORS = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;

/** A sheet name Excel refuses: empty, over 31 characters, one of : \ / ? * [ ], or an apostrophe at either end. */
function invalidSheetName(name: string): boolean {
  return name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'");
}

/** How Excel writes a sheet name in a formula: quoted unless it is a plain ASCII word. */
function sheetInFormula(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A formula as Excel gives it back: function names in capitals, sheet names quoted only where needed. */
export function excelFormula(formula: string): string {
  let out = '';
  for (let i = 0; i < formula.length;) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const quoted = /^'((?:[^']|'')+)'!/.exec(formula.slice(i));
    if (quoted) {
      out += `${sheetInFormula(quoted[1].replace(/''/g, "'"))}!`;
      i += quoted[0].length;
      continue;
    }
    const bare = /^([^\s'!(),;=+\-*/&<>^:"{}]+)!/.exec(formula.slice(i));
    if (bare && (i === 0 || /[\s(,;=+\-*/&<>^:{]/.test(formula[i - 1]))) {
      out += `${sheetInFormula(bare[1])}!`;
      i += bare[0].length;
      continue;
    }
    const fn = /^([A-Za-z][A-Za-z0-9.]*)\(/.exec(formula.slice(i));
    if (fn && (i === 0 || !/[A-Za-z0-9_.]/.test(formula[i - 1]))) {
      out += `${fn[1].toUpperCase()}(`;
      i += fn[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** What Excel stores for an entry written through `values` or `formulas` into a cell of this format. */
function converted(entry: unknown, numberFormat: string): { value: CellValue; formula: string | null } {
  if (entry === null || entry === undefined || entry === '') return { value: null, formula: null };
  if (typeof entry === 'number' || typeof entry === 'boolean') return { value: entry, formula: null };
  const text = String(entry);
  if (numberFormat === '@') return { value: text, formula: null };
  if (text.startsWith('=') && text.length > 1) return { value: null, formula: excelFormula(text) };
  const number = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.exec(text);
  if (number) return { value: Number(text), formula: null };
  const percent = /^\s*([-+]?(\d+(\.\d*)?|\.\d+))\s*%\s*$/.exec(text);
  if (percent) return { value: Number(percent[1]) / 100, formula: null };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', formula: null };
  if (ERRORS.test(text)) return { value: { error: text }, formula: null };
  return { value: text, formula: null };
}

function areaOf(address: string): Area {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from, to = from] = local.replace(/\$/g, '').split(':').map(parseA1);
  if (!from || !to) throw fault('InvalidArgument', `bad address ${address}`);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

const areaText = (area: Area) => (area.top === area.bottom && area.left === area.right ? a1(area.top, area.left) : `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`);

function sheetOf(snapshot: SheetSnapshot, id: number): Sheet {
  const cells = new Map<string, Cell>();
  snapshot.values.forEach((row, r) => row.forEach((value, c) => {
    const formula = snapshot.formulas?.[r]?.[c] ?? null;
    const numberFormat = snapshot.numberFormats?.[r]?.[c] ?? 'General';
    if (value === null && formula === null && numberFormat === 'General') return;
    cells.set(key(snapshot.origin.row + r, snapshot.origin.col + c), { value, formula, numberFormat });
  }));
  return { id: `{sheet-${id}}`, name: snapshot.name, visibility: 'Visible', cells, merges: [...(snapshot.merges ?? [])], protected: false, notes: new Map(), conditionalFormats: [], charts: [], frozenRows: 0, page: {}, formats: [] };
}

/** The smallest area holding every cell with a value or a formula (Excel's used range, values only); null for an empty sheet. */
function usedArea(sheet: Sheet, within?: Area): Area | null {
  let area: Area | null = null;
  for (const [at, cell] of sheet.cells) {
    if (cell.value === null && cell.formula === null) continue;
    const [row, col] = at.split(':').map(Number);
    if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
    area = area ? { top: Math.min(area.top, row), left: Math.min(area.left, col), bottom: Math.max(area.bottom, row), right: Math.max(area.right, col) } : { top: row, left: col, bottom: row, right: col };
  }
  return area;
}

function snapshotOf(sheet: Sheet): SheetSnapshot {
  const area = usedArea(sheet) ?? { top: 0, left: 0, bottom: -1, right: -1 };
  // Formats alone count too, so that a cell's format set back to General compares.
  for (const [at, cell] of sheet.cells) {
    if (cell.numberFormat === 'General') continue;
    const [row, col] = at.split(':').map(Number);
    if (area.bottom < 0) Object.assign(area, { top: row, left: col, bottom: row, right: col });
    Object.assign(area, { top: Math.min(area.top, row), left: Math.min(area.left, col), bottom: Math.max(area.bottom, row), right: Math.max(area.right, col) });
  }
  const grid = <T>(f: (cell: Cell | undefined) => T) => Array.from({ length: area.bottom - area.top + 1 }, (_, r) => Array.from({ length: area.right - area.left + 1 }, (__, c) => f(sheet.cells.get(key(area.top + r, area.left + c)))));
  return { name: sheet.name, origin: { row: Math.max(area.top, 0), col: Math.max(area.left, 0) }, values: grid((c) => c?.value ?? null), formulas: grid((c) => c?.formula ?? null), numberFormats: grid((c) => c?.numberFormat ?? 'General'), merges: sheet.merges.map((m) => ({ ...m })) };
}

/** Parses "'Sheet'!C20" or "Sheet!C20" into its sheet name and cell. */
function splitAddress(address: string): { sheet: string; cell: string } {
  const at = address.lastIndexOf('!');
  if (at < 0) throw fault('InvalidArgument', `no sheet in ${address}`);
  const sheet = address.slice(0, at).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return { sheet, cell: address.slice(at + 1).replace(/\$/g, '').toUpperCase() };
}

/** "=A1" moved down by `rows`: its relative references follow, as Excel copies a formula. */
function shiftRows(formula: string, rows: number): string {
  return formula.replace(/(\$?[A-Z]{1,3})(\$?)(\d+)/g, (all, col: string, dollar: string, row: string) => (dollar ? all : `${col}${Number(row) + rows}`));
}

/** A counting, failing stand-in for Excel (see the file's comment and `FakeExcelOptions`). */
export function fakeExcel(options: FakeExcelOptions = {}) {
  const limit = options.payloadLimit ?? PAYLOAD_LIMIT;
  let sheetIds = 0;
  const sheets: Sheet[] = (options.sheets ?? []).map((s) => sheetOf(s, ++sheetIds));
  const find = (name: string) => sheets.find((s) => sameSheetName(s.name, name) || s.id === name);
  for (const name of options.protectedSheets ?? []) { const s = find(name); if (s) s.protected = true; }
  for (const name of options.hidden ?? []) { const s = find(name); if (s) s.visibility = 'Hidden'; }
  const names: Name[] = (options.names ?? []).map((n) => {
    const target = /^=?('(?:[^']|'')+'|[^!]+)!(.*)$/.exec(n.formula);
    const sheet = target ? find(target[1].replace(/^'(.*)'$/, '$1').replace(/''/g, "'")) ?? null : null;
    return sheet ? { name: n.name, sheet, address: target![2] } : { name: n.name, sheet: null, address: '', formula: n.formula };
  });
  for (const [address, content] of Object.entries(options.notes ?? {})) {
    const { sheet, cell } = splitAddress(address);
    find(sheet)?.notes.set(cell, content);
  }
  let commentIds = 0;
  const comments: Comment[] = Object.entries(options.comments ?? {}).flatMap(([address, content]) => {
    const { sheet, cell } = splitAddress(address);
    const target = find(sheet);
    return target ? [{ id: `comment-${++commentIds}`, sheet: target, cell, content }] : [];
  });
  const world = { focused: true, editing: false, structureProtected: options.workbookProtected ?? false };
  let conditionalIds = 0;

  // The request being queued: what it costs, and what it will do at the sync.
  type Step = { op: Operation; run: () => void | Promise<void> };
  let steps: Step[] = [];
  let requestBytes = 0;
  let responseBytes = 0;
  let charged = new Set<Path>();
  const applied: Operation[] = [];
  const requests: number[] = [];
  const requestSizes: number[] = [];
  const responseSizes: number[] = [];

  /** An object path of Office.js: what a proxy costs in a request the first time the request names it. */
  type Path = { parent?: Path; bytes: number };
  const path = (parent: Path | undefined, method: string, args: unknown[] = []): Path => ({ parent, bytes: utf8({ Id: 1000, ObjectPathType: 3, Name: method, ParentObjectPathId: 1000, ArgumentInfo: { Arguments: args } }) });
  const charge = (at: Path | undefined, action: string, args: unknown[]) => {
    for (let p = at; p && !charged.has(p); p = p.parent) { charged.add(p); requestBytes += p.bytes; }
    requestBytes += utf8({ Id: 1000, ActionType: 1, Name: action, ObjectPathId: 1000, ArgumentInfo: { Arguments: args } });
  };
  /** Queues an action: measured now, run at the sync. */
  const queue = (at: Path | undefined, op: Operation, run: () => void | Promise<void>, args: unknown[] = op.value === undefined ? [] : [op.value]) => {
    charge(at, op.op, args);
    steps.push({ op, run });
  };
  /** Queues a read: measured now (its answer counts in the response), resolved at its place in the batch. */
  const queueLoad = (at: Path | undefined, what: string, read: () => Record<string, unknown>, store: (values: Record<string, unknown>) => void) => {
    charge(at, 'Query', [what]);
    try { responseBytes += utf8(read()); } catch { /* an object not there yet: it fails at the sync */ }
    steps.push({ op: { op: 'load', value: what }, run: () => store(read()) });
  };

  const protectedCheck = (sheet: Sheet) => { if (sheet.protected) throw fault('AccessDenied', 'The cell or chart you\'re trying to change is on a protected sheet.'); };
  const structureCheck = () => { if (world.structureProtected) throw fault('AccessDenied', 'The workbook\'s structure is protected.'); };
  const focusCheck = () => { if (!world.focused) throw fault(options.focusErrorCode ?? 'InactiveWorkbook', 'The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.'); };
  const visible = () => sheets.filter((s) => s.visibility === 'Visible');

  /** A value a proxy has once loaded; reading it before is an error, as in Office.js. */
  const loadedValue = (store: Record<string, unknown>, property: string) => {
    if (!(property in store)) throw new Error(`PropertyNotLoaded: ${property}`);
    return store[property];
  };

  // Cells.
  const cellAt = (sheet: Sheet, row: number, col: number) => sheet.cells.get(key(row, col));
  const shown = (cell: Cell | undefined): unknown => (cell?.value === null || cell?.value === undefined ? '' : isCellError(cell.value) ? cell.value.error : cell.value);
  const gridOf = (sheet: Sheet, area: Area, property: string): unknown[][] => Array.from({ length: area.bottom - area.top + 1 }, (_, r) => Array.from({ length: area.right - area.left + 1 }, (__, c) => {
    const cell = cellAt(sheet, area.top + r, area.left + c);
    if (property === 'values') return shown(cell);
    if (property === 'formulas') return cell?.formula ?? shown(cell);
    return cell?.numberFormat ?? 'General';
  }));
  const writeGrid = (sheet: Sheet, area: Area, property: string, grid: unknown[][]) => {
    protectedCheck(sheet);
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) throw fault('InvalidArgument', 'The number of rows or columns in the input array doesn\'t match the size or dimensions of the range.');
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const at = key(area.top + r, area.left + c);
        const cell = sheet.cells.get(at) ?? { value: null, formula: null, numberFormat: 'General' };
        if (property === 'numberFormat') cell.numberFormat = String(grid[r][c]);
        else Object.assign(cell, converted(grid[r][c], cell.numberFormat));
        sheet.cells.set(at, cell);
      }
    }
    if (options.calculatedColumns && property === 'formulas' && cols === 1) calculatedColumn(sheet, area, grid);
  };
  /** Excel's calculated columns: a formula written into a table column fills the column's blank cells. */
  const calculatedColumn = (sheet: Sheet, area: Area, grid: unknown[][]) => {
    const first = grid[0]?.[0];
    if (typeof first !== 'string' || !first.startsWith('=')) return;
    const table = (options.tables ?? []).find((t) => sameSheetName(t.sheet, sheet.name) && ((b) => area.left >= b.left && area.left <= b.right && area.top >= b.top && area.top <= b.bottom)(areaOf(t.body)));
    if (!table) return;
    const body = areaOf(table.body);
    for (let r = body.top; r <= body.bottom; r++) {
      if (r >= area.top && r <= area.bottom) continue;
      const cell = cellAt(sheet, r, area.left);
      if (cell && (cell.value !== null || cell.formula !== null)) continue;
      const formula = excelFormula(shiftRows(first, r - area.top));
      sheet.cells.set(key(r, area.left), { value: null, formula, numberFormat: cell?.numberFormat ?? 'General' });
      applied.push({ op: 'formulas', sheet: sheet.name, address: `R${r}C${area.left}:1x1`, value: [[formula]] });
    }
  };

  // Worksheets: a proxy names a sheet by its name or id and finds it when its batch runs; once found, it stays that sheet (renamed or not).
  const worksheetsPath = path(undefined, 'worksheets');
  const worksheet = (lookup: () => Sheet, at: Path, orNull = false, initial: Record<string, unknown> = {}, hint = '') => {
    let bound: Sheet | undefined;
    const resolve = () => (bound ??= lookup());
    const label = () => bound?.name ?? hint;
    const loaded: Record<string, unknown> = { ...initial };
    const range = (area: () => Area | null, method: string, args: unknown[], extra: Record<string, unknown> = {}) => rangeProxy(resolve, area, path(at, method, args), extra);
    const proxy = {
      load: (props?: string | string[]) => queueLoad(at, `sheet:${String(props)}`, () => {
        if (orNull) { const s = (() => { try { return resolve(); } catch { return undefined; } })(); return s ? { isNullObject: false, name: s.name, id: s.id, visibility: s.visibility } : { isNullObject: true }; }
        const s = resolve();
        return { name: s.name, id: s.id, visibility: s.visibility };
      }, (values) => Object.assign(loaded, values)),
      get isNullObject() { return loadedValue(loaded, 'isNullObject'); },
      get id() { return loadedValue(loaded, 'id'); },
      get visibility() { return loadedValue(loaded, 'visibility') as 'Visible' | 'Hidden'; },
      get name() { return loadedValue(loaded, 'name') as string; },
      set name(value: string) {
        queue(at, { op: 'rename', sheet: label(), value }, () => {
          const sheet = resolve();
          structureCheck();
          if (invalidSheetName(value)) throw fault('InvalidArgument', `The sheet name "${value}" is not valid.`);
          const clash = find(value);
          if (clash && clash !== sheet) throw fault('ItemAlreadyExists', `A sheet named "${value}" already exists.`);
          sheet.name = value;
        });
      },
      set visibility(value: 'Visible' | 'Hidden') {
        queue(at, { op: 'visibility', sheet: label(), value }, () => {
          const sheet = resolve();
          structureCheck();
          if (value !== 'Visible' && sheet.visibility === 'Visible' && visible().length === 1) throw fault('InvalidOperation', 'A workbook must have at least one visible sheet.');
          sheet.visibility = value;
        });
      },
      delete: () => queue(at, { op: 'delete', sheet: label() }, () => {
        const sheet = resolve();
        structureCheck();
        if (sheet.visibility === 'Visible' && visible().length === 1) throw fault('InvalidOperation', 'A workbook must have at least one visible sheet.');
        sheets.splice(sheets.indexOf(sheet), 1);
        for (const name of names) if (name.sheet === sheet) { name.formula = `=#REF!${name.address}`; name.sheet = null; }
        for (const comment of comments.filter((c) => c.sheet === sheet)) comments.splice(comments.indexOf(comment), 1);
      }),
      activate: () => queue(at, { op: 'activate', sheet: label() }, () => { resolve(); focusCheck(); }),
      protection: (() => {
        const store: Record<string, unknown> = {};
        return { load: () => queueLoad(at, 'protection', () => ({ protected: resolve().protected }), (v) => Object.assign(store, v)), get protected() { return loadedValue(store, 'protected'); } };
      })(),
      freezePanes: { freezeRows: (rows: number) => queue(at, { op: 'freeze', sheet: label(), value: rows }, () => { const s = resolve(); focusCheck(); s.frozenRows = rows; }) },
      pageLayout: new Proxy({ setPrintTitleRows: (rows: string) => queue(at, { op: 'printTitles', sheet: label(), value: rows }, () => { resolve().page.printTitles = rows; }) } as Record<string, unknown>, {
        set: (_target, property, value) => { queue(at, { op: `page.${String(property)}`, sheet: label(), value }, () => { resolve().page[String(property)] = value; }); return true; },
      }),
      charts: {
        add: (type: string, _source: unknown, seriesBy: string) => {
          const chart = { type, seriesBy } as Sheet['charts'][number];
          queue(at, { op: 'chart', sheet: label(), value: [type, seriesBy] }, () => { const s = resolve(); protectedCheck(s); s.charts.push(chart); });
          return { title: { set text(value: string) { queue(at, { op: 'chart.title', value }, () => { chart.title = value; }); } }, setPosition: (from: string, to: string) => queue(at, { op: 'chart.position', value: [from, to] }, () => undefined) };
        },
      },
      tables: {
        load: () => undefined,
        get items() {
          return (options.tables ?? []).filter((t) => sameSheetName(t.sheet, resolve().name)).map((t) => ({
            name: t.name,
            getDataBodyRange: () => {
              const body = areaOf(t.body);
              return range(() => body, 'getDataBodyRange', [], { rowIndex: body.top, columnIndex: body.left, rowCount: body.bottom - body.top + 1, columnCount: body.right - body.left + 1 });
            },
          }));
        },
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => range(() => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }), 'getRangeByIndexes', [row, col, rows, cols]),
      getRange: (address?: string) => range(() => (address ? areaOf(address) : null), 'getRange', address ? [address] : []),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => usedRangeProxy(resolve, path(at, 'getUsedRangeOrNullObject', [valuesOnly ?? false])),
    };
    return proxy;
  };

  /** A range; `area` null for the whole sheet. */
  const rangeProxy = (resolve: () => Sheet, area: () => Area | null, at: Path, fixed: Record<string, unknown> = {}) => {
    const loaded: Record<string, unknown> = { ...fixed };
    const label = () => { try { return resolve().name; } catch { return ''; } };
    const where = () => { const a = area(); return a ? `R${a.top}C${a.left}:${a.bottom - a.top + 1}x${a.right - a.left + 1}` : 'sheet'; };
    const whole = () => area() ?? { top: 0, left: 0, bottom: 1048575, right: 16383 };
    const set = (property: string) => (value: unknown) => queue(at, { op: property, sheet: label(), address: where(), value }, () => writeGrid(resolve(), whole(), property, value as unknown[][]));
    const formatSetter = (property: string) => (value: unknown) => queue(at, { op: `format.${property}`, sheet: label(), address: where(), value }, () => {
      const sheet = resolve();
      protectedCheck(sheet);
      sheet.formats.push({ area: area(), property, value });
    });
    const formatObject = (prefix: string, properties: string[]): Record<string, unknown> => {
      const object: Record<string, unknown> = {};
      for (const p of properties) Object.defineProperty(object, p, { set: formatSetter(`${prefix}${p}`) });
      return object;
    };
    const format = formatObject('', ['wrapText', 'verticalAlignment', 'horizontalAlignment', 'columnWidth', 'rowHeight']);
    Object.assign(format, {
      fill: formatObject('fill.', ['color']),
      font: formatObject('font.', ['bold', 'italic', 'color', 'name', 'size']),
      borders: { getItem: (edge: string) => formatObject(`border.${edge}.`, ['style', 'color', 'weight']) },
    });
    const conditionalFormats = {
      add: (type: string) => {
        const entry = { id: ++conditionalIds, area: null as Area | null, type, formula: '' };
        queue(at, { op: 'conditionalFormat', sheet: label(), address: where(), value: type }, () => { const s = resolve(); protectedCheck(s); entry.area = area(); s.conditionalFormats.push(entry); });
        const custom = { rule: {}, format: { fill: {}, font: {} } };
        Object.defineProperty(custom.rule, 'formula', { set: (value: string) => queue(at, { op: 'conditionalFormat.formula', value }, () => { entry.formula = value; }) });
        Object.defineProperty(custom.format.fill, 'color', { set: (value: string) => queue(at, { op: 'conditionalFormat.fill', value }, () => undefined) });
        Object.defineProperty(custom.format.font, 'color', { set: (value: string) => queue(at, { op: 'conditionalFormat.font', value }, () => undefined) });
        return { custom };
      },
      items: [] as unknown[],
      load: () => queueLoad(at, 'conditionalFormats', () => {
        const sheet = resolve();
        const within = area();
        return { items: sheet.conditionalFormats.filter((f) => !within || (f.area && f.area.top >= within.top && f.area.bottom <= within.bottom && f.area.left >= within.left && f.area.right <= within.right)).map((f) => ({ id: f.id, type: f.type, formula: f.formula })) };
      }, (values) => {
        conditionalFormats.items = (values.items as { id: number; type: string; formula: string }[]).map((f) => ({
          type: f.type,
          customOrNullObject: { isNullObject: f.type !== 'Custom', rule: { formula: f.formula } },
          delete: () => queue(at, { op: 'conditionalFormat.delete', sheet: label(), value: f.id }, () => {
            const sheet = resolve();
            protectedCheck(sheet);
            sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x.id !== f.id);
          }),
        }));
      }),
    };
    const merged = () => {
      const sheet = resolve();
      const within = area();
      // As Excel documents: an area is returned when its top-left cell is in the range.
      const found = sheet.merges.filter((m) => !within || (m.top >= within.top && m.top <= within.bottom && m.left >= within.left && m.left <= within.right));
      if (options.mergeLimit !== undefined && found.length > options.mergeLimit) throw fault('InvalidOperation', `more than ${options.mergeLimit} merged areas`);
      return found.map((m) => `'${sheet.name}'!${areaText(m)}`).join(',');
    };
    return {
      // What `names.add` needs of a range: its sheet and area.
      __sheet: resolve,
      __area: area,
      load: (properties: string | string[]) => {
        const list = [properties].flat().flatMap((p) => p.split(','));
        queueLoad(at, `range:${list.join(',')}`, () => {
          const sheet = resolve();
          const a = whole();
          const out: Record<string, unknown> = {};
          for (const p of list) {
            if (p === 'values' || p === 'formulas' || p === 'numberFormat') out[p] = gridOf(sheet, a, p);
            if (p === 'address') out.address = `'${sheet.name}'!${areaText(a)}`;
            if (p === 'rowIndex') out.rowIndex = a.top;
            if (p === 'columnIndex') out.columnIndex = a.left;
            if (p === 'rowCount') out.rowCount = a.bottom - a.top + 1;
            if (p === 'columnCount') out.columnCount = a.right - a.left + 1;
          }
          return out;
        }, (values) => Object.assign(loaded, values));
      },
      get values() { return loadedValue(loaded, 'values'); },
      set values(value: unknown) { set('values')(value); },
      get formulas() { return loadedValue(loaded, 'formulas'); },
      set formulas(value: unknown) { set('formulas')(value); },
      get numberFormat() { return loadedValue(loaded, 'numberFormat'); },
      set numberFormat(value: unknown) { set('numberFormat')(value); },
      get address() { return loadedValue(loaded, 'address'); },
      get rowIndex() { return loadedValue(loaded, 'rowIndex'); },
      get columnIndex() { return loadedValue(loaded, 'columnIndex'); },
      get rowCount() { return loadedValue(loaded, 'rowCount'); },
      get columnCount() { return loadedValue(loaded, 'columnCount'); },
      format,
      conditionalFormats,
      merge: () => queue(at, { op: 'merge', sheet: label(), address: areaText(whole()) }, () => {
        const sheet = resolve();
        protectedCheck(sheet);
        const a = whole();
        sheet.merges = sheet.merges.filter((m) => m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right);
        sheet.merges.push({ ...a });
      }),
      unmerge: () => queue(at, { op: 'unmerge', sheet: label(), address: areaText(whole()) }, () => {
        const sheet = resolve();
        protectedCheck(sheet);
        const a = whole();
        sheet.merges = sheet.merges.filter((m) => m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right);
      }),
      select: () => queue(at, { op: 'select', sheet: label(), address: where() }, () => { resolve(); focusCheck(); }),
      getMergedAreasOrNullObject: () => areasProxy(at, 'getMergedAreasOrNullObject', merged),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => usedRangeProxy(resolve, path(at, 'getUsedRangeOrNullObject', [valuesOnly ?? false]), whole),
      getBoundingRect: (other: string) => {
        const corner = areaOf(other);
        const box = () => { const a = whole(); return { top: Math.min(a.top, corner.top), left: Math.min(a.left, corner.left), bottom: Math.max(a.bottom, corner.bottom), right: Math.max(a.right, corner.right) }; };
        return rangeProxy(resolve, box, path(at, 'getBoundingRect', [other]));
      },
    };
  };

  /** RangeAreas answered as an address ("'Giao'!C3:F9,'Giao'!H5"), or a null object. */
  const areasProxy = (parent: Path, method: string, address: () => string) => {
    const at = path(parent, method);
    const loaded: Record<string, unknown> = {};
    return {
      load: () => queueLoad(at, method, () => { const text = address(); return { isNullObject: text === '', address: text }; }, (v) => Object.assign(loaded, v)),
      get isNullObject() { return loadedValue(loaded, 'isNullObject'); },
      get address() { return loadedValue(loaded, 'address'); },
    };
  };

  /** A sheet's used range, or (`within`) a range's: the used cells inside it (Range.getUsedRangeOrNullObject). */
  const usedRangeProxy = (resolve: () => Sheet, at: Path, within?: () => Area) => {
    const loaded: Record<string, unknown> = {};
    const area = () => usedArea(resolve(), within?.());
    const base = rangeProxy(resolve, () => area() ?? { top: 0, left: 0, bottom: 0, right: 0 }, at);
    const cellsOf = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);
    const special = (type: string) => () => {
      const sheet = resolve();
      const parts: string[] = [];
      const box = area();
      if (!box) return '';
      for (let c = box.left; c <= box.right; c++) {
        for (let r = box.top; r <= box.bottom; r++) {
          const is = (row: number) => { const cell = cellAt(sheet, row, c); return type === 'Formulas' ? !!cell?.formula : !!cell && !cell.formula && cell.value !== null; };
          if (!is(r)) continue;
          let end = r;
          while (end < box.bottom && is(end + 1)) end++;
          parts.push(`'${sheet.name}'!${end === r ? a1(r, c) : `${a1(r, c)}:${a1(end, c)}`}`);
          r = end;
        }
      }
      return parts.join(',');
    };
    return {
      __sheet: resolve,
      __area: area,
      format: base.format,
      getMergedAreasOrNullObject: base.getMergedAreasOrNullObject,
      getBoundingRect: base.getBoundingRect,
      load: (properties: string | string[]) => {
        const list = [properties].flat().flatMap((p) => p.split(','));
        queueLoad(at, `used:${list.join(',')}`, () => {
          const a = area();
          const sheet = resolve();
          if (!a) return { isNullObject: true };
          const overLimit = options.nullValuesAbove !== undefined && cellsOf(a) > options.nullValuesAbove;
          const out: Record<string, unknown> = { isNullObject: false };
          for (const p of list) {
            if (p === 'values') out.values = overLimit ? null : gridOf(sheet, a, 'values');
            if (p === 'formulas' || p === 'numberFormat') out[p] = gridOf(sheet, a, p);
            if (p === 'rowIndex') out.rowIndex = a.top;
            if (p === 'columnIndex') out.columnIndex = a.left;
            if (p === 'rowCount') out.rowCount = a.bottom - a.top + 1;
            if (p === 'columnCount') out.columnCount = a.right - a.left + 1;
            if (p === 'address') out.address = `'${sheet.name}'!${areaText(a)}`;
          }
          return out;
        }, (values) => Object.assign(loaded, values));
      },
      get isNullObject() { return loadedValue(loaded, 'isNullObject'); },
      get values() { return loadedValue(loaded, 'values'); },
      get formulas() { return loadedValue(loaded, 'formulas'); },
      get numberFormat() { return loadedValue(loaded, 'numberFormat'); },
      get rowIndex() { return loadedValue(loaded, 'rowIndex'); },
      get columnIndex() { return loadedValue(loaded, 'columnIndex'); },
      get rowCount() { return loadedValue(loaded, 'rowCount'); },
      get columnCount() { return loadedValue(loaded, 'columnCount'); },
      get address() { return loadedValue(loaded, 'address'); },
      getSpecialCellsOrNullObject: (type: string) => areasProxy(at, `getSpecialCellsOrNullObject:${type}`, special(type)),
    };
  };

  const sheetLookup = (name: string) => () => { const s = find(name); if (!s) throw fault('ItemNotFound', `The requested resource doesn't exist: sheet "${name}".`); return s; };
  const cellOfAddress = (address: string) => {
    const { sheet, cell } = splitAddress(address);
    const target = find(sheet);
    if (!target) throw fault('ItemNotFound', `No sheet "${sheet}".`);
    if (!/^[A-Z]{1,3}\d+$/.test(cell)) throw fault('InvalidArgument', 'A note or comment belongs to one cell.');
    return { sheet: target, cell };
  };

  const worksheetsItems: { items: unknown[] } = { items: [] };
  const namesLoaded: { items: unknown[] } = { items: [] };
  const nameFormula = (n: Name) => (n.sheet ? `=${sheetInFormula(n.sheet.name)}!${n.address}` : n.formula ?? '=#REF!');
  const workbookProtection: Record<string, unknown> = {};
  const notesPath = path(undefined, 'notes');
  const commentsPath = path(undefined, 'comments');
  const namesPath = path(undefined, 'names');

  const context = {
    syncs: 0,
    applied,
    /** Bytes of each sync: its request and its response together. */
    requests,
    requestSizes,
    responseSizes,
    get pending(): Operation[] { return steps.map((s) => s.op); },
    workbook: {
      worksheets: {
        load: () => queueLoad(worksheetsPath, 'worksheets', () => ({ items: sheets.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility })) }), (values) => {
          worksheetsItems.items = (values.items as { name: string; id: string; visibility: string }[]).map((s) => {
            // Loaded with the collection: name, id and visibility.
            return worksheet(sheetLookup(s.id), path(worksheetsPath, 'getItem', [s.id]), false, { ...s }, s.name);
          });
        }),
        get items() { return worksheetsItems.items; },
        getItem: (name: string) => worksheet(sheetLookup(name), path(worksheetsPath, 'getItem', [name]), false, {}, find(name)?.name ?? name),
        getItemOrNullObject: (name: string) => worksheet(sheetLookup(name), path(worksheetsPath, 'getItemOrNullObject', [name]), true, {}, find(name)?.name ?? name),
        add: (name: string) => {
          let created: Sheet | undefined;
          const at = path(worksheetsPath, 'add', [name]);
          queue(at, { op: 'add', sheet: name }, () => {
            focusCheck();
            structureCheck();
            if (invalidSheetName(name)) throw fault('InvalidArgument', `The sheet name "${name}" is not valid.`);
            if (find(name)) throw fault('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
            created = sheetOf({ name, origin: { row: 0, col: 0 }, values: [] }, ++sheetIds);
            sheets.push(created);
          }, [name]);
          return worksheet(() => { if (!created) throw fault('ItemNotFound', `sheet "${name}" was not added`); return created; }, at, false, {}, name);
        },
      },
      protection: { load: () => queueLoad(undefined, 'protection', () => ({ protected: world.structureProtected }), (v) => Object.assign(workbookProtection, v)), get protected() { return loadedValue(workbookProtection, 'protected'); } },
      names: {
        load: () => queueLoad(namesPath, 'names', () => ({ items: names.map((n) => ({ name: n.name, formula: nameFormula(n) })) }), (values) => { namesLoaded.items = values.items as unknown[]; }),
        get items() { return namesLoaded.items; },
        getItem: (name: string) => {
          const at = path(namesPath, 'getItem', [name]);
          const lookup = () => names.find((n) => n.name.toUpperCase() === name.toUpperCase());
          return {
            delete: () => queue(at, { op: 'name.delete', value: name }, () => {
              const n = lookup();
              if (!n) throw fault('ItemNotFound', `No name ${name}.`);
              names.splice(names.indexOf(n), 1);
            }),
          };
        },
        getItemOrNullObject: (name: string) => {
          const at = path(namesPath, 'getItemOrNullObject', [name]);
          const loaded: Record<string, unknown> = {};
          const lookup = () => names.find((n) => n.name.toUpperCase() === name.toUpperCase());
          return {
            load: () => queueLoad(at, `name:${name}`, () => { const n = lookup(); return n ? { isNullObject: false, formula: nameFormula(n), comment: n.comment ?? '' } : { isNullObject: true }; }, (v) => Object.assign(loaded, v)),
            get isNullObject() { return loadedValue(loaded, 'isNullObject'); },
            get formula() { return loadedValue(loaded, 'formula'); },
            get comment() { return loadedValue(loaded, 'comment'); },
            delete: () => queue(at, { op: 'name.delete', value: name }, () => {
              const n = lookup();
              if (!n) throw fault('ItemNotFound', `No name ${name}.`);
              names.splice(names.indexOf(n), 1);
            }),
          };
        },
        add: (name: string, target: { __sheet?: () => Sheet; __area?: () => Area | null }, comment?: string) => queue(namesPath, { op: 'name.add', value: name }, () => {
          if (names.some((n) => n.name.toUpperCase() === name.toUpperCase())) throw fault('ItemAlreadyExists', `The name ${name} already exists.`);
          const area = target.__area?.() ?? { top: 0, left: 0, bottom: 0, right: 0 };
          names.push({ name, sheet: target.__sheet!(), comment, address: areaText(area).split(':').map((p) => p.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')).join(':') });
        }, [name, comment ?? '']),
      },
      notes: {
        add: (address: string, content: string) => queue(notesPath, { op: 'note', address, value: content }, () => {
          const { sheet, cell } = cellOfAddress(address);
          protectedCheck(sheet);
          if (sheet.notes.has(cell)) throw fault('ItemAlreadyExists', 'The cell already has a note.');
          sheet.notes.set(cell, content);
        }, [address, content]),
        getItem: (address: string) => {
          const at = path(notesPath, 'getItem', [address]);
          const found = () => { const { sheet, cell } = cellOfAddress(address); if (!sheet.notes.has(cell)) throw fault('ItemNotFound', `No note at ${address}.`); return { sheet, cell }; };
          return {
            delete: () => queue(at, { op: 'note-delete', address }, () => { const { sheet, cell } = found(); protectedCheck(sheet); sheet.notes.delete(cell); }),
            set content(value: string) { queue(at, { op: 'note-content', address, value }, () => { const { sheet, cell } = found(); protectedCheck(sheet); sheet.notes.set(cell, value); }); },
          };
        },
        getItemOrNullObject: (address: string) => {
          const at = path(notesPath, 'getItemOrNullObject', [address]);
          const loaded: Record<string, unknown> = {};
          const lookup = () => { try { const { sheet, cell } = cellOfAddress(address); return sheet.notes.has(cell) ? { sheet, cell } : null; } catch { return null; } };
          return {
            load: () => queueLoad(at, `note:${address}`, () => { const n = lookup(); return n ? { isNullObject: false, content: n.sheet.notes.get(n.cell) } : { isNullObject: true }; }, (v) => Object.assign(loaded, v)),
            get isNullObject() { return loadedValue(loaded, 'isNullObject'); },
            get content() { return loadedValue(loaded, 'content') as string; },
            set content(value: string) { queue(at, { op: 'note-content', address, value }, () => { const n = lookup(); if (!n) throw fault('ItemNotFound', `No note at ${address}.`); protectedCheck(n.sheet); n.sheet.notes.set(n.cell, value); }); },
            delete: () => queue(at, { op: 'note-delete', address }, () => { const n = lookup(); if (!n) throw fault('ItemNotFound', `No note at ${address}.`); protectedCheck(n.sheet); n.sheet.notes.delete(n.cell); }),
          };
        },
      },
      comments: {
        add: (address: string, content: string) => {
          let made: Comment | undefined;
          const at = path(commentsPath, 'add', [address, content]);
          queue(at, { op: 'comment', address, value: content }, () => {
            const { sheet, cell } = cellOfAddress(address);
            protectedCheck(sheet);
            if (comments.some((c) => c.sheet === sheet && c.cell === cell)) throw fault('ItemAlreadyExists', 'The cell already has a comment.');
            made = { id: `comment-${++commentIds}`, sheet, cell, content };
            comments.push(made);
          }, [address, content]);
          const loaded: Record<string, unknown> = {};
          return {
            load: () => queueLoad(at, 'comment', () => (made ? { id: made.id } : {}), (v) => Object.assign(loaded, v)),
            get id() { return loadedValue(loaded, 'id'); },
          };
        },
        getItemByCell: (address: string) => {
          const at = path(commentsPath, 'getItemByCell', [address]);
          const found = () => { const { sheet, cell } = cellOfAddress(address); const c = comments.find((x) => x.sheet === sheet && x.cell === cell); if (!c) throw fault('ItemNotFound', `No comment at ${address}.`); return c; };
          return { delete: () => queue(at, { op: 'comment-delete', address }, () => { const c = found(); protectedCheck(c.sheet); comments.splice(comments.indexOf(c), 1); }) };
        },
        getItem: (id: string) => {
          const at = path(commentsPath, 'getItem', [id]);
          const found = () => { const c = comments.find((x) => x.id === id); if (!c) throw fault('ItemNotFound', `No comment ${id}.`); return c; };
          return { delete: () => queue(at, { op: 'comment-delete', value: id }, () => { const c = found(); protectedCheck(c.sheet); comments.splice(comments.indexOf(c), 1); }) };
        },
        items: [] as unknown[],
        load: () => queueLoad(commentsPath, 'comments', () => ({ items: comments.map((c) => ({ id: c.id, content: c.content })) }), (values) => {
          context.workbook.comments.items = (values.items as { id: string; content: string }[]).map((c) => ({
            id: c.id,
            content: c.content,
            getLocation: () => {
              const loaded: Record<string, unknown> = {};
              const at = path(commentsPath, 'getLocation', [c.id]);
              return {
                load: () => queueLoad(at, `location:${c.id}`, () => { const x = comments.find((y) => y.id === c.id); if (!x) throw fault('ItemNotFound', `No comment ${c.id}.`); return { address: `'${x.sheet.name}'!${x.cell}` }; }, (v) => Object.assign(loaded, v)),
                get address() { return loadedValue(loaded, 'address'); },
              };
            },
            delete: () => queue(commentsPath, { op: 'comment-delete', value: c.id }, () => { const x = comments.find((y) => y.id === c.id); if (!x) throw fault('ItemNotFound', `No comment ${c.id}.`); protectedCheck(x.sheet); comments.splice(comments.indexOf(x), 1); }),
          }));
        }),
        getItemOrNullObject: (id: string) => {
          const at = path(commentsPath, 'getItemOrNullObject', [id]);
          const loaded: Record<string, unknown> = {};
          const lookup = () => comments.find((c) => c.id === id);
          return {
            load: () => queueLoad(at, `comment:${id}`, () => { const c = lookup(); return c ? { isNullObject: false, content: c.content } : { isNullObject: true }; }, (v) => Object.assign(loaded, v)),
            get isNullObject() { return loadedValue(loaded, 'isNullObject'); },
            get content() { return loadedValue(loaded, 'content'); },
            delete: () => queue(at, { op: 'comment-delete', value: id }, () => { const c = lookup(); if (!c) throw fault('ItemNotFound', `No comment ${id}.`); protectedCheck(c.sheet); comments.splice(comments.indexOf(c), 1); }),
          };
        },
      },
      insertWorksheetsFromBase64: (base64: string) => queue(undefined, { op: 'insertWorksheetsFromBase64', value: `${base64.length} characters` }, async () => {
        focusCheck();
        structureCheck();
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
        for (const ws of book.worksheets) {
          if (find(ws.name)) throw fault('ItemAlreadyExists', `A sheet named "${ws.name}" already exists.`);
          const sheet = sheetOf({ name: ws.name, origin: { row: 0, col: 0 }, values: [] }, ++sheetIds);
          ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => {
            const v = cell.value as unknown;
            const formula = v && typeof v === 'object' && 'formula' in (v as object) ? `=${(v as { formula: string }).formula}` : null;
            const value = formula ? null : v === null || v === undefined ? null : typeof v === 'object' ? String((v as { text?: string }).text ?? '') : v as CellValue;
            sheet.cells.set(key(r - 1, c - 1), { value, formula: formula && excelFormula(formula), numberFormat: cell.numFmt || 'General' });
          }));
          sheets.push(sheet);
        }
      }, [base64]),
    },
    application: {
      suspendApiCalculationUntilNextSync: () => queue(undefined, { op: 'suspend' }, () => undefined),
      calculate: (type: string) => queue(undefined, { op: 'calculate', value: type }, () => undefined),
    },
    async sync() {
      context.syncs++;
      options.beforeSync?.(context.syncs);
      const batch = steps;
      const [request, response] = [requestBytes, responseBytes];
      steps = [];
      requestBytes = 0;
      responseBytes = 0;
      charged = new Set();
      requests.push(request + response);
      requestSizes.push(request);
      responseSizes.push(response);
      if (request > limit) throw fault(options.sizeErrorCode ?? 'RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
      if (response > limit) throw fault(options.sizeErrorCode ?? 'ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      if (world.editing && batch.length > 0) throw fault('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
      // A batch runs in order and stops at the first operation that fails; what ran before it stays.
      for (const step of batch) {
        const injected = options.failOn?.(step.op);
        if (injected) throw fault(injected.code, injected.message);
        await step.run();
        if (step.op.op !== 'load') applied.push(step.op);
      }
    },
    /** What the workbook holds now: every sheet as a snapshot, and the notes and comments by "'Sheet'!A1". */
    state(): ExcelState & { notesOnly: Record<string, string>; comments: Record<string, string>; hidden: string[]; names: Record<string, string>; sheetNames: string[] } {
      const notes: Record<string, string> = {};
      for (const sheet of sheets) for (const [cell, content] of sheet.notes) notes[`'${sheet.name}'!${cell}`] = content;
      const commentMap: Record<string, string> = {};
      for (const c of comments) commentMap[`'${c.sheet.name}'!${c.cell}`] = c.content;
      return {
        workbook: { name: 'workbook', sheets: sheets.map(snapshotOf) } satisfies WorkbookSnapshot,
        notes: { ...notes, ...commentMap },
        notesOnly: notes,
        comments: commentMap,
        hidden: sheets.filter((s) => s.visibility !== 'Visible').map((s) => s.name),
        names: Object.fromEntries(names.map((n) => [n.name, nameFormula(n)])),
        sheetNames: sheets.map((s) => s.name),
      };
    },
    /** A sheet's formats, charts, frozen rows, page settings and conditional formats, for tests. */
    sheet(name: string) { return find(name); },
    /** A person at the keyboard, between the add-in's requests. */
    person: {
      type(sheetName: string, address: string, entry: unknown, numberFormat?: string) {
        const sheet = find(sheetName)!;
        const { row, col } = parseA1(address)!;
        const cell = sheet.cells.get(key(row, col)) ?? { value: null, formula: null, numberFormat: 'General' };
        if (numberFormat) cell.numberFormat = numberFormat;
        Object.assign(cell, converted(entry, cell.numberFormat));
        sheet.cells.set(key(row, col), cell);
      },
      deleteNote(address: string) { const { sheet, cell } = cellOfAddress(address); sheet.notes.delete(cell); },
      editNote(address: string, content: string) { const { sheet, cell } = cellOfAddress(address); sheet.notes.set(cell, content); },
      deleteComment(address: string) { const { sheet, cell } = cellOfAddress(address); const c = comments.find((x) => x.sheet === sheet && x.cell === cell); if (c) comments.splice(comments.indexOf(c), 1); },
      renameSheet(from: string, to: string) { find(from)!.name = to; },
      deleteSheet(name: string) { const s = find(name)!; sheets.splice(sheets.indexOf(s), 1); },
      protectSheet(name: string) { find(name)!.protected = true; },
      switchWorkbook() { world.focused = false; },
      comeBack() { world.focused = true; },
      startEditing() { world.editing = true; },
      stopEditing() { world.editing = false; },
    },
  };
  return context;
}

export type FakeExcel = ReturnType<typeof fakeExcel>;
