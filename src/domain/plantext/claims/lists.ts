import type { TextFindingDraft } from '../findings';
import { quoteOf } from '../quote';
import type { PlanText } from '../source';

// "có thêm 03 xã … (Cụ thể chỉ tiêu giao cho xã: A, B, C)", "thêm 05 xã đạt chuẩn … là: A, B, C, D, E."
const NAMED = /\bthem\s+(\d{1,3})\s+xa\b([^().;:]{0,140}?)(?:\(\s*(?:cu the\s+)?(?:chi tieu\s+)?giao cho\s+(?:cac\s+)?xa\s*:\s*([^)]*)\)|\b(?:la|gom)\s*:\s*((?:[^.]|\.(?=\d))*))/g;

/** The names of a list: when they start with "xã", as long as they do ("xã A huyện B; xã C và xã D; mỗi xã …"); else all. */
function namesOf(written: string): string[] {
  const parts = written.split(/[,;]|\s+và\s+|\s+va\s+/).map((n) => n.trim()).filter(Boolean);
  const prefixed = /^(xã|xa)\s/i;
  const names = prefixed.test(parts[0] ?? '') ? parts.slice(0, (parts.findIndex((n) => !prefixed.test(n)) + 1 || parts.length + 1) - 1) : parts;
  return names.map((n) => n.replace(prefixed, '').trim()).filter((n) => n.length > 1 && !/^\d/.test(n));
}

/**
 * A count of communes and the communes it names: "thêm 03 xã (… giao cho xã: A, B)" names two.
 *
 * @example
 * listClaims(prepareText('có thêm 03 xã đạt tiêu chí (Cụ thể chỉ tiêu giao cho xã: Lê Lai, Đức Long)'))[0].expected // '02'
 */
export function listClaims(text: PlanText): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  for (const match of text.folded.matchAll(NAMED)) {
    const listed = match[3] ?? match[4] ?? '';
    const listStart = match.index! + match[0].length - listed.length - (match[3] !== undefined ? 1 : 0);
    const written = text.flat.slice(listStart, listStart + listed.length);
    const names = namesOf(written);
    const count = Number(match[1]);
    if (names.length === 0 || names.length === count) continue;
    const start = match.index!;
    const end = start + match[0].length;
    const width = match[1].length;
    findings.push({
      code: 'text-list-count', line: text.lineOf(start), quote: quoteOf(text, start, end), actual: match[1], expected: String(names.length).padStart(width, '0'),
      params: { names: names.join(', ') },
    });
  }
  return findings;
}
