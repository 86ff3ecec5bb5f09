import type { TextFindingDraft } from '../findings';
import type { PlanText } from '../source';

// "năm ___", "ngày …/…/2019", "số: /KH-UBND", "ngày /02/2019": a number the drafter left to fill in.
const BLANKS = /\b(nam|ngay|so|thang)\s*:?\s*(_{2,}|\.{4,}|…+)|\bso\s*:?\s*\/\s*[a-z]{2,}|\bngay\s+\/\s*\d{1,2}\s*\/\s*\d{4}/g;

/**
 * Blanks left in a plan: a year, a number or a date to be filled in.
 *
 * @example
 * placeholders(prepareText('Kèm theo Kế hoạch số /KH-UBND ngày /02/2019'))[0].code // 'text-placeholder'
 */
export function placeholders(text: PlanText): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  for (const match of text.folded.matchAll(BLANKS)) {
    const start = match.index!;
    const end = start + match[0].length;
    const written = text.flat.slice(start, end).replace(/\s+/g, ' ');
    const line = text.lineOf(start);
    findings.push({ code: 'text-placeholder', line, quote: (cellOf(text.cells[line - 1], written) ?? text.lines[line - 1].trim()).slice(0, 240), actual: written, expected: '', params: { text: written } });
  }
  return findings;
}

/** In a table row, the cell holding the blank. */
function cellOf(cells: readonly string[] | undefined, written: string): string | undefined {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return cells?.find((cell) => flat(cell).includes(written));
}
