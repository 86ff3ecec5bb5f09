import type { Catalog } from '../catalog/schema';
import { communeKey, keyAmong, withoutPrefix } from '../text/communeName';
import type { CommuneRecord, Consolidation, ExclusionReason, Gathered, SourceWorkbook } from './types';

/**
 * The year a consolidation plans for when no file states one: from July, next year (December
 * drafts the next year's plan); before, this year.
 *
 * @example
 * planningYear(new Date('2026-12-01')) === 2027
 */
export function planningYear(now = new Date()): number {
  return now.getFullYear() + (now.getMonth() >= 6 ? 1 : 0);
}

export type ConsolidateOptions = {
  /** The communes the province expects (a list file, or the province template's communes). */
  expected?: readonly string[];
  /** Rows of an earlier consolidation whose files are not among the sources: kept as they were. */
  kept?: readonly CommuneRecord[];
  /** The year when no file states one. */
  fallbackYear: number;
  /** The set when no file can be read. */
  fallbackCatalog: Catalog;
  /** The set and year the user names: files of others are kept out (instead of the majority's). */
  catalog?: Catalog;
  year?: number;
};

/** The value most files share; ties go to the greatest by `rank`. */
function majority<T>(values: readonly T[], key: (value: T) => string, rank: (value: T) => number): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const entry = counts.get(key(value)) ?? { value, count: 0 };
    entry.count++;
    counts.set(key(value), entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || rank(b.value) - rank(a.value))[0]?.value;
}

type Readable = Extract<SourceWorkbook, { records: unknown }>;

/**
 * Gathers the communes of many commune workbooks into one province table: files of another criteria
 * set or plan year than most are kept out and listed, a commune met twice stays once (its first
 * source) and is listed with every source, blank template rows are listed, and the communes expected
 * but not received are named. Nothing is dropped silently.
 *
 * @example
 * const result = consolidate(sources, { expected: ['Lê Lai', 'Đức Long'], fallbackYear: 2027, fallbackCatalog });
 * result.missing // ['Đức Long']
 */
export function consolidate(sources: readonly SourceWorkbook[], options: ConsolidateOptions): Consolidation {
  const unreadable = sources.flatMap((s) => ('error' in s ? [{ file: s.file, reason: s.error }] : []));
  const readable = sources.filter((s): s is Readable => !('error' in s));
  const excluded: Consolidation['excluded'] = [];
  const blankRows: Consolidation['blankRows'] = [];
  const rowsOf = new Map<Readable, CommuneRecord[]>();
  for (const source of readable) {
    const filled = source.records.filter((r) => !r.blank);
    for (const { sheet, range } of source.consolidated ? [] : source.unnamed ?? []) excluded.push({ file: source.file, reason: { kind: 'unnamed', sheet, range } });
    if (source.consolidated) excluded.push({ file: source.file, reason: { kind: 'consolidated' } });
    else if (source.records.length === 0 && source.unnamed?.length) continue;
    else if (source.records.length === 0) excluded.push({ file: source.file, reason: { kind: 'no-communes' } });
    else if (filled.length === 0 && source.records.length > 1) excluded.push({ file: source.file, reason: { kind: 'blank', rows: source.records.length } });
    else {
      const rows = filled.length ? filled : source.records;
      rowsOf.set(source, rows);
      for (const r of source.records) if (!rows.includes(r)) blankRows.push({ file: r.file, sheet: r.sheet, cell: r.cell, name: r.name });
    }
  }
  const candidates = [...rowsOf.keys()];
  const catalog = options.catalog ?? majority(candidates.map((s) => s.catalog), (c) => c.id, (c) => c.period.from) ?? options.fallbackCatalog;
  const planYear = options.year ?? majority(candidates.flatMap((s) => (s.planYear === undefined ? [] : [s.planYear])), String, (y) => y) ?? options.fallbackYear;
  const included: Readable[] = [];
  for (const source of candidates) {
    let reason: ExclusionReason | undefined;
    if (source.catalog.id !== catalog.id) reason = { kind: 'set', catalog: source.catalog.id, criteria: source.catalog.criteria.length, expected: catalog.id, expectedCriteria: catalog.criteria.length };
    else if (source.planYear !== undefined && source.planYear !== planYear) reason = { kind: 'year', year: source.planYear, expected: planYear };
    if (reason) excluded.push({ file: source.file, reason, communes: rowsOf.get(source)!.map((r) => r.name) });
    else included.push(source);
  }

  const inputs = new Set(sources.map((s) => s.file));
  const kept = (options.kept ?? []).filter((r) => !inputs.has(r.file));
  const order = new Map((options.expected ?? []).map((name, i) => [communeKey(name), i] as const));
  const spelled = new Map((options.expected ?? []).map((name) => [communeKey(name), name.normalize('NFC').trim()] as const));
  const keyOf = keyAmong(options.expected ?? []);
  // The list's spelling where the commune is on it, else the name as typed without "Xã".
  const nameOf = (name: string) => spelled.get(keyOf(name)) ?? withoutPrefix(name);
  const all = [...included.flatMap((s) => rowsOf.get(s)!), ...kept];
  const byKey = new Map<string, Gathered>();
  const duplicates = new Map<string, Consolidation['duplicates'][number]>();
  for (const record of all) {
    const key = keyOf(record.name);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, { name: nameOf(record.name), file: record.file, sheet: record.sheet, row: record.row, cell: record.cell, record });
      continue;
    }
    const entry = duplicates.get(key) ?? { name: first.name, sources: [{ file: first.file, sheet: first.sheet, cell: first.cell }] };
    entry.sources.push({ file: record.file, sheet: record.sheet, cell: record.cell });
    duplicates.set(key, entry);
  }
  const unknown = Number.MAX_SAFE_INTEGER;
  const communes = [...byKey.entries()]
    .map(([key, gathered], i) => ({ gathered, at: order.get(key) ?? unknown, i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((e) => e.gathered);
  const expected = [...(options.expected ?? [])];
  // A commune whose file was kept out was still received: the exclusion, not a gap, is what to act on.
  const received = new Set([...byKey.keys(), ...candidates.flatMap((s) => rowsOf.get(s)!.map((r) => keyOf(r.name)))]);
  const files = [
    ...included.map((s) => ({ file: s.file, communes: rowsOf.get(s)!.length, catalog: s.catalog.id, ...(s.planYear === undefined ? {} : { planYear: s.planYear }) })),
    ...[...new Set(kept.map((r) => r.file))].map((file) => ({ file, communes: kept.filter((r) => r.file === file).length, catalog: catalog.id, planYear, kept: true as const })),
  ];
  return {
    catalog,
    planYear,
    communes,
    expected,
    missing: expected.filter((name) => !received.has(communeKey(name))),
    unexpected: expected.length ? communes.filter((c) => !order.has(communeKey(c.name))).map((c) => c.name) : [],
    duplicates: [...duplicates.values()],
    excluded,
    unreadable,
    blankRows,
    files,
    issues: readable.flatMap((s) => s.issues.filter((i) => i.severity !== 'info').map((i) => ({ ...i, file: s.file }))),
  };
}
