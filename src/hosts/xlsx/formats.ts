/**
 * What a file holds, told by its content (never by its extension): an .xlsx, an OpenDocument
 * spreadsheet, an Excel 97–2003 workbook, a password-protected workbook, text (CSV), or something
 * else. Works on bytes, in Node and in the browser.
 */

export type FileFormat = 'xlsx' | 'ods' | 'xls' | 'csv' | 'encrypted' | 'other';

/** What the format is, and for `other` what it seems to be, in a few words (vi). */
export type Sniffed = { format: FileFormat; seems?: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: Uint8Array, from = 0, to = bytes.length): number {
  const last = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = from; i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const utf16le = (text: string) => Uint8Array.from([...text].flatMap((ch) => [ch.charCodeAt(0), 0]));

function sniffZip(bytes: Uint8Array): Sniffed {
  // An OpenDocument file stores "mimetype" first and uncompressed: its content follows the name.
  const head = bytes.subarray(0, 200);
  if (indexOf(head, ascii('mimetype')) >= 0) {
    if (indexOf(head, ascii(ODS_MIMETYPE)) >= 0) return { format: 'ods' };
    if (indexOf(head, ascii('application/vnd.oasis.opendocument.text')) >= 0) return { format: 'other', seems: 'văn bản OpenDocument (.odt)' };
  }
  if (indexOf(bytes, ascii('xl/workbook')) >= 0 || indexOf(bytes, ascii('[Content_Types].xml')) >= 0 && indexOf(bytes, ascii('xl/')) >= 0) return { format: 'xlsx' };
  if (indexOf(bytes, ascii('word/document')) >= 0) return { format: 'other', seems: 'văn bản Word (.docx)' };
  if (indexOf(bytes, ascii('ppt/')) >= 0) return { format: 'other', seems: 'bản trình chiếu (.pptx)' };
  // A zip whose directory is unreadable (a damaged .xlsx, most likely): tried as an .xlsx, whose reader says what is wrong.
  return { format: 'xlsx' };
}

function sniffOle2(bytes: Uint8Array): Sniffed {
  // An encrypted .xlsx is an OLE2 container holding "EncryptionInfo" and "EncryptedPackage".
  if (indexOf(bytes, utf16le('EncryptedPackage')) >= 0) return { format: 'encrypted' };
  if (indexOf(bytes, utf16le('Workbook')) >= 0 || indexOf(bytes, utf16le('Book')) >= 0) return { format: 'xls' };
  if (indexOf(bytes, utf16le('WordDocument')) >= 0) return { format: 'other', seems: 'văn bản Word 97–2003 (.doc)' };
  return { format: 'other', seems: 'tệp Office cũ không phải sổ làm việc' };
}

/** Text when its first bytes decode as UTF-16 (with a BOM) or hold no NUL and few control bytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= sample.length / 100;
}

/**
 * A text is a table (CSV) when most of its first lines cut into the same number of fields (two or
 * more) by one of ";", "," or tab — and it does not open like code or markup.
 */
function looksLikeTable(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const text = new TextDecoder(utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8').decode(bytes.subarray(utf16 ? 2 : 0, 64 * 1024)).replace(/^\ufeff/, '');
  if (/^\s*(<|\{|\[|#!|\/\*|\/\/|import\b|export\b|function\b|const\b|package\b)/.test(text)) return false;
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 50);
  if (lines.length === 0) return false;
  return [';', ',', '\t'].some((separator) => {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const fields = fieldCount(line, separator);
      counts.set(fields, (counts.get(fields) ?? 0) + 1);
    }
    const [fields, alike] = [...counts].sort((a, b) => b[1] - a[1])[0];
    return fields >= 2 && alike >= Math.max(1, lines.length * 0.6);
  });
}

function fieldCount(line: string, separator: string): number {
  let fields = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) fields++;
  }
  return fields;
}

/**
 * The format of a file from its bytes.
 *
 * @example
 * sniffFormat(readFileSync('plan.ods')).format === 'ods'
 */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP)) return sniffZip(bytes);
  if (startsWith(bytes, OLE2)) return sniffOle2(bytes);
  if (looksLikeText(bytes)) return looksLikeTable(bytes) ? { format: 'csv' } : { format: 'other', seems: 'tệp văn bản không phải bảng' };
  return { format: 'other', seems: bytes.length === 0 ? 'tệp rỗng' : 'không phải sổ làm việc' };
}

/** Names of the formats, as a user knows them. */
export const FORMAT_NAMES: Record<FileFormat, string> = {
  xlsx: '.xlsx', ods: '.ods (LibreOffice)', xls: '.xls (Excel 97–2003)', csv: '.csv', encrypted: 'sổ làm việc có mật khẩu', other: 'không phải sổ làm việc',
};
