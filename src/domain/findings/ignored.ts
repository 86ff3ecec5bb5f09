import type { FindingDraft } from './codes';

/**
 * A finding a person chose to ignore, as the workbook remembers it: its code, sheet and cell, and
 * the number or text it was about — a finding about another value in that cell is a new one.
 */
export type IgnoredFinding = { code: string; sheet: string; cell: string; value: string };

/** The namespace of the add-in's settings part in a workbook (a custom XML part). */
export const SETTINGS_NAMESPACE = 'urn:ntm-plan:settings:1';

/** What an ignored finding is about, as one string. */
export function ignoredKey(finding: IgnoredFinding): string {
  return [finding.code, finding.sheet, finding.cell, finding.value].join('\u0000');
}

/**
 * A finding as the workbook would remember it if ignored.
 *
 * @example
 * ignoredOf({ code: 'percent-mismatch', sheet: 'Chỉ tiêu', cell: 'E18', actual: 99.5 }) // { …, value: '99.5' }
 */
export function ignoredOf(draft: Pick<FindingDraft, 'code' | 'sheet' | 'cell' | 'actual'>): IgnoredFinding {
  return { code: draft.code, sheet: draft.sheet, cell: draft.cell, value: draft.actual === undefined ? '' : String(draft.actual) };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  if (named[e.toLowerCase()]) return named[e.toLowerCase()];
  return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
});

/**
 * The settings part's XML: the findings ignored.
 *
 * @example
 * settingsXml([{ code: 'percent-mismatch', sheet: 'Chỉ tiêu', cell: 'E18', value: '99.5' }])
 */
export function settingsXml(ignored: readonly IgnoredFinding[]): string {
  const items = ignored.map((f) => `<ignored code="${escape(f.code)}" sheet="${escape(f.sheet)}" cell="${escape(f.cell)}" value="${escape(f.value)}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><settings xmlns="${SETTINGS_NAMESPACE}">${items}</settings>`;
}

/** The findings ignored that a settings part lists; none when the XML is not the add-in's. */
export function parseSettingsXml(xml: string): IgnoredFinding[] {
  if (!xml.includes(SETTINGS_NAMESPACE)) return [];
  const out: IgnoredFinding[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?ignored\s([^>]*?)\/?>/g)) {
    const attributes: Record<string, string> = {};
    for (const a of match[1].matchAll(/([\w]+)="([^"]*)"/g)) attributes[a[1]] = unescape(a[2]);
    if (attributes.code && attributes.sheet !== undefined && attributes.cell) out.push({ code: attributes.code, sheet: attributes.sheet, cell: attributes.cell, value: attributes.value ?? '' });
  }
  return out;
}
