import { fold, hasAnyWords } from './fold';

/**
 * The budgets a funding grid's ratio names by their abbreviations ("Tỷ lệ đối ứng NSĐP/NSTW (%)"), each
 * with the words of the column it names: "NSTW" is "Ngân sách trung ương", "NSĐP" "Ngân sách địa phương".
 */
export const BUDGET_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  nstw: ['nstw', 'ngan sach trung uong', 'von trung uong', 'trung uong'],
  nsdp: ['nsdp', 'ngan sach dia phuong', 'von dia phuong', 'dia phuong'],
  nsnn: ['nsnn', 'ngan sach nha nuoc'],
  nst: ['nst', 'ngan sach tinh', 'ngan sach cap tinh'],
  nsx: ['nsx', 'ngan sach xa', 'ngan sach cap xa'],
  dtpt: ['dtpt', 'dau tu phat trien', 'von dau tu phat trien'],
  sn: ['sn', 'su nghiep', 'von su nghiep'],
  tong: ['tong', 'tong cong', 'tong so', 'tong von'],
};

/**
 * The two budgets a ratio's title names across a slash, numerator first ("Tỷ lệ đối ứng NSĐP/NSTW (%)"
 * → ["nsdp", "nstw"]); null when the title names no such pair ("12/96", "Tỷ lệ (%)").
 *
 * @example
 * namedBudgetPair('Tỷ lệ đối ứng NSĐP/NSTW (%)') // ['nsdp', 'nstw']
 */
export function namedBudgetPair(title: string): [string, string] | null {
  const match = /([\p{L}]+)\s*\/\s*([\p{L}]+)/u.exec(title.normalize('NFC'));
  if (!match) return null;
  const [left, right] = [fold(match[1]), fold(match[2])];
  return left in BUDGET_ABBREVIATIONS && right in BUDGET_ABBREVIATIONS && left !== right ? [left, right] : null;
}

/** True when a column's folded header names the budget `abbreviation` (see `BUDGET_ABBREVIATIONS`). */
export function namesBudget(folded: string, abbreviation: string): boolean {
  return hasAnyWords(folded, BUDGET_ABBREVIATIONS[abbreviation] ?? []);
}
