import { AGENCY_ABBREVIATIONS } from '../text/agencies';

const PATTERNS = AGENCY_ABBREVIATIONS
  .filter(([short]) => short !== 'PTNT')
  .sort((a, b) => b[0].length - a[0].length)
  .map(([short, long]) => ({ long, pattern: new RegExp(`(?<![\\p{L}\\p{N}&-])${short}(?![\\p{L}\\p{N}&-])`, 'gu') }));

/**
 * Spells out agency abbreviations in a text (whole words only, as typed otherwise).
 *
 * @example
 * expandAbbreviations('Sở NN&PTNT, VPĐP tỉnh') === 'Sở Nông nghiệp và Phát triển nông thôn, Văn phòng Điều phối nông thôn mới tỉnh'
 */
export function expandAbbreviations(text: string): string {
  let out = text.normalize('NFC');
  for (const { long, pattern } of PATTERNS) out = out.replace(pattern, long);
  return out;
}
