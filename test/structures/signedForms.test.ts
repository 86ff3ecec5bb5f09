/**
 * Two forms printed on one sheet, each with its notes and its signature block ("Người lập biểu | TM. ỦY
 * BAN NHÂN DÂN"): the second is read as a table of its own and gives the findings it gives on a sheet of
 * its own. Before, no table started below the first signature: the second form was left unread, or,
 * worse, the first table's view read its rows too (a distribution "tổng các nhóm" of 104 communes for 62
 * stated, and the second form's shares divided by the first form's communes: five false errors). The
 * list under the last signature ("Nơi nhận: - Như trên; - Lưu: VT") is never a table.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { READ_CODES } from '../../src/domain/findings/codes';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { allocation, distribution, SIGNATURE } from '../helpers/forms';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const GAP = 3;
const RECIPIENTS: CellValue[][] = [['Nơi nhận:'], ['- Như trên;'], ['- Lưu: VT, NTM.']];

/** Both forms on one sheet, each signed; and each on a sheet of its own, as the reference. */
function books(first: CellValue[][], second: CellValue[][]): { stacked: WorkbookSnapshot; apart: WorkbookSnapshot; offset: number } {
  const one = [...first, [], ...SIGNATURE];
  const rows = [...one, ...Array.from({ length: GAP }, () => []), ...second, [], ...SIGNATURE, ...RECIPIENTS];
  return {
    stacked: { name: 'hai-bieu.xlsx', sheets: [sheet('Bieu', rows)] },
    apart: { name: 'rieng.xlsx', sheets: [sheet('Bieu', one), sheet('Bieu2', [...second, [], ...SIGNATURE, ...RECIPIENTS])] },
    offset: one.length + GAP,
  };
}

/** The apart book's findings, the second sheet's moved to where the second form stands on the stacked sheet. */
function moved(book: WorkbookSnapshot, offset: number): string[] {
  return findingsOf(book).map((line) => {
    const match = /^Bieu2!([A-Z]+)(\d+) (.*)$/.exec(line);
    return match ? `Bieu!${match[1]}${Number(match[2]) + offset} ${match[3]}` : line;
  }).sort();
}

const CASES: [string, CellValue[][], CellValue[][], string[]][] = [
  ['clean', distribution(), allocation(), []],
  ['a band of the distribution typed one more', distribution(1), allocation(), ['total-mismatch']],
  ['a commune\'s total in the allocation typed 100 too high', distribution(), allocation(2), ['total-mismatch']],
];

describe.each(CASES)('%s', (_name, first, second, codes) => {
  test('stacked, each form signed: the findings of each form on a sheet of its own, at the same cells', () => {
    const { stacked, apart, offset } = books(first, second);
    const found = findingsOf(stacked);
    expect(found.sort()).toEqual(moved(apart, offset));
    expect(found.filter((f) => f.endsWith(' error')).map((f) => f.split(' ')[1])).toEqual(codes);
  });

  test('both forms are read, and nothing else', () => {
    const { stacked, offset } = books(first, second);
    const issues = checkWorkbook(stacked, {}, 'vi').issues;
    expect(issues.filter((i) => READ_CODES.includes(i.code)).map((i) => i.cell)).toEqual(['A2', `A${offset + 3}`]);
    expect(issues.filter((i) => i.code === 'unread-table')).toEqual([]);
  });
});

test('the wrong commune total is blamed at its cell on the stacked sheet', () => {
  const { stacked, offset } = books(distribution(), allocation(2));
  const errors = checkWorkbook(stacked, {}, 'vi').issues.filter((i) => i.severity === 'error');
  // The allocation's header is its third row; its communes follow.
  expect(errors.map((e) => e.cell)).toEqual([a1(offset + 3 + 2, 2)]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings as typed', () => {
    for (const [, first, second] of CASES) {
      const { stacked } = books(first, second);
      expect(findingsOf(variantOf(stacked, variant))).toEqual(findingsOf(stacked));
    }
  });
});
