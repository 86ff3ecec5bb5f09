/**
 * Files offices save that are not .xlsx — OpenDocument (.ods), Excel 97–2003 (.xls), CSV — turned
 * into .xlsx bytes by SheetJS (loaded only when such a file is opened), so that every reader and
 * writer works on one format. Node and browser alike.
 */
import type * as SheetJS from '@e965/xlsx';
import { parseVietnameseNumber } from '../../domain/text/numbers';
import type { FileFormat } from './formats';

/** Why a file could not be converted, in a line (vi). */
export class ConversionError extends Error {}

export const ENCRYPTED_REASON = 'sổ làm việc được bảo vệ bằng mật khẩu, không đọc được; hãy mở bằng Excel (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu: xóa mật khẩu) hoặc LibreOffice (Tệp → Lưu thành…, bỏ chọn "Lưu với mật khẩu") rồi lưu lại không mật khẩu';

async function sheetJs(): Promise<typeof SheetJS> {
  return import(/* webpackChunkName: "sheetjs" */ '@e965/xlsx');
}

function failure(format: FileFormat, error: unknown): ConversionError {
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) return new ConversionError(ENCRYPTED_REASON);
  const kind = format === 'ods' ? '.ods' : format === 'xls' ? '.xls' : '.csv';
  return new ConversionError(`không đọc được tệp ${kind} (${message.split('\n')[0]})`);
}

/** A sheet name Excel accepts, from a file's name ("ke hoach [2027].csv" → "ke hoach (2027)"). */
export function sheetNameOf(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const clean = base.replace(/\[/g, '(').replace(/\]/g, ')').replace(/[:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim();
  return (clean || 'Sheet1').slice(0, 31);
}

/** The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with its BOM, else Windows-1258. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

/** The separator of a CSV: the one of ";", "," and tab found most often outside quotes in its first lines. */
export function separatorOf(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (const ch of text.slice(0, 20_000)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n' && ++lines >= 30) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  return counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0 ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

const DOT_DECIMAL = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * A CSV cell's number, read the way the file writes numbers: with ";" the decimal mark is a comma
 * ("3.002,8", as Vietnamese Windows and LibreOffice write them), with "," a dot ("3,002.8"). A
 * share typed "41,4%" becomes 0.414 shown as a percentage. Null for anything else (kept as text).
 */
export function csvNumber(text: string, decimalComma: boolean): { value: number; format?: string } | null {
  const trimmed = text.trim();
  if (!trimmed || !/\d/.test(trimmed) || trimmed.length > 30) return null;
  const percent = trimmed.endsWith('%');
  const body = percent ? trimmed.slice(0, -1).trim() : trimmed;
  let value: number | null = null;
  let decimals = 0;
  if (decimalComma) {
    const parsed = parseVietnameseNumber(body);
    if (parsed && !parsed.percent && /^[-+]?[\d.]+(,\d+)?$/.test(body)) { value = parsed.value; decimals = parsed.decimals; }
  } else if (DOT_DECIMAL.test(body)) {
    value = Number(body.replace(/,/g, ''));
    decimals = body.includes('.') ? body.length - body.indexOf('.') - 1 : 0;
  }
  if (value === null || !Number.isFinite(value)) return null;
  if (!percent) return { value };
  return { value: value / 100, format: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' };
}

function csvWorkbook(X: typeof SheetJS, bytes: Uint8Array, file: string): SheetJS.WorkBook {
  const text = decodeText(bytes);
  const separator = separatorOf(text);
  const parsed = X.read(text, { type: 'string', raw: true, FS: separator, dense: false });
  const sheet = parsed.Sheets[parsed.SheetNames[0]];
  const decimalComma = separator === ';' || (separator === '\t' && /\d,\d/.test(text) && !/\d\.\d{1,2}\b/.test(text));
  for (const [address, cell] of Object.entries(sheet)) {
    if (address.startsWith('!') || !cell || (cell as SheetJS.CellObject).t !== 's') continue;
    const number = csvNumber(String((cell as SheetJS.CellObject).v), decimalComma);
    if (!number) continue;
    const target = cell as SheetJS.CellObject;
    target.t = 'n';
    target.v = number.value;
    delete target.w;
    if (number.format) target.z = number.format;
  }
  const workbook = X.utils.book_new();
  X.utils.book_append_sheet(workbook, sheet, sheetNameOf(file));
  return workbook;
}

/**
 * The .xlsx bytes of an .ods, .xls or .csv file (values, formulas, merged cells and number formats
 * kept); a ConversionError says in one line why a file cannot be read.
 *
 * @example
 * const xlsx = await toXlsxBytes(readFileSync('plan.ods'), 'ods', 'plan.ods');
 */
export async function toXlsxBytes(bytes: Uint8Array, format: 'ods' | 'xls' | 'csv', file: string): Promise<Uint8Array> {
  const X = await sheetJs();
  let workbook: SheetJS.WorkBook;
  try {
    workbook = quietly(() => (format === 'csv' ? csvWorkbook(X, bytes, file) : X.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellDates: false })));
  } catch (error) {
    if (format === 'ods' && await odsEncrypted(bytes)) throw new ConversionError(ENCRYPTED_REASON);
    throw failure(format, error);
  }
  if (workbook.SheetNames.length === 0) throw new ConversionError(`tệp ${format === 'ods' ? '.ods' : format === 'xls' ? '.xls' : '.csv'} không có trang tính nào`);
  return quietly(() => new Uint8Array(X.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer));
}

/** True when an OpenDocument file's manifest (never itself encrypted) declares encrypted parts. */
async function odsEncrypted(bytes: Uint8Array): Promise<boolean> {
  try {
    const { default: JSZip } = await import('jszip');
    const manifest = (await JSZip.loadAsync(bytes)).file('META-INF/manifest.xml');
    return manifest !== null && (await manifest.async('string')).includes('encryption-data');
  } catch {
    return false;
  }
}

/** Runs SheetJS without its console notes ("ODS number format may be incorrect"): the user cannot act on them. */
function quietly<T>(work: () => T): T {
  const { error } = console;
  console.error = () => undefined;
  try {
    return work();
  } finally {
    console.error = error;
  }
}
