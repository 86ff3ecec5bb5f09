import type { CriteriaShown } from '../catalog/select';
import type { Grid } from '../sheet/grid';
import { fold, foldedLetter } from '../text/fold';
import type { Table } from '../table/types';

/** "Tiêu chí …", "TC …" begin with a t: a label beginning with another letter is not folded. */
function mayBeginT(label: string): boolean {
  const initial = foldedLetter(label.charCodeAt(0));
  return initial === 0 || initial === 116;
}

/** A criterion number as a header states it: "9", "TC9", "TC 9", "Tiêu chí 9", "Tiêu chí số 9". */
function criterionNumber(title: string): number | null {
  const match = /^(?:(?:tieu chi|tc)\s*(?:so\s*)?)?(\d{1,2})$/.exec(fold(title));
  return match ? Number(match[1]) : null;
}

/**
 * The size of the criteria set the tables show, whatever year they name: criteria numbered across
 * a header (1 … 19 under "Tiêu chí số"), criteria numbered down the rows (a row "19" or "Tiêu chí số
 * 19"), or counts out of the set ("đạt 15/19 tiêu chí"). The largest shown, with where.
 *
 * @example
 * criteriaShownIn([{ grid, tables }]) // { criteria: 19, sheet: 'Hien trang TC', row: 5, col: 2 }
 */
export function criteriaShownIn(sheets: readonly { grid: Grid; tables: readonly Table[] }[]): CriteriaShown | undefined {
  let best: CriteriaShown | undefined;
  const consider = (shown: CriteriaShown) => { if (!best || shown.criteria > best.criteria) best = shown; };
  for (const { grid, tables } of sheets) {
    for (const table of tables) {
      // Across the columns: a run 1, 2, 3 … of at least five.
      const cols = table.columns.map((c) => ({ col: c.col, n: criterionNumber(c.title) }));
      for (let i = 0; i < cols.length; i++) {
        if (cols[i].n !== 1) continue;
        let run = 1;
        while (i + run < cols.length && cols[i + run].n === run + 1 && cols[i + run].col === cols[i + run - 1].col + 1) run++;
        if (run >= 5) consider({ criteria: run, sheet: grid.name, row: table.header.bottom, col: cols[i].col });
      }
      // Down the rows: criteria numbered past the 10 of the 2026–2030 set.
      const numbered = table.rows.filter((r) => r.role === 'unit' && mayBeginT(r.label) && /^(tieu chi|tc)\s*(so\s*)?\d/.test(fold(r.label))).map((r) => ({ row: r.row, n: criterionNumber(fold(r.label).split(/\s(?:ve|-)\s|\s(?=[a-z]{3,})/)[0] ?? '') }));
      const highest = numbered.filter((r) => r.n !== null).sort((a, b) => b.n! - a.n!)[0];
      if (highest && highest.n! > 10 && highest.n! <= 19) consider({ criteria: 19, sheet: grid.name, row: highest.row, col: table.labelCol });
    }
    // "15/19 tiêu chí": counts out of the set; "đạt 19 tiêu chí".
    for (const { row, col } of grid.scan().longTexts) {
      const raw = grid.raw(row, col);
      if (!raw.includes('19') && !raw.includes('/')) continue;
      const criteria = criteriaShownInWords(fold(raw, '/'));
      if (criteria !== undefined) consider({ criteria, sheet: grid.name, row, col });
    }
  }
  return best;
}

/**
 * The size of the set words show, for a workbook's texts and a plan's sentences alike: a count out
 * of the set ("15/19 tiêu chí", "đạt 10/10 tiêu chí"), or nineteen criteria ("đạt 19 tiêu chí",
 * "đủ 19 tiêu chí": only a 19-criterion set has them). "10 tiêu chí" alone is a count under any set,
 * and "bộ 19 tiêu chí" names a set (a 2025 count beside a 2027 plan's): no shape. Takes folded text
 * keeping "/".
 *
 * @example
 * criteriaShownInWords('xa dat 19/19 tieu chi') === 19; criteriaShownInWords('co 10 tieu chi') === undefined
 */
export function criteriaShownInWords(folded: string): number | undefined {
  const counted = /\b\d{1,2}\s*\/\s*(19|10)\s*(?:tieu chi|tc)\b/.exec(folded);
  if (counted) return Number(counted[1]);
  // "bộ 19 tiêu chí" names a set (the old one, beside a count of 2025), it shows none.
  return /(?<![\d/]\s*|\bbo\s+)\b19\s+(?:tieu chi|tc)\b/.test(folded) ? 19 : undefined;
}
