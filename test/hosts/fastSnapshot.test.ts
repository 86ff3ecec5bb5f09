import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fastSnapshot, FastReadUnsupported } from '../../src/hosts/xlsx/fastSnapshot';
import { loadXlsx, snapshotOfWorkbook } from '../../src/hosts/xlsx/readSnapshot';
import { openWorkbookBytes } from '../../src/hosts/xlsx/open';
import { sniffFormat } from '../../src/hosts/xlsx/formats';
import { toXlsxBytes } from '../../src/hosts/xlsx/convert';
import { workbookFromSnapshots } from '../../src/hosts/xlsx/writeSnapshot';
import { CASES, caseFile } from '../hostile/corpus';
import { convertTo, recalculate } from '../helpers/libreoffice';
import { tempDir } from '../helpers/xlsx';
import { sheet } from '../helpers/sheets';

const declines: string[] = [];
afterAll(() => { if (declines.length) console.log(declines.join('\n')); });
const root = path.join(__dirname, '..', '..');
const samples = readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(root, 'samples', f));

/** The snapshots ExcelJS gives (what the command line reads), or the error it throws. */
async function throughExcelJS(bytes: Uint8Array, name: string) {
  try {
    return snapshotOfWorkbook(await loadXlsx(bytes, name), name);
  } catch (error) {
    return { error: String(error) };
  }
}

/** The fast reader's snapshots; a file it declines is read by ExcelJS in the pane, so it counts as equal. */
async function throughFastReader(bytes: Uint8Array, name: string) {
  try {
    return await fastSnapshot(bytes, name);
  } catch (error) {
    if (error instanceof FastReadUnsupported) {
      declines.push(`${name}: ${error.message}`);
      return 'declined';
    }
    return { error: String(error) };
  }
}

async function expectSame(bytes: Uint8Array, name: string): Promise<'same' | 'declined'> {
  const fast = await throughFastReader(bytes, name);
  const slow = await throughExcelJS(bytes, name);
  // Declining a file ExcelJS cannot read either is right: ExcelJS then says why.
  if (fast === 'declined') return 'error' in slow ? 'same' : 'declined';
  if ('error' in slow) {
    // A file ExcelJS cannot read: the fast reader must not make something of it either.
    expect({ name, fast: 'error' in fast ? 'error' : 'read' }).toEqual({ name, fast: 'error' });
    return 'same';
  }
  expect({ name, ...fast }).toEqual({ name, ...slow });
  return 'same';
}

describe('the fast .xlsx reader gives the snapshots ExcelJS gives', () => {
  it('on every sample as written, and as LibreOffice saves it again', async () => {
    const results: string[] = [];
    for (const file of samples) {
      results.push(`${path.basename(file)}: ${await expectSame(readFileSync(file), path.basename(file))}`);
      const saved = recalculate(file);
      results.push(`${path.basename(file)} (LibreOffice): ${await expectSame(readFileSync(saved), path.basename(file))}`);
    }
    // None is declined: the fast path is the one the pane takes on real files.
    expect(results.filter((r) => r.endsWith('declined'))).toEqual([]);
  }, 300_000);

  it('on every sample converted from .ods by SheetJS, as the web page opens an .ods', async () => {
    for (const file of samples) {
      const [ods] = convertTo(file, 'ods');
      const xlsx = await toXlsxBytes(readFileSync(ods), 'ods', ods);
      expect(await expectSame(xlsx, path.basename(ods))).toBe('same');
    }
  }, 300_000);

  it('on every hostile file: the same snapshots, or both refuse', async () => {
    const dir = tempDir('ntm-plan-fast-');
    const declined: string[] = [];
    for (const c of CASES) {
      const file = caseFile(dir, c);
      await c.write(file);
      const bytes = readFileSync(file);
      if (sniffFormat(bytes).format !== 'xlsx') continue;
      if ((await expectSame(bytes, c.name)) === 'declined') declined.push(c.name);
    }
    expect(declined).toEqual([]);
  }, 300_000);

  it('reads dates, booleans, errors, rich text, shared formulas and merged areas as ExcelJS does', async () => {
    const book = workbookFromSnapshots([sheet('A', [['Ngày', 'Đúng', 'Lỗi', 'Số'], [null, true, { error: '#DIV/0!' }, 1.5]], { merges: ['A3:C4'] })]);
    const ws = book.worksheets[0];
    ws.getCell('A2').value = new Date(Date.UTC(2025, 11, 31));
    ws.getCell('A2').numFmt = 'dd/mm/yyyy';
    ws.getCell('D3').value = { richText: [{ text: 'Xã ' }, { font: { bold: true }, text: 'Lê Lai' }] };
    ws.getCell('E1').value = { formula: 'D2*2', result: 3, shareType: 'shared', ref: 'E1:E3' } as never;
    ws.getCell('E2').value = { sharedFormula: 'E1', result: 4 } as never;
    ws.getCell('E3').value = { sharedFormula: 'E1', result: 0 } as never;
    ws.getCell('F1').value = { text: 'trang', hyperlink: 'https://example.org' };
    ws.getCell('G5').numFmt = '0.0%';
    ws.getCell('G6').value = 0.414;
    ws.getCell('G6').numFmt = '0.0%';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await expectSame(bytes, 'kinds.xlsx')).toBe('same');
    const fast = await fastSnapshot(bytes, 'kinds.xlsx');
    expect(fast.sheets[0].values[1][0]).toBe('31/12/2025');
    expect(fast.sheets[0].formulas?.[2]?.[4]).toBe('=D4*2');
  });

  it('opens a workbook through the same entry point with the fast reader as with ExcelJS', async () => {
    const file = samples[0];
    const { snapshot } = await openWorkbookBytes(readFileSync(file), file, path.basename(file));
    expect(await fastSnapshot(readFileSync(file), path.basename(file))).toEqual(snapshot);
  });
});
