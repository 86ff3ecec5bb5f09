/**
 * Two tables side by side across blank columns whose headers stand on different rows (the right one
 * has a unit line above its header, or none): each is read in its own columns and gives the findings it
 * gives on a sheet of its own. Before, the tables were split only where both headers shared a row: a
 * header a row lower was read as data of the other, both tables became one, and the right one's shares
 * were divided by the left one's communes (five false errors on a clean sheet).
 */
import { checkWorkbook } from '../../src/domain/engine';
import { READ_CODES } from '../../src/domain/findings/codes';
import { a1, parseA1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { allocation, distribution } from '../helpers/forms';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';
import { sheet } from '../helpers/sheets';

const GAP = 2;

/** `left` in columns A…, `right` after a gap of blank columns, `shift` rows lower (negative: higher). */
function beside(left: CellValue[][], right: CellValue[][], shift: number): { together: WorkbookSnapshot; apart: WorkbookSnapshot; dc: number; dr: number } {
  const width = Math.max(...left.map((r) => r.length));
  const dc = width + GAP;
  const top = Math.max(0, -shift);
  const dr = Math.max(0, shift);
  const rows: CellValue[][] = [];
  const put = (r: number, c: number, v: CellValue) => {
    while (rows.length <= r) rows.push([]);
    while (rows[r].length < c) rows[r].push(null);
    rows[r][c] = v;
  };
  left.forEach((row, r) => row.forEach((v, c) => put(r + top, c, v)));
  right.forEach((row, r) => row.forEach((v, c) => put(r + dr, c + dc, v)));
  return {
    together: { name: 'canh-nhau.xlsx', sheets: [sheet('Bieu', rows)] },
    apart: { name: 'rieng.xlsx', sheets: [sheet('Bieu', [...Array.from({ length: top }, () => []), ...left]), sheet('Bieu2', right)] },
    dc,
    dr,
  };
}

/** The apart book's findings, the second sheet's moved to where the right table stands. */
function moved(book: WorkbookSnapshot, dr: number, dc: number): string[] {
  return findingsOf(book).map((line) => {
    const match = /^Bieu2!([A-Z]+\d+) (.*)$/.exec(line);
    if (!match) return line;
    const { row, col } = parseA1(match[1]) ?? { row: 0, col: 0 };
    return `Bieu!${a1(row + dr, col + dc)} ${match[2]}`;
  }).sort();
}

const CASES: [string, CellValue[][], CellValue[][], number][] = [
  ['clean', distribution(), allocation(), 0],
  ['a band typed one more on the left', distribution(1), allocation(), 1],
  ['a commune total typed too high on the right', distribution(), allocation(2), 1],
];

describe.each([-1, 1, 2])('the right table %i rows lower', (shift) => {
  test.each(CASES)('%s: the findings of each table on a sheet of its own', (_name, left, right, errors) => {
    const { together, apart, dr, dc } = beside(left, right, shift);
    const found = findingsOf(together);
    expect(found.sort()).toEqual(moved(apart, dr, dc));
    expect(found.filter((f) => f.endsWith(' error'))).toHaveLength(errors);
    const issues = checkWorkbook(together, {}, 'vi').issues;
    expect(issues.filter((i) => READ_CODES.includes(i.code))).toHaveLength(2);
    expect(issues.filter((i) => i.code === 'unread-table')).toEqual([]);
  });

  test.each(Object.keys(VARIANTS))('typed %s: the same findings', (variant) => {
    for (const [, left, right] of CASES) {
      const { together } = beside(left, right, shift);
      expect(findingsOf(variantOf(together, variant))).toEqual(findingsOf(together));
    }
  });
});
