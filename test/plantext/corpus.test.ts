/**
 * Published sentences with figures (test/plantext/corpus/*.json, each with its source address):
 * each must yield the claims written beside it by hand; a sentence whose figures agree (by hand)
 * gets no error; the share of sentences read — every number tied to what it counts, or set apart
 * as a date, year, document or criterion number — is measured (the README states it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzePlanText } from '../../src/domain/plantext/check';
import { severityOf } from '../../src/domain/plantext/findings';
import { readText } from '../../src/domain/plantext/read/reading';
import { prepareText } from '../../src/domain/plantext/source';

type Entry = { source: string; text: string; claims: string[]; verdict: 'holds' | 'fault' | 'none'; finding?: string; note?: string };

const DIR = path.join(__dirname, 'corpus');
const corpus: (Entry & { file: string })[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => (JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Entry[]).map((e) => ({ ...e, file })));

/** The figures the reader found, written as the corpus writes claims: "5.775/8.227 xa", "15-18 tieu chi". */
function claimsOf(text: string): string[] {
  return readText(prepareText(text)).sentences.flatMap((s) => s.figures.map((f) => `${f.text}${f.highText ? `-${f.highText}` : ''}${f.ofText ? `/${f.ofText}` : ''} ${f.unit}`.replace(/\s+/g, ' ').trim()));
}

test('the corpus holds at least 150 published sentences from many sources, each with a verdict', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(150);
  const sites = new Set(corpus.map((e) => new URL(e.source).hostname.replace(/^www\./, '')));
  expect(sites.size).toBeGreaterThanOrEqual(40);
  for (const e of corpus) expect(['holds', 'fault', 'none']).toContain(e.verdict);
});

describe.each([...new Set(corpus.map((e) => e.file))])('%s', (file) => {
  const entries = corpus.filter((e) => e.file === file);
  test.each(entries.map((e, i) => [i, e.text.slice(0, 70), e]))('%i %s', (_, __, entry) => {
    const e = entry as Entry;
    const found = claimsOf(e.text);
    for (const claim of e.claims) expect(found).toContain(claim);
    const errors = analyzePlanText(e.text).findings.filter((f) => severityOf(f) === 'error');
    if (e.verdict !== 'fault') expect(errors.map((f) => `${f.code}: ${f.actual} → ${f.expected}`)).toEqual([]);
    else if (e.finding) expect(errors.map((f) => f.code)).toContain(e.finding);
  });
});

test('the share of sentences read, measured', () => {
  const read = corpus.filter((e) => analyzePlanText(e.text).unread.length === 0).length;
  const share = read / corpus.length;
  // The README states the figure measured here (read / all).
  expect({ read, all: corpus.length }).toEqual({ read: expect.any(Number), all: corpus.length });
  expect(share).toBeGreaterThanOrEqual(0.9);
});
