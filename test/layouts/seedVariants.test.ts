import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { findingsOf as findings, VARIANTS } from '../helpers/variants';
import { readWorkbookFile } from '../../src/hosts/xlsx/files';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

describe('each sample plan gives the same findings without diacritics, in NFD and with its numbers typed as text', () => {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx'));
  test.each(files.flatMap((file) => Object.keys(VARIANTS).map((variant) => [file, variant] as const)))('%s, %s', async (file, variant) => {
    const book = await readWorkbookFile(path.join(SAMPLES, file));
    const expected = findings(book);
    expect(expected.some((f) => / (error|warning)$/.test(f)) || file.startsWith('bac-giang')).toBe(true);
    const changed = { ...book, sheets: book.sheets.map(VARIANTS[variant]) };
    expect(findings(changed)).toEqual(expected);
  });
});

describe('Lạng Sơn 2019 retyped without a Vietnamese keyboard, in another layout', () => {
  const NAMES = ['Quy hoach', 'Giao thong', 'Thuy loi', 'Dien', 'Truong hoc', 'Co so vat chat van hoa', 'Co so ha tang thuong mai nong thon', 'Thong tin va Truyen thong', 'Nha o dan cu', 'Thu nhap', 'Ho ngheo', 'Lao dong co viec lam', 'To chuc san xuat', 'Giao duc va Dao tao', 'Y te', 'Van hoa', 'Moi truong va an toan thuc pham', 'He thong chinh tri va tiep can phap luat', 'Quoc phong va An ninh'];
  // [added, cumulative, share] as the plan states them: 90/207 written 43,4 and 133/207 written 64,2.
  const rows: [number | null, number | null, number | null][] = [[null, null, null], [12, 61, 29.5], [9, 160, 77.3], [11, 125, 60.4], [14, 64, 30.9], [14, 66, 31.9], [11, 175, 84.5], [null, 68, 32.9], [22, 128, 61.8], [12, 70, 33.8], [13, 77, 37.2], [0, 207, 100], [9, 99, 47.8], [6, 193, 93.2], [26, 133, 64.2], [13, 103, 49.8], [14, 65, 31.4], [16, 71, 34.3], [8, 194, 93.7]];
  const values: CellValue[][] = [
    ['UBND TINH LANG SON'],
    ['KE HOACH THUC HIEN CAC TIEU CHI NONG THON MOI NAM 2019'],
    ['Tong so xa: 207 xa'],
    ['TT', 'Ten tieu chi', 'So xa phan dau dat them nam 2019', 'Luy ke so xa dat den het nam 2019', 'Ty le (%)', 'Co quan chu tri'],
    ...rows.flatMap(([added, cumulative, share], i): CellValue[][] => [[i + 1, `Tieu chi so ${i + 1}: ${NAMES[i]}`, added, cumulative, share, null], ...(i === 7 ? [[null, 'Trong do: so xa co dai truyen thanh', null, 90, 43.4, null]] : [])]),
  ];
  const width = 6;
  const book: WorkbookSnapshot = { name: 'lang-son-2019-khong-dau.xlsx', sheets: [{ name: 'Chi tieu 2019', origin: { row: 0, col: 0 }, values: values.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)) }] };

  test('is read as targets per criterion, and its two wrong shares are found', () => {
    const report = checkWorkbook(book, {}, 'vi');
    expect(report.sheets[0].kind).toBe('targets');
    expect(findings(book)).toEqual(['Chi tieu 2019!E13 percent-mismatch error', 'Chi tieu 2019!E20 percent-mismatch error']);
  });
});
