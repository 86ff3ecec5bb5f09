import { checkWorkbook } from '../../src/domain/engine';
import { READ_CODES } from '../../src/domain/findings/codes';
import { formatPrecision } from '../../src/domain/sheet/stated';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';

/** How texts and numbers really arrive: typed without a Vietnamese keyboard, in NFD, numbers typed as text. */
export type Variant = (sheet: SheetSnapshot) => SheetSnapshot;

export const strip = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** A number as an office types it into a text cell: decimal comma, "%" where the cell shows a percentage. */
function typed(value: number, format: string | null): string {
  const precision = formatPrecision(format);
  if (precision?.percent) return `${(value * 100).toFixed(precision.decimals).replace('.', ',')}%`;
  const text = precision ? value.toFixed(precision.decimals) : String(value);
  return text.replace('.', ',');
}

const texts = (change: (text: string) => string): Variant => (sheet) => ({ ...sheet, values: sheet.values.map((row) => row.map((v): CellValue => (typeof v === 'string' ? change(v) : v))) });

/** Every typed number (not a formula's) as text, the Vietnamese way. */
const numbersAsText: Variant = (sheet) => ({
  ...sheet,
  values: sheet.values.map((row, r) => row.map((v, c): CellValue => (typeof v === 'number' && !sheet.formulas?.[r]?.[c] ? typed(v, sheet.numberFormats?.[r]?.[c] ?? null) : v))),
  numberFormats: sheet.numberFormats?.map((row) => row.map(() => null)),
});

export const VARIANTS: Record<string, Variant> = { 'no diacritics': texts(strip), NFD: texts((t) => t.normalize('NFD')), 'numbers as text': numbersAsText };

/** A workbook's findings (what was read aside) as "Sheet!A1 code severity", in the report's order. */
/** The texts of a sheet as typed, without diacritics and in NFD: the spellings a words-only table must read alike. */
export const SPELLINGS: [string, Variant][] = [['as typed', (s) => s], ['no diacritics', VARIANTS['no diacritics']], ['NFD', VARIANTS.NFD]];

export const findingsOf = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => !READ_CODES.includes(i.code)).map((i) => `${i.sheet}!${i.cell} ${i.code} ${i.severity}`);

/** The same workbook with every sheet changed by a variant. */
export const variantOf = (book: WorkbookSnapshot, variant: string): WorkbookSnapshot => ({ ...book, sheets: book.sheets.map(VARIANTS[variant]) });
