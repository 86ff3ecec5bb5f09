import { parseVietnameseNumber } from '../../text/numbers';
import { roundHalfUp, viNumber, type TextFindingDraft } from '../findings';
import type { PlanText } from '../source';
import { corrected, quoteOf } from '../quote';

type Amount = { text: string; value: number; decimals: number; unit: 'ty' | 'trieu' };
type Item = { line: number; text: string; folded: string; parts: { line: number; folded: string }[]; amount?: Amount; share?: { text: string; value: number; decimals: number } };

const AMOUNT = /(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(ty|trieu)\b/;
const SHARE = /\bchiem\s*(?:ty le\s*)?(\d+(?:,\d+)?)\s*%/;
const INTRO = /(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(ty|trieu)(?:\s+dong)?\b[^:]{0,40}\b(trong do|gom|bao gom)\s*:?\s*$/;
/** List markers at the start of a line: "1.", "2)", "a)", "-", "+", "•". */
const MARKER = /^\s*(\d{1,2}[.)]|[a-zđ][.)]|[-–+•*])\s*/i;

const kindOf = (marker: string) => (/^\d/.test(marker) ? 'number' : /^[a-zđ]/i.test(marker) ? 'letter' : marker.trim()[0] === '–' ? '-' : marker.trim()[0]);
const ENDS = /[.;:!?]\s*$/;

function amountIn(folded: string): Amount | undefined {
  const match = AMOUNT.exec(folded);
  const parsed = match ? parseVietnameseNumber(match[1]) : null;
  return match && parsed ? { text: match[1], value: parsed.value, decimals: parsed.decimals, unit: match[2] as Amount['unit'] } : undefined;
}

const inUnit = (amount: Amount, unit: Amount['unit']) => (amount.unit === unit ? amount.value : amount.unit === 'ty' ? amount.value * 1000 : amount.value / 1000);

/**
 * A total and its listed items ("Tổng … là 4.756 tỷ đồng, trong đó: 1. … 643 tỷ đồng chiếm 13,5%;
 * 2. …"): the items of the first level add up to the total (sub-items never counted again), and each
 * item's share is its amount over the total.
 *
 * @example
 * totalClaims(prepareText('Tổng vốn là 100 tỷ đồng, trong đó:\n1. A là 60 tỷ đồng.\n2. B là 30 tỷ đồng.'))[0].expected // '90'
 */
export function totalClaims(text: PlanText): TextFindingDraft[] {
  const lines = text.lines.map((line, i) => ({ line: i + 1, text: line.trim(), folded: foldLine(text, i) })).filter((l) => l.text !== '');
  const findings: TextFindingDraft[] = [];
  // Every list with its total first: a sub-item's share may be of its parent or of the grand total.
  const lists: { line: number; last: number; total: Amount }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const intro = INTRO.exec(lines[i].folded);
    const total = intro ? amountIn(intro[0]) : undefined;
    if (!total) continue;
    const own = MARKER.exec(lines[i].text);
    const items = readItems(lines, i + 1, own ? kindOf(own[1]) : undefined);
    if (items.length) lists.push({ line: lines[i].line, last: items[items.length - 1].parts[items[items.length - 1].parts.length - 1].line, total });
  }
  for (let i = 0; i < lines.length; i++) {
    const intro = INTRO.exec(lines[i].folded);
    if (!intro) continue;
    const total = amountIn(intro[0]);
    if (!total) continue;
    const own = MARKER.exec(lines[i].text);
    const items = readItems(lines, i + 1, own ? kindOf(own[1]) : undefined);
    const enclosing = lists.filter((l) => l.line < lines[i].line && l.last >= lines[i].line).map((l) => l.total);
    const counted = items.filter((item) => item.amount);
    if (counted.length < 2) continue;
    const unit = total.unit;
    const sum = counted.reduce((t, item) => t + inUnit(item.amount!, unit), 0);
    const decimals = Math.max(total.decimals, ...counted.map((item) => (item.amount!.unit === unit ? item.amount!.decimals : 0)));
    const lineStart = text.offsetOf(lines[i].line);
    const quote = quoteOf(text, lineStart + text.lines[lines[i].line - 1].search(/\S/), lineStart + text.lines[lines[i].line - 1].trimEnd().length);
    if (Math.abs(sum - total.value) > 0.5 * 10 ** -decimals + 1e-9) {
      const expected = viNumber(sum, decimals);
      findings.push({
        code: 'text-total', line: lines[i].line, quote, actual: total.text, expected,
        params: { items: counted.map((item) => item.amount!.text).join(' + '), unit: unit === 'ty' ? 'tỷ đồng' : 'triệu đồng', corrected: corrected(quote, total.text, expected) },
      });
    }
    for (const item of counted) {
      if (!item.share) continue;
      const exact = (inUnit(item.amount!, unit) / total.value) * 100;
      if (Math.abs(exact - item.share.value) <= 0.5 * 10 ** -item.share.decimals + 1e-9) continue;
      const ofGrand = enclosing.some((grand) => Math.abs((inUnit(item.amount!, grand.unit) / grand.value) * 100 - item.share!.value) <= 0.5 * 10 ** -item.share!.decimals + 1e-9);
      if (ofGrand) continue;
      findings.push({
        code: 'text-item-share', line: item.parts.find((p) => new RegExp(`${item.share!.text.replace(',', '\\,')}\\s*%`).test(p.folded))?.line ?? item.line, quote: item.text.replace(/\s+/g, ' '), actual: `${item.share.text}%`, expected: `${viNumber(roundHalfUp(exact, item.share.decimals), item.share.decimals)}%`,
        params: { amount: item.amount!.text, total: total.text, exact: viNumber(exact, 3), corrected: corrected(item.text.replace(/\s+/g, ' '), `${item.share.text}%`, `${viNumber(roundHalfUp(exact, item.share.decimals), item.share.decimals)}%`) },
      });
    }
  }
  return findings;
}

function foldLine(text: PlanText, index: number): string {
  const start = text.offsetOf(index + 1);
  return text.folded.slice(start, start + text.lines[index].length).trim();
}

/**
 * The items of a list from line `from`: each starts at a line with the first item's kind of marker
 * and runs over the lines after it (a sentence broken across lines); deeper items are part of their
 * parent; the list ends at a line without a marker that follows a finished sentence, or at the next
 * item of the list its intro belongs to (`parentKind`).
 */
function readItems(lines: { line: number; text: string; folded: string }[], from: number, parentKind?: string): Item[] {
  const first = MARKER.exec(lines[from]?.text ?? '');
  if (!first || kindOf(first[1]) === parentKind) return [];
  const kind = kindOf(first[1]);
  const items: Item[] = [];
  let current: Item | undefined;
  for (let i = from; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i].text);
    // A bad scan drops the dot of "3.": the next number of a numbered list still opens an item.
    const next = kind === 'number' && new RegExp(`^\\s*${items.length + 1}[.)]?\\s+\\S`).test(lines[i].text);
    // The next item of the list the intro itself belongs to: this list is over.
    if (marker && parentKind !== undefined && kindOf(marker[1]) === parentKind) break;
    if ((marker && kindOf(marker[1]) === kind) || next) {
      current = { line: lines[i].line, text: lines[i].text, folded: lines[i].folded, parts: [lines[i]] };
      items.push(current);
    } else if (current && (marker || !ENDS.test(lines[i - 1].text))) {
      // A deeper item, or the rest of a sentence broken across lines: part of the current item.
      current.text += ` ${lines[i].text}`;
      current.parts.push(lines[i]);
      current.folded += ` ${lines[i].folded}`;
    } else break;
  }
  for (const item of items) readAmount(item);
  return items;
}

function readAmount(item: Item): void {
  // The item's own amount comes before its sub-items: read only up to the first deeper marker.
  const own = item.folded.split(/\s[-–+•*]\s/)[0];
  item.amount ??= amountIn(own);
  const share = SHARE.exec(own);
  const parsed = share ? parseVietnameseNumber(share[1]) : null;
  if (share && parsed) item.share = { text: share[1], value: parsed.value, decimals: parsed.decimals };
}
