/**
 * The files offices save: each sample saved by LibreOffice as .ods, .xls and .csv (one file per
 * sheet) gives the findings of its .xlsx (for a .csv, those of its one sheet); formats are told by
 * content; CSV numbers and encodings as they arrive.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as SheetJS from '@e965/xlsx';
import { checkWorkbook } from '../../src/domain/engine';
import { openWorkbookFile } from '../../src/hosts/xlsx/files';
import { csvNumber, decodeText, separatorOf, sheetNameOf } from '../../src/hosts/xlsx/convert';
import { sniffFormat } from '../../src/hosts/xlsx/formats';
import { main } from '../../src/cli/main';
import { convertTo } from '../helpers/libreoffice';
import { tempDir } from '../helpers/xlsx';

const samples = path.join(__dirname, '..', '..', 'samples');
const SAMPLES = readdirSync(samples).filter((f) => f.endsWith('.xlsx'));

type Found = { sheet: string; cell: string; code: string; severity: string; key?: string };
const found = (report: ReturnType<typeof checkWorkbook>): string[] => report.issues.map((i: Found) => `${i.sheet}!${i.cell} ${i.code} ${i.severity} ${i.key ?? ''}`).sort();

describe.each(SAMPLES)('%s saved by LibreOffice in the formats offices use', (sample) => {
  const xlsx = path.join(samples, sample);
  let expected: ReturnType<typeof checkWorkbook>;
  let snapshot: Awaited<ReturnType<typeof openWorkbookFile>>['snapshot'];
  beforeAll(async () => {
    snapshot = (await openWorkbookFile(xlsx)).snapshot;
    expected = checkWorkbook(snapshot);
  });

  test.each(['ods', 'xls'] as const)('.%s: the same sheets and the same findings as the .xlsx', async (format) => {
    const [file] = convertTo(xlsx, format);
    const opened = await openWorkbookFile(file);
    expect(opened.format).toBe(format);
    const report = checkWorkbook(opened.snapshot);
    expect(report.sheets).toEqual(expected.sheets);
    expect(found(report)).toEqual(found(expected));
  }, 120_000);

  test('.csv, one file per sheet: each gives the findings of its sheet alone', async () => {
    const files = convertTo(xlsx, 'csv', ';');
    expect(files).toHaveLength(snapshot.sheets.length);
    for (const sheet of snapshot.sheets) {
      const file = files.find((f) => path.basename(f, '.csv').endsWith(`-${sheet.name}`))!;
      const opened = await openWorkbookFile(file);
      expect(opened.format).toBe('csv');
      const alone = checkWorkbook({ name: sample, sheets: [sheet] });
      const report = checkWorkbook(opened.snapshot);
      const named = opened.snapshot.sheets[0].name;
      // The CSV's one sheet is named after its file; compare what was found, cell by cell.
      expect(report.sheets.map((s) => s.kind)).toEqual(alone.sheets.map((s) => s.kind));
      expect(found(report).map((f) => f.replace(`${named}!`, '!'))).toEqual(found(alone).map((f) => f.replace(`${sheet.name}!`, '!')));
    }
  }, 120_000);
});

describe('formats are told by content', () => {
  test('a sample, its LibreOffice copies, a CSV, an encrypted container, other files', () => {
    const xlsx = path.join(samples, SAMPLES[0]);
    expect(sniffFormat(readFileSync(xlsx)).format).toBe('xlsx');
    expect(sniffFormat(readFileSync(convertTo(xlsx, 'ods')[0])).format).toBe('ods');
    expect(sniffFormat(readFileSync(convertTo(xlsx, 'xls')[0])).format).toBe('xls');
    expect(sniffFormat(Buffer.from('TT;Tiêu chí\n1;Quy hoạch\n')).format).toBe('csv');
    expect(sniffFormat(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('TT\tA', 'utf16le')])).format).toBe('csv');
    const container = SheetJS.CFB.utils.cfb_new();
    SheetJS.CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.alloc(8));
    SheetJS.CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(600));
    expect(sniffFormat(SheetJS.CFB.write(container, { type: 'buffer' }) as Buffer).format).toBe('encrypted');
    expect(sniffFormat(new Uint8Array(0))).toEqual({ format: 'other', seems: 'tệp rỗng' });
    expect(sniffFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]))).toEqual({ format: 'other', seems: 'không phải sổ làm việc' });
  }, 120_000);
});

describe('CSV as it arrives', () => {
  test('numbers the way the separator says the file writes them', () => {
    expect(csvNumber('3.002,8', true)).toEqual({ value: 3002.8 });
    expect(csvNumber('1.500', true)).toEqual({ value: 1500 });
    expect(csvNumber('41,4%', true)).toEqual({ value: 0.414, format: '0.0%' });
    expect(csvNumber('3,002.8', false)).toEqual({ value: 3002.8 });
    expect(csvNumber('41.4%', false)).toEqual({ value: 0.414, format: '0.0%' });
    expect(csvNumber('75/181', true)).toBeNull();
    expect(csvNumber('Tháng 3/2027', true)).toBeNull();
    expect(csvNumber('31/12/2026', false)).toBeNull();
    expect(csvNumber('9, 10', false)).toBeNull();
  });

  test('separators, encodings and sheet names', () => {
    expect(separatorOf('TT;Nguồn vốn;Số tiền\n1;"A, B";3.002,8\n')).toBe(';');
    expect(separatorOf('TT,Nguồn vốn,Số tiền\n1,"A; B",3002.8\n')).toBe(',');
    expect(separatorOf('TT\tNguồn vốn\tSố tiền\n')).toBe('\t');
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Tổng cộng')]))).toBe('Tổng cộng');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tổng cộng', 'utf16le')]))).toBe('Tổng cộng');
    // Windows-1258 (Vietnamese ANSI): "Tổng" with the hook above as a combining mark (0xD2).
    expect(decodeText(Uint8Array.from([0x54, 0xf4, 0xd2, 0x6e, 0x67])).normalize('NFC')).toBe('Tổng');
    expect(sheetNameOf('/tmp/Kế hoạch [2027]: bản 2.csv')).toBe('Kế hoạch (2027)- bản 2');
  });
});

describe('writers take any of these and write .xlsx, never over the input', () => {
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n'), errors: err.length };
  };

  test('fill on an .ods writes an .xlsx and says so; -o .ods is refused in one message', async () => {
    const [ods] = convertTo(path.join(samples, 'thach-an-2025.xlsx'), 'ods');
    const before = readFileSync(ods);
    const output = path.join(tempDir('ntm-plan-formats-'), 'ket-qua.xlsx');
    const filled = await run('fill', ods, '-o', output);
    expect(filled.code).toBe(0);
    expect(filled.out).toContain('Đã đọc tệp .ods (LibreOffice); kết quả ghi dạng .xlsx');
    expect(sniffFormat(readFileSync(output)).format).toBe('xlsx');
    expect(readFileSync(ods).equals(before)).toBe(true);
    const refused = await run('fill', ods, '-o', output.replace(/\.xlsx$/, '.ods'));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^ntm-plan: tệp kết quả phải là \.xlsx/);
    // One message, wrapped to 80 columns when the output is no terminal.
    expect(refused.errors).toBe(1);
    expect(refused.err.split('\n').every((line) => [...line].length <= 80)).toBe(true);
  }, 120_000);
});
