import { fold } from '../text/fold';
import type { Row, Table } from './types';

/**
 * How the rows of a table of figures relate by their labels alone, as results are reported
 * ("Tổng số xã | Số xã đạt chuẩn | Số xã chưa đạt chuẩn", "Tổng số tiêu chí đạt được | Số tiêu chí
 * đạt bình quân (tiêu chí/xã)"): `whole`, the row counting every unit ("Tổng số xã"); `parts`, the
 * rows that split it by a state and its negation (đạt / chưa đạt, with "cơ bản đạt" between);
 * `average`, a row of criteria per commune with the total it divides and the whole it divides by. A
 * share column "so với tổng số xã" is of the whole too.
 */
export type LabelLinks = {
  whole: Row;
  /** The unit the whole counts ("xa", "thon"), folded. */
  unit: string;
  parts: Row[];
  average?: { row: Row; total: Row };
};

const WHOLE = /^tong so (xa|thon|ban|ap|huyen|phuong|don vi)( tren dia ban| toan tinh| ca nuoc| toan huyen)?$/;
/** "Số xã đạt chuẩn …", "Số xã chưa đạt chuẩn", "Số xã cơ bản đạt …": the unit, the state, and what follows it. */
const PART = /^(?:so |so luong )?(xa|thon|ban|ap|huyen|phuong|don vi) (da dat|dat|chua dat|co ban dat|khong dat)(?: (.*))?$/;
const AVERAGE = /\bbinh quan\b/;
const CRITERIA_TOTAL = /^tong so tieu chi (da )?dat( duoc)?\b/;

const DECIDED = new WeakMap<Table, LabelLinks | null>();

/** The label of a row, folded, without what it ends with in brackets: "Số xã đạt chuẩn (xã)" → "so xa dat chuan". */
function words(row: Row): string {
  return fold(row.label.replace(/\s*\([^()]*\)\s*$/, ''));
}

/** True when one text, read as words, begins with the other. */
function wordPrefix(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === '' || long === short || long.startsWith(`${short} `);
}

/**
 * The label links of a table whose rows are results by label (its items down the rows, not units
 * to add up), or null. Parts are taken only when they are exactly one row per state, all of the
 * whole's unit, their words after the state agreeing ("đạt chuẩn nông thôn mới" and "chưa đạt
 * chuẩn"): "Số xã đạt chuẩn nâng cao" beside "Số xã đạt chuẩn" is nested in it, not a part.
 *
 * @example
 * labelLinks(table) // { whole: row 5 "Tổng số xã", unit: 'xa', parts: [row 6, row 7] }
 */
export function labelLinks(table: Table): LabelLinks | null {
  let known = DECIDED.get(table);
  if (known === undefined) DECIDED.set(table, (known = decide(table)));
  return known;
}

function decide(table: Table): LabelLinks | null {
  if (table.orientation !== 'rows' || table.rows.length < 2 || table.rows.length > 12) return null;
  const rows = table.rows.filter((r) => r.role === 'unit' || r.role === 'total');
  const labelled = rows.map((row) => ({ row, words: words(row) }));
  const wholes = labelled.filter((r) => WHOLE.test(r.words));
  if (wholes.length !== 1) return null;
  const whole = wholes[0];
  const unit = WHOLE.exec(whole.words)![1];
  const byState = new Map<string, { row: Row; rest: string }[]>();
  for (const { row, words: text } of labelled) {
    const part = PART.exec(text);
    if (!part || part[1] !== unit) continue;
    const state = part[2] === 'da dat' ? 'dat' : part[2] === 'khong dat' ? 'chua dat' : part[2];
    byState.set(state, [...(byState.get(state) ?? []), { row, rest: part[3] ?? '' }]);
  }
  const met = byState.get('dat');
  const notMet = byState.get('chua dat');
  const basic = byState.get('co ban dat');
  const single = (list: { row: Row; rest: string }[] | undefined) => list?.length === 1;
  const parts = single(met) && single(notMet) && (!basic || single(basic)) && wordPrefix(met![0].rest, notMet![0].rest)
    ? [met![0].row, ...(basic ? [basic[0].row] : []), notMet![0].row] : [];
  const averageRow = labelled.find((r) => r !== whole && AVERAGE.test(r.words) && /\btieu chi\b/.test(r.words));
  const total = labelled.find((r) => CRITERIA_TOTAL.test(r.words));
  const average = unit === 'xa' && averageRow && total ? { row: averageRow.row, total: total.row } : undefined;
  const ofWhole = table.columns.some((c) => c.meaning === 'share' && /\btong so\b/.test(c.label));
  if (parts.length === 0 && !average && !ofWhole) return null;
  return { whole: whole.row, unit, parts, average };
}
