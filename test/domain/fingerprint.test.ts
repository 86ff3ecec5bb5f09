import { fingerprint } from '../../src/domain/sheet/fingerprint';
import { scanSheet } from '../../src/domain/sheet/scan';
import { blankRow, rowOf, type CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';

const LONG = 'Chủ trì xây dựng kế hoạch và hướng dẫn các xã triển khai thực hiện tiêu chí';
const ROWS: CellValue[][] = [
  ['TT', 'Tên xã', 1, 2],
  [1, 'Xã A', 'x', 'KH'],
  [2, 'Xã B', null, 'x'],
  [null, LONG, 0.25, { error: '#REF!' }],
];
const print = (rows: CellValue[][], options: Parameters<typeof sheet>[2] = {}) => fingerprint(sheet('S', rows, options));
const edit = (row: number, col: number, value: CellValue) => ROWS.map((r, i) => r.map((v, j) => (i === row && j === col ? value : v)));

describe('fingerprint', () => {
  it('is the same for the same content, however the snapshot was built', () => {
    expect(print(ROWS)).toBe(print(JSON.parse(JSON.stringify(ROWS))));
    expect(print(ROWS)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('reads a sheet without formulas as one whose formula cells are all blank, and an empty text as a text', () => {
    const plain = sheet('S', [...ROWS, ['', null, null, null]]);
    const blankFormulas = { ...plain, formulas: plain.values.map((row) => blankRow<string>(row.length)) };
    expect(scanSheet(blankFormulas)).toEqual(scanSheet({ ...plain, formulas: undefined }));
    expect(fingerprint(plain)).not.toBe(print(ROWS));
    expect(scanSheet(plain).errors).toEqual([{ row: 3, col: 3, error: '#REF!' }]);
  });

  it('builds every snapshot row the same way: blank cells, then what a host read', () => {
    expect(blankRow(3)).toEqual([null, null, null]);
    expect(rowOf(['x', 2], (cell) => (typeof cell === 'number' ? cell * 10 : cell), 4)).toEqual(['x', 20, null, null]);
    expect(rowOf(['x', 'y', 'z'], (cell) => cell, 2)).toEqual(['x', 'y']);
  });

  it('changes when any cell changes: a mark, a long label, a number, its kind, an error, a formula', () => {
    const before = print(ROWS);
    const after = [
      print(edit(1, 2, 'X')),
      print(edit(2, 2, 'x')),
      print(edit(3, 1, `${LONG}.`)),
      print(edit(3, 2, 0.26)),
      print(edit(1, 0, '1')),
      print(edit(3, 3, { error: '#N/A' })),
      print(edit(2, 2, true)),
      print(ROWS, { formulas: { C4: '=1/4' } }),
    ];
    for (const changed of after) expect(changed).not.toBe(before);
    expect(new Set(after).size).toBe(after.length);
  });

  it('changes when content moves to another cell or the sheet starts elsewhere', () => {
    const before = print(ROWS);
    expect(print([[null, ...ROWS[0]], ...ROWS.slice(1).map((r) => [null, ...r])])).not.toBe(before);
    expect(print([[null], ...ROWS])).not.toBe(before);
    expect(print([ROWS[1], ROWS[0], ...ROWS.slice(2)])).not.toBe(before);
    expect(print(ROWS, { origin: 'B2' })).not.toBe(before);
  });
});

describe('the full pass counts, per row, the cells that may read as digits', () => {
  it('numbers and texts with a digit; marks, words, booleans and errors are not', () => {
    const rows: CellValue[][] = [
      ['TT', 'Tên xã', 1, '(2)', 'Tiêu chí 3', 'x'],
      [1, 'Xã A', 'x', 'KH', true, { error: '#REF!' }],
      [null, null, null, null, null, null],
      ['Một dòng rất dài, dài hơn hai mươi bốn ký tự', 'Đ', '1.234,5', '41,9%', '-', 0],
    ];
    // A text past 24 characters is not read character by character: it counts, as a text that may hold a digit.
    expect([...scanSheet(sheet('S', rows)).digitCells]).toEqual([3, 1, 0, 4]);
  });
});
