import { fold } from './fold';

/**
 * A commune's group under the 2026–2030 criteria (thresholds differ by group): 1, 2 or 3, written
 * "1", "Nhóm 2", "nhóm III"; null for a blank; 'invalid' for anything else ("4", "Nhóm A").
 *
 * @example
 * communeGroupOf('Nhóm 2') === 2; communeGroupOf(4) === 'invalid'; communeGroupOf(null) === null
 */
export function communeGroupOf(value: unknown): 1 | 2 | 3 | null | 'invalid' {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value === 1 || value === 2 || value === 3 ? value : 'invalid';
  const folded = fold(value).replace(/^nhom\s*/, '');
  if (folded === '') return String(value).trim() === '' ? null : 'invalid';
  const roman: Record<string, 1 | 2 | 3> = { i: 1, ii: 2, iii: 3, '1': 1, '2': 2, '3': 3 };
  return roman[folded] ?? 'invalid';
}

/** True for a header naming the commune's group ("Nhóm xã", "Phân nhóm", "Thuộc nhóm"), not a band of criteria ("Nhóm TC"). */
export function namesCommuneGroup(foldedHeader: string): boolean {
  return /^(nhom xa|phan nhom|thuoc nhom|nhom)\b/.test(foldedHeader) && !/\b(tieu chi|tc|dat)\b/.test(foldedHeader);
}
