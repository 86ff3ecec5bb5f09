import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { firstHeaderRow } from '../table/read';
import { withoutDocumentNumbers } from '../text/vocabulary';
import type { Analysis, FactSource, View } from './types';

/** Rows read for titles where a sheet has no table. */
const TITLE_ROWS = 15;

type Candidate = { year: number; strength: number; sheet: string; cell: string; text: string };

/** The words of a plan's title: the year after them is the year planned for. */
const PLAN_WORDS = /\b(ke hoach|chi tieu|muc tieu|phan dau|giao|du kien|nhiem vu)\b/;

/**
 * The year a workbook plans for, decided once, with where it was read: the title lines above each
 * sheet's first table (never the cells of a table — a task "Tổng kết năm 2021, xây dựng kế hoạch năm
 * 2022" is not the plan's year). "Kế hoạch … năm 2027" first, then "năm 2027", then a lone year not
 * part of a period ("2021-2025" is the criteria set's); the latest of the strongest.
 *
 * @example
 * decidePlanYear(grids) // { year: 2021, source: { kind: 'title', sheet: 'Chi tieu 2021', cell: 'A1', text: 'KẾ HOẠCH … NĂM 2021' } }
 */
export function decidePlanYear(grids: readonly Grid[]): { year?: number; source?: FactSource } {
  const candidates: Candidate[] = [];
  for (const grid of grids) {
    const header = firstHeaderRow(grid);
    const last = header !== undefined ? header - 1 : Math.min(grid.bottom, grid.top + TITLE_ROWS - 1);
    for (let row = grid.top; row <= Math.min(last, grid.top + TITLE_ROWS - 1); row++) {
      for (const col of grid.cols()) {
        const area = grid.mergeOf(row, col);
        if (area && (area.top !== row || area.left !== col)) continue;
        const text = grid.text(row, col);
        if (!/\b20\d\d\b/.test(text)) continue;
        for (const candidate of yearsOfTitle(text)) candidates.push({ ...candidate, sheet: grid.name, cell: a1(row, col), text: grid.raw(row, col) });
      }
    }
  }
  if (candidates.length === 0) return {};
  const strongest = Math.max(...candidates.map((c) => c.strength));
  const best = candidates.filter((c) => c.strength === strongest).sort((a, b) => b.year - a.year)[0];
  return { year: best.year, source: { kind: 'title', sheet: best.sheet, cell: best.cell, text: best.text } };
}

/**
 * The years a title line names, each with how surely it is the plan's: 3 after a plan's words and
 * "năm" ("Kế hoạch … năm 2027"), 2 after "năm" alone, 1 for a lone year not in a period; "đến hết năm
 * 2026" is a baseline's date and names none.
 */
function yearsOfTitle(title: string): { year: number; strength: number }[] {
  const found: { year: number; strength: number }[] = [];
  const folded = withoutDocumentNumbers(title);
  const planned = PLAN_WORDS.test(folded);
  for (const match of folded.matchAll(/\b(?<!het |den |truoc |sau |tu )nam (20\d\d)\b/g)) {
    if (/\b20\d\d\s*$/.test(folded.slice(0, match.index).trimEnd()) || /^\s+(20\d\d)\b/.test(folded.slice((match.index ?? 0) + match[0].length))) continue;
    found.push({ year: Number(match[1]), strength: planned ? 3 : 2 });
  }
  if (found.length) return found;
  const withoutPeriods = folded.replace(/\b20\d\d 20\d\d\b/g, ' ').replace(/\b(het|den|truoc|sau|tu) (nam )?(\d{1,2} )*20\d\d\b/g, ' ');
  for (const match of withoutPeriods.matchAll(/\b(20\d\d)\b/g)) found.push({ year: Number(match[1]), strength: 1 });
  return found;
}

/**
 * The year one table plans for, as the analysis decided it: the year its own header plans for (a
 * table of "Năm 2026 | Năm 2027" beside a workbook titled for another year keeps its own, table/read.ts),
 * else the workbook's plan year. What every consumer of a table asks (the appendix's timelines and
 * titles), never deciding it again.
 *
 * @example
 * planYearOfView(analysis, view) // 2025
 */
export function planYearOfView(analysis: Pick<Analysis, 'planYear'>, view: Pick<View, 'table'>): number | undefined {
  return view.table.planYear ?? analysis.planYear;
}
