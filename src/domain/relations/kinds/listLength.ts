import { ref } from '../../sheet/refs';
import type { RelationKind } from '../kind';
import { cellText } from '../text';
import type { Relation } from '../types';

type ListLength = Extract<Relation, { kind: 'list-length' }>;

/** Counts the items of a list cell ("9, 10" → 2; "13.2; 17" → 2; blank → 0). */
export function listLength(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const text = String(value).trim();
  if (!text || /^[-–—]+$/.test(text) || /^(khong|không)$/i.test(text)) return 0;
  return text.split(/\s*[,;]\s*|\s+và\s+/).filter((part) => part.trim() !== '').length;
}

/** A count beside a list of criteria ("2" beside "9, 10"). */
export const listLengthKind: RelationKind<ListLength> = {
  compute: (read, relation) => ({ value: listLength(read.grid.value(relation.list.row, relation.list.col)), exact: true, tolerance: 0 }),
  explain: (read, relation, value) => `"${read.grid.raw(relation.list.row, relation.list.col)}" → ${value}`,
  describe: (relation) => `${cellText(relation.target)} = LEN(${cellText(relation.list)})`,
  formula(relation) {
    const cell = ref(relation.list.row, relation.list.col);
    // A dash or a blank lists nothing.
    return `=IF(OR(TRIM(${cell})="",TRIM(${cell})="-"),0,LEN(TRIM(${cell}))-LEN(SUBSTITUTE(SUBSTITUTE(TRIM(${cell}),";",""),",",""))+1)`;
  },
  inputs: () => [],
  format: () => '0',
  role: 'table.count',
  code: () => 'relation-mismatch',
};
