/**
 * A table read as figures that relate (a roll-up, a funding grid …) in which no relation was found is
 * not a checked table: its figures are said to be unchecked, never counted in "Không có lỗi".
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { VARIANTS, variantOf } from '../helpers/variants';

const COMMUNES: [string, number, number][] = [['Xã Tân Lập', 9, 1204], ['Xã Hòa Bình', 7, 980], ['Xã Quang Trung', 12, 1630], ['Xã Đồng Tâm', 8, 1115]];

function book(total: boolean) {
  const rows: CellValue[][] = [
    ['SỐ THÔN VÀ SỐ HỘ CÁC XÃ NĂM 2027'],
    ['TT', 'Tên xã', 'Số thôn', 'Số hộ'],
    ...(total ? [[null, 'Tổng cộng', COMMUNES.reduce((t, c) => t + c[1], 0), COMMUNES.reduce((t, c) => t + c[2], 0)]] : []),
    ...COMMUNES.map(([name, villages, households], i): CellValue[] => [i + 1, name, villages, households]),
  ];
  return { name: 'xa.xlsx', sheets: [sheet('Thon', rows)] };
}
const said = (options: { total: boolean }, variant?: string) => {
  const base = book(options.total);
  return checkWorkbook(variant ? variantOf(base, variant) : base).issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.params?.reason ?? ''}`.trim());
};

test('a roll-up with no totals, shares or year ends: its 8 figures are said to be unchecked', () => {
  expect(said({ total: false })).toEqual(['A2 unread-table relations']);
  const issue = checkWorkbook(book(false)).issues.find((i) => i.code === 'unread-table')!;
  expect(issue.params).toMatchObject({ numbers: 8, range: 'A2:D6' });
  expect(issue.message).toMatch(/CHƯA được kiểm tra/);
});

test('the same table with its totals row: checked, and nothing to say', () => {
  expect(said({ total: true })).toEqual([]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same', () => {
    expect(said({ total: false }, variant)).toEqual(said({ total: false }));
    expect(said({ total: true }, variant)).toEqual([]);
  });
});
