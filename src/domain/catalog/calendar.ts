import type { Catalog } from './schema';

/**
 * The policy calendar: what changed in which year. The one module that knows 2026 — the two-level
 * local government (districts gone since 1 July 2025), the 10-criterion set of QĐ 51/2025/QĐ-TTg with
 * its three commune groups, the merged national programme (Nghị quyết 257/2025/QH15).
 */
export const TWO_LEVELS_FROM = 2026;

/**
 * True when plans of that year are made by the province for its communes directly (no districts).
 *
 * @example
 * provincePlansCommunes(2027) === true; provincePlansCommunes(2025) === false
 */
export function provincePlansCommunes(year: number): boolean {
  return year >= TWO_LEVELS_FROM;
}

/**
 * True when a criteria set puts communes in groups (nhóm 1, 2, 3) with a threshold per group: the
 * 2026–2030 set. Before it, a "Nhóm" column is the band of criteria met.
 *
 * @example
 * groupsCommunes(xaNtm20262030) === true; groupsCommunes(xaNtm20212025) === false
 */
export function groupsCommunes(catalog: Pick<Catalog, 'period'>): boolean {
  return catalog.period.from >= TWO_LEVELS_FROM;
}

/**
 * The period of the national programme a year belongs to.
 *
 * @example
 * programmePeriod(2027) // { from: 2026, to: 2035 }; programmePeriod(2019) // { from: 2016, to: 2020 }
 */
export function programmePeriod(year: number): { from: number; to: number } {
  if (year >= TWO_LEVELS_FROM) return { from: 2026, to: 2035 };
  if (year >= 2021) return { from: 2021, to: 2025 };
  if (year >= 2016) return { from: 2016, to: 2020 };
  return { from: 2010, to: 2020 };
}

/**
 * The name of the national programme a plan of a year belongs to: from 2026 the merged programme
 * (Nghị quyết 257/2025/QH15), before it the NTM programme of the period.
 *
 * @example
 * programmeName(2027) // 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững … giai đoạn 2026 - 2035'
 */
export function programmeName(year: number): string {
  const { from, to } = programmePeriod(year);
  if (year >= TWO_LEVELS_FROM) return `Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn ${from} - ${to}`;
  return `Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn ${from} - ${to}`;
}

/**
 * The level whose steering committee directs a plan of that year: the province's from 2026, the
 * district's before.
 *
 * @example
 * steeringCommittee(2027) === 'BCĐ tỉnh'
 */
export function steeringCommittee(year: number): 'BCĐ tỉnh' | 'BCĐ huyện' {
  return provincePlansCommunes(year) ? 'BCĐ tỉnh' : 'BCĐ huyện';
}
