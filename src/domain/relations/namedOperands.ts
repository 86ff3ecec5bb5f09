import type { Column } from '../table/types';
import { namedBudgetPair, namesBudget } from '../text/namedRatio';

/**
 * The two columns a ratio's title names ("Tỷ lệ đối ứng NSĐP/NSTW (%)": the "Ngân sách địa phương"
 * column over the "Ngân sách trung ương" one), numerator first; undefined unless each names exactly one
 * column of amounts.
 */
export function namedOperands(ratio: Column, columns: readonly Column[]): [Column, Column] | undefined {
  const pair = namedBudgetPair(ratio.title);
  if (!pair) return undefined;
  const amounts = columns.filter((c) => c !== ratio && (c.meaning === 'amount' || c.meaning === 'total'));
  const one = (abbreviation: string) => {
    const found = abbreviation === 'tong' ? amounts.filter((c) => c.meaning === 'total' || namesBudget(leafOf(c), 'tong')) : amounts.filter((c) => namesBudget(c.label, abbreviation));
    return found.length === 1 ? found[0] : undefined;
  };
  const [numerator, denominator] = [one(pair[0]), one(pair[1])];
  return numerator && denominator && numerator !== denominator ? [numerator, denominator] : undefined;
}

const leafOf = (column: Column) => column.parts.filter(Boolean).pop() ?? '';
