/**
 * True when at least `needed` items pass `test`: told as soon as enough have, or too few can still
 * (a roll-up of thousands of communes is not asked, name by name, whether most are criteria).
 *
 * @example
 * atLeast(['TC 1', 'TC 2', 'Xã A'], 2, (label) => label.startsWith('TC')) === true
 */
export function atLeast<T>(items: readonly T[], needed: number, test: (item: T) => boolean): boolean {
  let passed = 0;
  for (let i = 0; i < items.length; i++) {
    if (passed >= needed) return true;
    if (passed + items.length - i < needed) return false;
    if (test(items[i])) passed++;
  }
  return passed >= needed;
}
