/**
 * The plan year is decided once per workbook: where no title names it, the year a table's header
 * plans for is the workbook's, and every other table is read with it — an assignment whose marks
 * say "2027" (planned for the year) is read the same whether the year is in its own title or only
 * in the targets sheet's header.
 */
import { analyzeWorkbook, checkWorkbook } from '../../src/domain/engine';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import type { AssignmentModel } from '../../src/domain/recognize/models';
import { sheet } from '../helpers/sheets';
import { VARIANTS, variantOf } from '../helpers/variants';

const MARKS: CellValue[][] = [
  ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'],
  ['x', 2027, 'x', 'x', null, 'x', 'x', 2027, 'x', 'x'],
  [null, 'x', 2027, 'x', 'x', null, 'x', 'x', null, 'x'],
];
const NAMES = ['Xã Tân Lập', 'Xã Hòa Bình', 'Xã Quang Trung'];

function book(titled: boolean) {
  const assignment: CellValue[][] = [
    [titled ? 'GIAO CHỈ TIÊU CÁC XÃ NĂM 2027' : 'GIAO CHỈ TIÊU CÁC XÃ'],
    ['TT', 'Tên xã', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ...MARKS.map((marks, i): CellValue[] => [i + 1, NAMES[i], ...marks]),
  ];
  const targets: CellValue[][] = [
    ['CHỈ TIÊU CÁC TIÊU CHÍ'],
    ['TT', 'Tiêu chí', 'Số xã đạt năm 2026', 'Kế hoạch năm 2027'],
    ...Array.from({ length: 10 }, (_, i): CellValue[] => [i + 1, `Tiêu chí ${i + 1}`, MARKS.filter((m) => m[i] === 'x').length, MARKS.filter((m) => m[i] !== null).length]),
  ];
  return { name: 'ke-hoach.xlsx', sheets: [sheet('Chi tieu', targets), sheet('Giao', assignment)] };
}

const said = (titled: boolean, variant?: string) => {
  const base = book(titled);
  return checkWorkbook(variant ? variantOf(base, variant) : base).issues.filter((i) => i.severity !== "info").map((i) => `${i.sheet}!${i.cell} ${i.code}`);
};

test('an assignment without a year of its own plans for the year the targets header names', () => {
  const analysis = analyzeWorkbook(book(false));
  expect(analysis.planYear).toBe(2027);
  const view = analysis.sheets.find((s) => s.grid.name === 'Giao')!.views[0];
  expect((view.model as AssignmentModel).planYear).toBe(2027);
});

test('its "2027" marks are read as planned for the year, as when its title names it: no error', () => {
  expect(said(false)).toEqual(said(true));
  expect(said(false)).toEqual([]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same', () => expect(said(false, variant)).toEqual(said(true)));
});
