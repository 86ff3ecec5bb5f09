/**
 * An assignment table beside another table on the same sheet (past a blank column): its marks are
 * counted in its own columns, so a commune's count stated wrong is an error at its cell, and the
 * table beside it never shifts what is counted.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';

const rows = (count: number): CellValue[][] => [
  ['BIỂU A', null, null, null, 'GIAO CHỈ TIÊU NĂM 2027'],
  ['TT', 'Nguồn vốn', 'Năm 2027', null, 'TT', 'Tên xã', '1', '2', '3', '4', '5', 'Số tiêu chí đạt'],
  ['1', 'Ngân sách trung ương', 100, null, 1, 'Xã A', 'x', 'x', null, 'x', null, 3],
  ['2', 'Ngân sách địa phương', 200, null, 2, 'Xã B', 'x', null, null, null, 'x', count],
  [null, 'Tổng cộng', 300, null, 3, 'Xã C', 'x', 'x', 'x', 'x', 'x', 5],
];
const errors = (count: number) => checkWorkbook({ name: 'a.xlsx', sheets: [sheet('Biểu', rows(count))] }, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.code}`);

test('counts right: no error; Xã B credited 3 for its 2 marks: an error at its count', () => {
  expect(errors(2)).toEqual([]);
  expect(errors(3)).toEqual(['L4 total-mismatch']);
});
