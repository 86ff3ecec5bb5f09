import { FINDING_SEVERITY, READ_CODES, type FindingDraft, type Lang, type Severity } from '../../domain/findings/codes';
import { messageFor } from '../../domain/findings/messages';
import { ignoredKey, ignoredOf } from '../../domain/findings/ignored';
import type { Suggestion } from '../../domain/findings/suggest';
import { parseA1 } from '../../domain/sheet/address';
import type { CheckData } from '../engine/types';

/** A finding as the list shows it: its place in the check's findings, its words in the pane's language. */
export type Shown = { index: number; draft: FindingDraft; severity: Severity; message: string; suggestion: Suggestion | null; key: string };

/** Findings alike on one sheet (the same code and words, in other cells): one line, "50 ô: …". */
export type Group = { key: string; sheet: string; severity: Severity; message: string; items: Shown[] };

export type Filter = { sheet: string | null; severities: ReadonlySet<Severity> };

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What identifies a finding across checks (a fix or a filter keeps the user where they were). */
export const findingKey = (draft: FindingDraft) => `${draft.sheet}\u0000${draft.cell}\u0000${draft.code}\u0000${draft.key ?? ''}`;

/** The findings to act on (what was read of each sheet is not one), translated, ignored ones apart. */
export function shownFindings(data: CheckData, lang: Lang, ignored: ReadonlySet<string>): { active: Shown[]; ignored: Shown[] } {
  const active: Shown[] = [];
  const set: Shown[] = [];
  data.drafts.forEach((draft, index) => {
    if (READ_CODES.includes(draft.code)) return;
    const shown: Shown = { index, draft, severity: FINDING_SEVERITY[draft.code], message: messageFor(draft, lang), suggestion: data.suggestions[index] ?? null, key: findingKey(draft) };
    (ignored.has(ignoredKey(ignoredOf(draft))) ? set : active).push(shown);
  });
  return { active, ignored: set };
}

/** Counts by severity and by sheet, for the filters. */
export function counts(findings: readonly Shown[]): { severity: Record<Severity, number>; sheet: Map<string, number> } {
  const severity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const sheet = new Map<string, number>();
  for (const f of findings) {
    severity[f.severity]++;
    sheet.set(f.draft.sheet, (sheet.get(f.draft.sheet) ?? 0) + 1);
  }
  return { severity, sheet };
}

/** The findings the filters let through, in sheet order, errors first within a sheet, then by cell. */
export function filtered(findings: readonly Shown[], filter: Filter, sheetOrder: readonly string[]): Shown[] {
  const order = new Map(sheetOrder.map((name, i) => [name, i]));
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  const place = (f: Shown) => parseA1(f.draft.cell) ?? { row: 0, col: 0 };
  return findings
    .filter((f) => (filter.sheet === null || f.draft.sheet === filter.sheet) && filter.severities.has(f.severity))
    .sort((a, b) => (order.get(a.draft.sheet) ?? 0) - (order.get(b.draft.sheet) ?? 0) || rank(a.severity) - rank(b.severity) || place(a).row - place(b).row || place(a).col - place(b).col || a.index - b.index);
}

/** Findings alike (same sheet, code and words) gathered into groups, in the order of their first. */
export function grouped(findings: readonly Shown[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = `${f.draft.sheet}\u0000${f.draft.code}\u0000${f.message}`;
    const group = groups.get(key);
    if (group) group.items.push(f);
    else groups.set(key, { key, sheet: f.draft.sheet, severity: f.severity, message: f.message, items: [f] });
  }
  return [...groups.values()];
}

export { suggestionText } from '../../domain/findings/suggest';
