import type { DistributionGroup } from '../catalog/schema';

/**
 * The sum of some cells: a range when they are contiguous, else a list.
 *
 * @example
 * sumOf(['C5', 'C6']) === '=SUM(C5,C6)'; sumOf(['C5:C9']) === '=SUM(C5:C9)'
 */
export function sumOf(refs: readonly string[]): string {
  return `=SUM(${refs.join(',')})`;
}

/**
 * A share: part ÷ whole, as a fraction (shown with a percent format) or in percent units.
 *
 * @example
 * shareOf('E5', '$B$2') === '=IF($B$2=0,0,E5/$B$2)'
 * shareOf('E5', '$B$2', 'percent-units') === '=IF($B$2=0,0,E5/$B$2*100)'
 */
export function shareOf(part: string, whole: string, units: 'fraction' | 'percent-units' = 'fraction'): string {
  return `=IF(${whole}=0,0,${part}/${whole}${units === 'percent-units' ? '*100' : ''})`;
}

/**
 * The distribution group of a number of criteria met, as the group's label.
 *
 * @example
 * groupLabelOf('Y6', [{label:'19',min:19,max:19},{label:'15-18',min:15,max:18},{label:'0-14',min:0,max:14}])
 *   === '=IF(Y6>=19,"19",IF(Y6>=15,"15-18","0-14"))'
 */
export function groupLabelOf(cell: string, groups: readonly DistributionGroup[]): string {
  let around = GROUP_AROUND.get(groups);
  if (!around) {
    const sorted = [...groups].sort((a, b) => b.min - a.min);
    const last = sorted.length - 1;
    around = ['=IF('];
    for (let i = 0; i < last; i++) around.push(`>=${sorted[i].min},"${sorted[i].label}",${i < last - 1 ? 'IF(' : `"${sorted[last].label}"${')'.repeat(last)}`}`);
    if (last === 0) around = [`="${sorted[0].label}"`];
    GROUP_AROUND.set(groups, around);
  }
  return around.join(cell);
}

// A sheet asks for the same catalog's groups once per commune: the text around each mention of the cell is made once.
const GROUP_AROUND = new WeakMap<readonly DistributionGroup[], string[]>();

/**
 * Counts the values of a range within a group's bounds.
 *
 * @example
 * countInGroup('Y6:Y18', { label: '15-18', min: 15, max: 18 }) === '=COUNTIFS(Y6:Y18,">=15",Y6:Y18,"<=18")'
 */
export function countInGroup(range: string, group: DistributionGroup): string {
  return `=COUNTIFS(${range},">=${group.min}",${range},"<=${group.max}")`;
}

/**
 * The average of a range (0 when empty).
 *
 * @example
 * averageOf('Y6:Y18') === '=IF(COUNT(Y6:Y18)=0,0,AVERAGE(Y6:Y18))'
 */
export function averageOf(range: string): string {
  return `=IF(COUNT(${range})=0,0,AVERAGE(${range}))`;
}

/**
 * Number of names in a range (the communes of a sheet).
 *
 * @example
 * countNames("'Giao'!B6:B18") === "=COUNTA('Giao'!B6:B18)"
 */
export function countNames(range: string): string {
  return `=COUNTA(${range})`;
}
