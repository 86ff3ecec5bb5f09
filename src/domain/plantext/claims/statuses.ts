import type { Catalog } from '../../catalog/schema';
import { fold } from '../../text/fold';
import type { TextFindingDraft } from '../findings';
import type { Figure } from '../read/figures';
import type { Reading, ReadSentence } from '../read/reading';

type State = 'met' | 'basic' | 'unmet';

/** The state a count of criteria is given by the words right around it. */
function stateOf(sentence: ReadSentence, f: Figure): State | undefined {
  const before = sentence.folded.slice(Math.max(0, f.start - sentence.start - 30), f.start - sentence.start);
  const after = sentence.folded.slice(f.end - sentence.start, f.end - sentence.start + 24);
  if (/\bbinh quan\b/.test(before) || /^\s*\/\s*xa\b/.test(after)) return undefined;
  if (/\bchua dat\s*(?:(?:duoc|chuan)\s*)?$/.test(before) || /^\s*(?:con\s*)?chua dat\b/.test(after) || /\bcon\s*(?:lai\s*)?$/.test(before)) return 'unmet';
  if (/\bco ban dat\s*(?:(?:duoc|chuan)\s*)?$/.test(before) || /^\s*co ban dat\b/.test(after)) return 'basic';
  if (/\b(?:da dat|dat|dat duoc|dat chuan)\s*$/.test(before) || /^\s*(?:da\s*)?dat\b(?!\s*chuan\s*(?:nong thon moi|ntm))/.test(after)) return 'met';
  return undefined;
}

/**
 * The three states of a commune's appraisal in one sentence — "đạt 13/19 tiêu chí, cơ bản đạt
 * 4/19, 2 tiêu chí chưa đạt" — add up to the set's criteria (the sentence's "/19", else the set in
 * force). With two states, they must add up when the second is "còn N tiêu chí chưa đạt" (nothing
 * left for "cơ bản đạt"); never more than the set.
 *
 * @example
 * threeStates(readText(prepareText('Xã A đạt 13/19 tiêu chí, cơ bản đạt 4/19, 3 tiêu chí chưa đạt.')), 19)[0].code // 'text-three-state'
 */
export function threeStates(reading: Reading, size: number): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  for (const sentence of reading.sentences) {
    const counts = sentence.figures.filter((f) => f.kind === 'criterion' && f.bound === 'exact' && f.high === undefined && Number.isInteger(f.value));
    // A commune's own appraisal, not counts of communes ("12 xã đạt 15 tiêu chí") nor an average.
    if (counts.length < 2 || /\bbinh quan\b/.test(sentence.folded) || sentence.figures.some((f) => f.kind === 'commune' || f.kind === 'village')) continue;
    const states = new Map<State, Figure>();
    for (const f of counts) {
      const state = stateOf(sentence, f);
      if (state && !states.has(state)) states.set(state, f);
    }
    if (states.size < 2) continue;
    const stated = [...states.values()].find((f) => f.of !== undefined)?.of;
    if (stated !== undefined && [...states.values()].some((f) => f.of !== undefined && f.of !== stated)) continue;
    const total = stated ?? size;
    const sum = [...states.values()].reduce((t, f) => t + f.value, 0);
    const unmet = states.get('unmet');
    const remainder = unmet && /\bcon\s*(?:lai\s*)?$/.test(sentence.folded.slice(Math.max(0, unmet.start - sentence.start - 12), unmet.start - sentence.start));
    const complete = states.size === 3 || (remainder && !/\bco ban dat\b/.test(sentence.folded));
    if (sum > total || (complete && sum !== total)) {
      findings.push({
        code: 'text-three-state', line: reading.text.lineOf(sentence.start), quote: sentence.quote, actual: String(sum), expected: String(total),
        params: { met: states.get('met')?.value ?? '', basic: states.get('basic')?.value ?? '', unmet: unmet?.value ?? '', total },
      });
    }
  }
  return findings;
}

/** Criteria numbers named in a span: "tiêu chí số 5, 9 và 17", "số 5 (Trường học)", or by their names in the set. */
function criteriaIn(span: string, catalog: Catalog | undefined): number[] {
  const numbers = new Set<number>();
  for (const m of span.matchAll(/\b(?:tieu chi|tc|so)\s*(?:so\s*)?(\d{1,2}(?:\s*(?:,\s*|\s+va\s+|\s*;\s*)(?:so\s*)?\d{1,2}(?![.,]\d))*)(?![.,]\d)/g)) {
    for (const n of m[1].match(/\d{1,2}/g) ?? []) numbers.add(Number(n));
  }
  for (const c of catalog?.criteria ?? []) {
    const name = fold(c.name);
    if (name.length >= 4 && new RegExp(`\\b${name}\\b`).test(span)) numbers.add(c.number);
  }
  return [...numbers];
}

// Where a list of criteria by state begins: "các tiêu chí đã đạt:", "chưa đạt tiêu chí", "cơ bản đạt:".
const STATE_WORDS = /\b(chua dat|co ban dat|da dat|dat)\b/g;

/**
 * A criterion listed both as met and as not met for the same commune (in one sentence, or one
 * paragraph about one commune): "đã đạt các tiêu chí số 1, 2, 5 …; chưa đạt tiêu chí số 5, 17".
 *
 * @example
 * metAndUnmet(readText(prepareText('Xã A đã đạt các tiêu chí số 1, 2, 5; chưa đạt các tiêu chí số 5, 17.')), undefined)[0].actual // '5'
 */
export function metAndUnmet(reading: Reading, catalog: Catalog | undefined): TextFindingDraft[] {
  const findings: TextFindingDraft[] = [];
  // One paragraph; and one section (under one heading, or the whole text of a commune's plan) when it names one commune at most.
  const blocks = new Map<string, ReadSentence[]>();
  for (const s of reading.sentences) {
    blocks.set(`b${s.block}`, [...(blocks.get(`b${s.block}`) ?? []), s]);
    const section = `s${s.headings[0] ?? -1}`;
    blocks.set(section, [...(blocks.get(section) ?? []), s]);
  }
  const seen = new Set<string>();
  for (const sentences of blocks.values()) {
    const folded = sentences.map((s) => s.folded).join(' ');
    // One commune's paragraph (or one sentence): more than one commune named makes the lists each commune's own.
    const communes = new Set([...folded.matchAll(/\bxa\s+([a-z]+(?:\s+[a-z]+)?)\b/g)].map((m) => m[1]).filter((n) => !/^(dat|da|chua|co|con|nay|do|la|va|nong|ntm|diem|duoc|tren|trong|phan|moi)\b/.test(n)));
    if (communes.size > 1) continue;
    const lists: Record<State, Map<number, ReadSentence>> = { met: new Map(), basic: new Map(), unmet: new Map() };
    for (const s of sentences) {
      const marks = [...s.folded.matchAll(STATE_WORDS)];
      marks.forEach((m, i) => {
        const end = marks[i + 1]?.index ?? s.folded.length;
        const span = s.folded.slice(m.index! + m[0].length, end);
        // "đạt chuẩn nông thôn mới", "đạt 13/19 tiêu chí": not a list of which criteria.
        if (!/^\s*(?:la\s+|gom\s*:?\s*)?(?:cac\s+|duoc\s+)?(?:tieu chi|tc|so\s+\d|\d{1,2}\s*(?:,|va)|:)/.test(span) || /^\s*(?:cac\s+)?tieu chi\s*(?:con lai|khac|nang cao)/.test(span)) return;
        const state: State = m[1] === 'chua dat' ? 'unmet' : m[1] === 'co ban dat' ? 'basic' : 'met';
        for (const n of criteriaIn(span.split(/\b(phan dau|nham|de)\b/)[0], catalog)) if (!lists[state].has(n)) lists[state].set(n, s);
      });
    }
    for (const [n, where] of lists.unmet) {
      const met = lists.met.get(n);
      if (!met || seen.has(`${n}|${where.index}`)) continue;
      seen.add(`${n}|${where.index}`);
      findings.push({
        code: 'text-criterion-status', line: reading.text.lineOf(where.start), quote: where.quote, actual: String(n), expected: '',
        params: { criterion: n, metLine: reading.text.lineOf(met.start) },
      });
    }
  }
  return findings;
}
