/**
 * What a count, total or missing value of a finding is, and what it was compared with: keys a check
 * puts in a finding's params (`subject`, `basis`), worded at display time in each language.
 */
export const SUBJECTS = {
  'group-communes': ['Số xã trong nhóm', 'Communes in the group'],
  communes: ['Tổng số xã', 'Number of communes'],
  'commune-villages': ['tổng số thôn/xóm của xã', "the commune's number of villages"],
  'villages-met-planned': ['Số thôn/xóm đã đạt + phấn đấu', 'Villages met + planned'],
  cumulative: ['Lũy kế', 'Cumulative'],
  added: ['Số đạt thêm', 'Added'],
  'communes-met': ['Số xã đạt', 'Communes meeting it'],
  'average-criteria': ['Bình quân tiêu chí/xã', 'Average criteria per commune'],
  'communes-baseline': ['Số xã đã đạt', 'Communes meeting it'],
  'communes-planned': ['Số xã phấn đấu', 'Communes planned'],
  'communes-end': ['Số xã đạt cuối năm', 'Communes meeting it at year end'],
  total: ['Tổng', 'Total'],
  'criteria-baseline': ['Số tiêu chí đã đạt', 'Criteria met'],
  'criteria-planned': ['Số tiêu chí phấn đấu', 'Criteria planned'],
  'criteria-end': ['Số tiêu chí cuối năm', 'Criteria at year end'],
  'criteria-basic': ['Số tiêu chí cơ bản đạt', 'Criteria basically met'],
  'criteria-notMet': ['Số tiêu chí chưa đạt', 'Criteria not met'],
  amount: ['số tiền', 'the amount'],
  'communes-for-shares': ['tổng số xã để tính tỷ lệ (ghi "Tổng số xã: N" hoặc dùng --communes)', 'the number of communes to check shares against ("Tổng số xã: N" or --communes)'],
  'implementing-agency': ['cơ quan thực hiện', 'the implementing agency'],
  item: ['Mục', 'Item'],
} as const satisfies Record<string, readonly [string, string]>;

export const BASES = {
  'commune-marks': ['đếm theo ký hiệu của các xã', "counted from the communes' marks"],
  'table-communes': ['số xã trong bảng', 'communes in the table'],
  'baseline-plus-added': ['đã đạt + đạt thêm', 'baseline + added'],
  'distribution-groups': ['tổng các nhóm phân bố', 'sum of the distribution groups'],
  'distribution-range': ['khoảng cho phép theo phân bố', 'the range the distribution allows'],
  'sub-items': ['tổng các mục con', 'sum of its sub-items'],
  'top-items': ['tổng các mục cấp 1', 'sum of the top-level items'],
  'distribution-total-and-share': ['theo tổng số xã và tỷ lệ của nhóm', "from the number of communes and the group's share"],
  'group-counts': ['tổng của các nhóm xã', 'sum of the commune groups'],
  'whole-less-groups': ['số của toàn bộ trừ các nhóm khác', 'the whole less the other groups'],
} as const satisfies Record<string, readonly [string, string]>;

/** The statuses a count of marks counts (relations/kinds/count.ts `statuses`), worded at display time. */
export const STATUSES = {
  met: ['đạt', 'met'],
  planned: ['phấn đấu đạt', 'planned'],
  basic: ['cơ bản đạt', 'basically met'],
  'not-met': ['chưa đạt', 'not met'],
} as const satisfies Record<string, readonly [string, string]>;

export type Subject = keyof typeof SUBJECTS;
export type Basis = keyof typeof BASES;

/**
 * A finding's subject or basis in a language; undefined when the finding names none.
 *
 * @example
 * wordOf(SUBJECTS, 'cumulative', 'en') // 'Cumulative'
 */
export function wordOf<K extends string>(words: Record<K, readonly [string, string]>, key: unknown, locale: 'vi' | 'en'): string | undefined {
  if (typeof key !== 'string' || !(key in words)) return undefined;
  return words[key as K][locale === 'vi' ? 0 : 1];
}
