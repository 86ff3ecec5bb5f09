import type { Catalog } from '../../catalog/schema';
import { fold } from '../../text/fold';
import type { TextFindingDraft } from '../findings';
import type { Figure } from '../read/figures';
import type { Reading, ReadSentence } from '../read/reading';

// What opens a list after a count: "…: ", "… là: ", "… là ", "… gồm: ", "… (", "… cụ thể: ".
const OPENS = /^([^\d.;:()]{0,100}?)(?:\s*\(\s*(?:cu the\s*)?(?:(?:chi tieu\s+)?giao cho\s*)?(?:cac\s+)?(?:xa|thon|xom)?\s*:?\s*|\s*:\s*|\s+la\s*:?\s*|\s+gom(?: co)?\s*:?\s*|\s+bao gom\s*:?\s*|\s*,?\s*cu the\s*(?:la|gom)?\s*:?\s*)(?=\S)/;
const PREFIX: Record<string, RegExp> = {
  commune: /^(?:xa|phuong|thi tran)\s+/,
  village: /^(?:thon|xom|ban|ap|lang|to dan pho|khu)\s+/,
  district: /^(?:huyen|thi xa|thanh pho|tp\.?)\s+/,
  agency: /^(?:so|phong|ban|uy ban|ubnd|hoi|cong an|van phong|chi cuc|trung tam|dai|bao|lien minh|mat tran|doan|bo|cuc|vien|ngan hang|cac so|cac phong|bch|ban chi huy)\b/,
};
const PROSE = /\b(da|duoc|dang|se|phan dau|thuc hien|tiep tuc|dam bao|trien khai|tap trung|nang cao|xay dung|hoan thanh|duy tri|de nghi|nham|de|voi|cua|theo|tai|thuoc|trong do|moi xa|cac xa con lai)\b/;

type Item = { name: string; folded: string };

/** Splits a written list on ",", ";" and "và" (on "và" only before a new name for agencies, whose names hold "và"). */
function itemsOf(written: string, foldedList: string, kind: string): Item[] {
  const cut: number[] = [0];
  const separator = kind === 'agency' ? new RegExp(String.raw`\s*[,;]\s*|\s+va\s+(?=${PREFIX.agency.source.slice(1)})`, 'g') : /\s*[,;]\s*|\s+va\s+/g;
  let depth = 0;
  for (let i = 0; i < foldedList.length; i++) {
    if (foldedList[i] === '(') depth++;
    else if (foldedList[i] === ')') depth--;
    else if (depth === 0) {
      separator.lastIndex = i;
      const m = separator.exec(foldedList);
      if (m && m.index === i) {
        cut.push(i, i + m[0].length);
        i += m[0].length - 1;
      }
    }
  }
  cut.push(foldedList.length);
  const items: Item[] = [];
  for (let k = 0; k < cut.length; k += 2) items.push({ name: written.slice(cut[k], cut[k + 1]).trim(), folded: foldedList.slice(cut[k], cut[k + 1]).trim() });
  return items.filter((i) => i.folded.length > 0);
}

/** The names of a list, as long as they read as names: the unit's prefix kept throughout when the first has it, capitals, no figures, no verbs. */
function namesOf(items: Item[], kind: string): Item[] | undefined {
  const prefix = PREFIX[kind];
  const prefixed = prefix?.test(items[0]?.folded ?? '');
  const names: Item[] = [];
  for (const item of items) {
    const bare = item.name.replace(/^[\s"“”'(]+|[\s"“”'.:]+$/g, '').replace(/^([^(]*\([^)]*)$/, '$1)').replace(/\)\)$/, ')');
    // Words of the name itself: "Câu Lâu Đông (xã Duy Phước)" is a name of three.
    const words = bare.replace(/\([^)]*\)?/g, ' ').trim().split(/\s+/).length;
    // "NTM", "OCOP": an abbreviation in brackets, not a name.
    if (/^[\p{Lu}\d&.-]{2,8}$/u.test(bare)) return names.length >= 2 ? names : undefined;
    const named = prefixed ? prefix.test(item.folded) : /^[\p{Lu}\d]/u.test(bare);
    const fails = !named || /\d/.test(item.folded.replace(/^(?:xa|thon|xom|ban|so)\s+\d+/, '')) || words > (kind === 'agency' ? 12 : 6) || PROSE.test(item.folded.replace(prefix ?? /^$/, ''));
    if (fails) {
      // "xã B phấn đấu …": a name, then the sentence goes on; anything else ends the list unread.
      const prose = PROSE.exec(item.folded);
      const head = prose ? item.name.slice(0, prose.index).trim() : '';
      if (named && head && head.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/).length <= (prefixed ? 5 : 4) && !/\d/.test(head.replace(/\([^)]*\)/g, ''))) return [...names, { name: head, folded: item.folded.slice(0, prose!.index).trim() }];
      return names.length >= 2 ? names : undefined;
    }
    names.push({ ...item, name: bare });
  }
  return names;
}

/** The criteria a list names, by number ("số 5", "tiêu chí 17") or by a name of the set. */
function criteriaNamed(foldedList: string, catalog: Catalog | undefined): number[] | undefined {
  const numbers = [...foldedList.matchAll(/\b(?:tieu chi\s*|tc\s*)?(?:so\s*)?(\d{1,2})\b(?![.,]\d)/g)].map((m) => Number(m[1]));
  if (numbers.length) return [...new Set(numbers)];
  if (!catalog) return undefined;
  const found = catalog.criteria.filter((c) => foldedList.includes(fold(c.name)));
  return found.length ? found.map((c) => c.number) : undefined;
}

const LISTED = new Set(['commune', 'village', 'district', 'agency', 'criterion']);

/**
 * A count and the names it lists, opened by ":", "là", "gồm", a bracket or "cụ thể", with or
 * without "thêm": communes, villages, districts, agencies, criteria ("2 tiêu chí chưa đạt là số 5
 * … và số 17"). A list whose length differs from its count is a finding. Lists that give figures
 * per name ("xã Đức Xuân: 05 xóm") are breakdowns, not name lists.
 *
 * @example
 * namedLists(readText(prepareText('Phấn đấu có 03 xã đạt chuẩn nông thôn mới: xã Đức Xuân, xã Lê Lợi.')), undefined)[0].expected // '02'
 */
export function namedLists(reading: Reading, catalog: Catalog | undefined): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  for (const sentence of reading.sentences) {
    for (const count of sentence.figures) {
      if (!LISTED.has(count.kind) || count.bound !== 'exact' || count.high !== undefined || count.of !== undefined || !Number.isInteger(count.value) || count.value > 60) continue;
      const found = listAfter(reading, sentence, count, catalog);
      if (found && found.length !== count.value) {
        findings.push({
          code: 'text-list-count', line: reading.text.lineOf(count.start), quote: sentence.quote, actual: count.text, expected: String(found.length).padStart(count.text.length, '0'),
          params: { names: found.join(', ') },
        });
      }
    }
  }
  return findings;
}

function listAfter(reading: Reading, sentence: ReadSentence, count: Figure, catalog: Catalog | undefined): string[] | undefined {
  const at = count.end - sentence.start;
  // Years and dates in the words before the list ("11 xã đạt chuẩn NTM năm 2015 gồm: …") are not figures.
  let masked = sentence.folded;
  for (const o of sentence.others) masked = masked.slice(0, o.start - sentence.start) + masked.slice(o.start - sentence.start, o.end - sentence.start).replace(/\d/g, '#') + masked.slice(o.end - sentence.start);
  const rest = masked.slice(at);
  const open = OPENS.exec(rest);
  if (!open || /\b(trong do|trong so|bao gom ca|moi xa|binh quan|tren dia ban|thuoc|tai)\b/.test(open[1])) return undefined;
  const from = at + open[0].length;
  let to = sentence.folded.length;
  const bracket = /\(\s*(?:cu the\s*)?(?:(?:chi tieu\s+)?giao cho\s*)?(?:cac\s+)?(?:xa|thon|xom)?\s*:?\s*$/.test(open[0]);
  if (bracket) {
    const close = sentence.folded.indexOf(')', from);
    to = close < 0 ? to : close;
  } else {
    // A list ends at the next figure's clause or at "; " followed by prose.
    const next = sentence.figures.find((f) => f.start - sentence.start >= from);
    if (next) to = Math.min(to, Math.max(from, sentence.folded.lastIndexOf(';', next.start - sentence.start)), next.start - sentence.start);
  }
  const foldedList = sentence.folded.slice(from, to).replace(/[.;:\s]+$/, '');
  if (!foldedList || /^\s*(trong do|cac xa con lai|moi xa)\b/.test(foldedList)) return undefined;
  // Figures per name ("xã Đức Xuân: 05 xóm") make a breakdown, not a list of names.
  if (sentence.figures.some((f) => f.start - sentence.start >= from && f.end - sentence.start <= to)) return undefined;
  if (count.kind === 'criterion') {
    if (!/^\s*(?:(?:cac\s+)?tieu chi\s*)?(?:so\s*)?\d|^\s*(?:cac\s+)?tieu chi\b/.test(foldedList) && !(catalog && catalog.criteria.some((c) => foldedList.startsWith(fold(c.name))))) return undefined;
    const numbers = criteriaNamed(foldedList, catalog);
    return numbers?.map(String);
  }
  const written = reading.text.flat.slice(sentence.start + from, sentence.start + from + foldedList.length);
  const items = itemsOf(written, foldedList, count.kind);
  const names = namesOf(items, count.kind);
  if (!names || names.length === 0) return undefined;
  // One name that is a whole clause is not a list; nor one name in brackets after a count ("7 xã đạt chuẩn (NTM)").
  if (names.length === 1 && (count.value === 1 || bracket)) return undefined;
  return names.map((n) => n.name.replace(/^(xã|xa|Xã|thôn|xóm|bản)\s+/i, ''));
}
