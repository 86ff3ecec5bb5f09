import { fold } from './fold';
import { classifyMark, type MarkStatus } from './marks';

/** The marks a sheet's legend defines, by folded mark. */
export type Legend = ReadonlyMap<string, Exclude<MarkStatus, 'invalid'>>;

const STARTS = /^\s*(\(?\s*\*?\s*)?(ky hieu|chu thich|ghi chu|quy uoc)\b/;

/**
 * The state folded words name: "chưa đạt", "cơ bản đạt", "phấn đấu đạt năm 2027", "đã đạt".
 *
 * @example
 * statusOfMeaning('so tieu chi co ban dat') // 'basic'
 */
export function statusOfMeaning(meaning: string): Exclude<MarkStatus, 'invalid'> | null {
  if (/\b(chua dat|khong dat|chua)\b/.test(meaning)) return 'not-met';
  if (/\bco ban dat\b/.test(meaning)) return 'basic';
  if (/\b(phan dau|ke hoach|dang ky|dat them|dat moi|du kien)\b/.test(meaning) || /\bdat (trong )?nam \d{4}\b/.test(meaning)) return 'planned';
  if (/\b(da dat|dat chuan|dat)\b/.test(meaning)) return 'met';
  return null;
}

/**
 * Reads a legend of marks: "Ký hiệu: Đ - đã đạt; KH - phấn đấu đạt năm 2027; CĐ - chưa đạt",
 * "x: đạt", "(x) đã đạt, (KH) kế hoạch". Null when the text defines no mark.
 *
 * @example
 * parseLegend('Ký hiệu: Đ - đã đạt; KH - phấn đấu đạt năm 2027; CĐ - chưa đạt')?.get('cd') // 'not-met'
 */
export function parseLegend(text: unknown): Legend | null {
  if (typeof text !== 'string' || text.length > 400) return null;
  const lead = fold(text);
  const body = text.replace(/^\s*\(?\s*\*?\s*(ký hiệu|ky hieu|chú thích|chu thich|ghi chú|ghi chu|quy ước|quy uoc)\s*\)?\s*[:.]?/i, '');
  const legend = new Map<string, Exclude<MarkStatus, 'invalid'>>();
  for (const part of body.split(/[;\n]|,(?=\s*\(?\s*[^\s,;]{1,4}\s*\)?\s*[-–:=])/)) {
    // "để trống = chưa đạt", "ô trống: chưa đạt": what a blank cell means, under the key ''.
    const blank = /^(?:de|bo|o|neu|con)? ?trong\s*(?:[-–:=]|la)\s*(.+)$/.exec(fold(part, '-–:='));
    if (blank) {
      const status = statusOfMeaning(blank[1]);
      if (status) legend.set('', status);
      continue;
    }
    const match = /^\s*["“(]?\s*([^\s"”():=–-]{1,5})\s*["”)]?\s*(?:[-–:=]|là)\s*(.+)$/i.exec(part.trim()) ?? /^\s*\(\s*([^\s()]{1,5})\s*\)\s*(.+)$/.exec(part.trim());
    if (!match) continue;
    const status = statusOfMeaning(fold(match[2]));
    const mark = fold(match[1]);
    if (status && mark) legend.set(mark, status);
  }
  if (legend.size === 0) return null;
  // A line of words that happens to hold one "a - b" is not a legend unless it says it is one.
  return legend.size >= 2 || STARTS.test(lead) ? legend : null;
}

/**
 * A mark read with the sheet's legend first, then the common spellings.
 *
 * @example
 * readMark('O', 2027, new Map([['o', 'not-met']])) === 'not-met'
 */
export function readMark(value: unknown, planYear: number | undefined, legend: Legend | undefined): MarkStatus {
  if (legend && legend.size && (value === null || value === undefined) && legend.has('')) return legend.get('')!;
  if (legend && legend.size && (typeof value === 'string' || typeof value === 'number')) {
    const status = legend.get(fold(String(value).trim()));
    if (status) return status;
  }
  return classifyMark(value, planYear);
}
