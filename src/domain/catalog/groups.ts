import type { DistributionGroup } from './schema';

/**
 * Groups of the distribution of communes by number of criteria met, for a set of `size`
 * criteria: all, then the quarters below. For 19 this gives the plans' own groups
 * (19 · 15–18 · 10–14 · 5–9 · 0–4); for 10: 10 · 8–9 · 5–7 · 3–4 · 0–2.
 *
 * @example
 * deriveGroups(19).map((g) => g.label) // ['19', '15-18', '10-14', '5-9', '0-4']
 */
export function deriveGroups(size: number): DistributionGroup[] {
  const bounds = [size, Math.ceil(size * 0.75), Math.ceil(size * 0.5), Math.ceil(size * 0.25), 0];
  const groups: DistributionGroup[] = [{ label: String(size), min: size, max: size }];
  for (let i = 1; i < bounds.length; i++) {
    const max = groups[groups.length - 1].min - 1;
    const min = Math.min(bounds[i], max);
    if (max < 0) break;
    groups.push({ label: min === max ? String(min) : `${min}-${max}`, min, max });
  }
  return groups;
}

/** The group a number of criteria met falls in. */
export function groupOf(groups: readonly DistributionGroup[], met: number): DistributionGroup | undefined {
  return groups.find((group) => group.min <= met && met <= group.max);
}
