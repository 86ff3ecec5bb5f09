import { hasAnyWords } from '../text/fold';

/** A rule that gives a header column a role when its label holds one of the phrases. */
export type RoleRule<Role extends string> = {
  role: Role;
  phrases: readonly string[];
  /** Phrases that veto the rule even when one of `phrases` is present. */
  unless?: readonly string[];
};

/** The first role whose phrases stand in the label (folded), or null. */
export function matchRole<Role extends string>(label: string, rules: readonly RoleRule<Role>[]): Role | null {
  let known = MATCHED.get(rules) as Map<string, Role | null> | undefined;
  if (!known) MATCHED.set(rules, (known = new Map()));
  let role = known.get(label);
  if (role === undefined) {
    if (known.size > 10_000) known.clear();
    known.set(label, (role = firstMatch(label, rules)));
  }
  return role;
}

// Recognisers match the same header labels against the same rules for every candidate header.
const MATCHED = new WeakMap<readonly RoleRule<string>[], Map<string, string | null>>();

function firstMatch<Role extends string>(label: string, rules: readonly RoleRule<Role>[]): Role | null {
  for (const rule of rules) {
    if (hasAnyWords(label, rule.phrases) && !(rule.unless && hasAnyWords(label, rule.unless))) return rule.role;
  }
  return null;
}

/** Column of each role (first column wins for single roles). */
export function assignRoles<Role extends string>(
  labels: ReadonlyMap<number, string>,
  rules: readonly RoleRule<Role>[],
): Map<Role, number[]> {
  const found = new Map<Role, number[]>();
  for (const [col, label] of labels) {
    if (!label) continue;
    const role = matchRole(label, rules);
    if (role) found.set(role, [...(found.get(role) ?? []), col]);
  }
  return found;
}
