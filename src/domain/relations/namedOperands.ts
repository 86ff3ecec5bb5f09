import type { Column } from '../table/types';
import { namedBudgetPair, namesBudget } from '../text/namedRatio';
import { fold } from '../text/fold';

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

/**
 * A share named after one part of a split ("Tỷ lệ xã nhóm 3 (%)" beside "Tổng số xã | Phân nhóm: Nhóm 1
 * | Nhóm 2 | Nhóm 3"): that part over the column it is a part of, on each row. Undefined unless exactly
 * one part's own words ("nhom 3") follow the share's "tỷ lệ".
 */
export function namedPart(share: Column, columns: readonly Column[]): [Column, Column] | undefined {
  const named = /^ty le (?:xa |so xa )?(.+?)(?: %)?$/.exec(leafOf(share))?.[1];
  if (!named) return undefined;
  const found = columns.flatMap((whole) => (whole.sumOf ?? []).map((col) => ({ whole, part: columns.find((c) => c.col === col) })))
    .filter((x): x is { whole: Column; part: Column } => x.part !== undefined && leafOf(x.part).replace(/^xa /, '') === named);
  return found.length === 1 ? [found[0].part, found[0].whole] : undefined;
}

/**
 * An amount per commune ("Bình quân (triệu đồng/xã)", "Định mức/xã") beside the money and the communes
 * it is of: on each row, the nearest amount to its left over the row's communes; criteria per commune
 * ("Bình quân tiêu chí/xã") likewise, the nearest count of criteria ("Tổng số tiêu chí đạt") over the
 * row's communes. Undefined unless the title says "per commune" and both columns are there.
 */
export function perCommune(average: Column, columns: readonly Column[]): [Column, Column] | undefined {
  const title = fold(average.title, '/');
  if (!/\/ ?(?:1 )?xa\b|\b(?:moi|mot) xa\b/.test(title)) return undefined;
  const left = columns.filter((c) => c.col < average.col).sort((a, b) => b.col - a.col);
  // "Bình quân tiêu chí/xã" beside "Tổng số tiêu chí đạt": the criteria the row's communes met, over them.
  const amount = CRITERIA.test(title)
    ? left.find((c) => CRITERIA_COUNTS.includes(c.meaning) && CRITERIA.test(c.label))
    : left.find((c) => c.meaning === 'amount' || c.meaning === 'total');
  const units = columns.filter((c) => c.meaning === 'units');
  return amount && units.length === 1 ? [amount, units[0]] : undefined;
}

const CRITERIA = /\btieu chi\b/;
/** What a count of the criteria a row's communes met can mean (a list of criteria is no count). */
const CRITERIA_COUNTS: readonly Column['meaning'][] = ['number', 'baseline', 'cumulative', 'total', 'amount'];

/**
 * A share of its row's own whole, named by the headers' words: "Tổng số hộ | Số hộ nghèo | Tỷ lệ hộ
 * nghèo (%)", "Tổng số lao động | Số lao động qua đào tạo | Tỷ lệ (%)": the count ("Số <what>", the one
 * the share names, else the nearest to its left) over the column of its kind's total ("Tổng số <noun>",
 * <what> beginning with <noun>). Undefined unless exactly one such pair.
 */
export function ownWhole(share: Column, nearest: Column | undefined, columns: readonly Column[]): [Column, Column] | undefined {
  const what = /^ty le (.+?)(?: %)?$/.exec(leafOf(share))?.[1];
  const named = what ? columns.filter((c) => c !== share && leafOf(c) === `so ${what}`) : [];
  const count = named.length === 1 ? named[0] : nearest;
  const counted = count && /^so (.+)$/.exec(leafOf(count))?.[1];
  if (!count || !counted) return undefined;
  const wholes = columns.filter((c) => {
    const noun = /^tong so (.+)$/.exec(leafOf(c))?.[1];
    return c !== count && c !== share && noun !== undefined && counted.startsWith(`${noun} `);
  });
  return wholes.length === 1 ? [count, wholes[0]] : undefined;
}

/** The columns that count something a share may be of. */
const COUNTED: readonly Column['meaning'][] = ['units', 'baseline', 'added', 'cumulative', 'number', 'plan', 'previous', 'amount', 'total'];

/**
 * A share "so với" the column it names ("Xã đạt chuẩn NTM nâng cao: Số xã | Tỷ lệ so với số xã đạt chuẩn
 * NTM (%)", as the reports count the advanced communes among those met): the nearest count to its left
 * over the one column whose header (its group's, or its own) is the words after "so với". Undefined
 * unless exactly one column is so named.
 */
export function ofNamedColumn(share: Column, columns: readonly Column[]): [Column, Column] | undefined {
  const named = /\bso voi (?:tong )?(?:so )?(.+?)(?: %)?$/.exec(share.label)?.[1];
  if (!named) return undefined;
  const counted = columns.filter((c) => c !== share && c.col < share.col && COUNTED.includes(c.meaning));
  const names = (c: Column) => {
    const parts = c.parts.filter(Boolean).map((p) => p.replace(/^(?:tong )?so (?:luong )?/, ''));
    return parts.includes(named) || c.label.replace(/^(?:tong )?so /, '') === named;
  };
  const wholes = counted.filter(names);
  if (wholes.length !== 1) return undefined;
  const part = counted.filter((c) => c !== wholes[0]).sort((a, b) => b.col - a.col)[0];
  return part && part.col > wholes[0].col ? [part, wholes[0]] : undefined;
}
