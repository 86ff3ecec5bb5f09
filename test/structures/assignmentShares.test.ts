/**
 * The share row under an assignment's criteria ("Tỷ lệ (%)" under "Số xã đạt cuối năm"): each cell
 * is the communes its marks count over the number of communes. It was read and never checked — a
 * wrong share was "Không có lỗi" — and the fill wrote a new share row under the signature instead.
 */
import { cellWrites } from '../../src/domain/fill/cells';
import { planFill } from '../../src/domain/fill/plan';
import { applyPlanToSnapshot } from '../../src/domain/fill/applyToSnapshot';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { adr, sheet } from '../helpers/sheets';
import { findingsOf, VARIANTS, variantOf } from '../helpers/variants';

const MARKS: string[][] = [
  ['Đ', 'Đ', 'KH', 'Đ', null, 'Đ'],
  ['Đ', null, 'Đ', 'KH', 'KH', 'Đ'],
  [null, 'Đ', 'KH', 'Đ', 'Đ', null],
  ['Đ', 'Đ', null, 'Đ', 'KH', 'KH'],
  ['KH', null, 'Đ', null, 'Đ', 'Đ'],
].map((row) => row.map((m) => m ?? ''));
const N = MARKS.length;
const K = MARKS[0].length;
const count = (k: number, mark: string) => MARKS.filter((row) => row[k] === mark).length;
const COLS = 'CDEFGH';

type Options = { share?: 'percent' | 'fraction' | 'blank'; fault?: { k: number; by: number }; total?: { k: number; by: number }; stated?: number };

/** A 2027 assignment of five communes, its three totals rows and its share row, as a clerk types them. */
function book({ share = 'percent', fault, total, stated }: Options = {}) {
  const whole = stated ?? N;
  const rows: CellValue[][] = [
    [stated ? `GIAO CHỈ TIÊU NÔNG THÔN MỚI NĂM 2027 CHO CÁC XÃ (tổng số xã trên địa bàn: ${stated} xã)` : 'GIAO CHỈ TIÊU NÔNG THÔN MỚI NĂM 2027 CHO CÁC XÃ'],
    ['Ký hiệu: Đ - đã đạt; KH - phấn đấu đạt năm 2027; trống - chưa đạt'],
    ['TT', 'Tên xã', ...Array.from({ length: K }, (_, k) => k + 1)],
    ...MARKS.map((marks, i): CellValue[] => [i + 1, `Xã ${['Tân Lập', 'Hòa Bình', 'Quang Trung', 'Đồng Tâm', 'Phú Lương'][i]}`, ...marks.map((m) => m || null)]),
    ['Số xã đã đạt', null, ...Array.from({ length: K }, (_, k) => count(k, 'Đ'))],
    ['Số xã phấn đấu năm 2027', null, ...Array.from({ length: K }, (_, k) => count(k, 'KH'))],
    ['Số xã đạt cuối năm', null, ...Array.from({ length: K }, (_, k) => count(k, 'Đ') + count(k, 'KH') + (total?.k === k ? total.by : 0))],
    ['Tỷ lệ (%)', null, ...Array.from({ length: K }, (_, k): CellValue => {
      if (share === 'blank') return null;
      const value = ((count(k, 'Đ') + count(k, 'KH')) / whole) * 100 + (fault?.k === k ? fault.by : 0);
      return share === 'percent' ? Math.round(value * 10) / 10 : value / 100;
    })],
  ];
  const shareRow = 3 + N + 3;
  const formats = share === 'fraction' ? Object.fromEntries(Array.from({ length: K }, (_, k) => [`${COLS[k]}${shareRow + 1}`, '0.0%'])) : {};
  return { name: 'giao.xlsx', sheets: [sheet('Giao CT 2027', rows, { formats })] };
}
const shareCell = (k: number) => `${COLS[k]}${3 + N + 3 + 1}`;
const errors = (options: Options) => findingsOf(book(options)).filter((f) => f.endsWith(' error'));

test.each(['percent', 'fraction'] as const)('shares typed right (%s): no error', (share) => {
  expect(errors({ share })).toEqual([]);
});

test.each(['percent', 'fraction'] as const)('one share 20 points off (%s): an error at its cell, and only there', (share) => {
  expect(errors({ share, fault: { k: 2, by: 20 } })).toEqual([`Giao CT 2027!${shareCell(2)} percent-mismatch error`]);
});

test('a year-end count one too many: the count is the fault, its share (of the marks) is not a second one', () => {
  expect(errors({ total: { k: 4, by: 1 } })).toEqual([`Giao CT 2027!${COLS[4]}${3 + N + 3} total-mismatch error`]);
});

test('a blank "Tỷ lệ (%)" row is filled in its own row, in percent units, with the marks\' shares', () => {
  const { plan } = planFill(book({ share: 'blank' }));
  const writes = cellWrites(plan).filter((w) => w.role === 'criterion.percent');
  expect(writes.map((w) => w.cell)).toEqual(Array.from({ length: K }, (_, k) => shareCell(k)));
  writes.forEach((w, k) => {
    expect(w.row).toBe(adr(shareCell(k)).row);
    expect(w.formula).toMatch(/\*100\)$/);
    expect(w.value).toBeCloseTo(((count(k, 'Đ') + count(k, 'KH')) / N) * 100, 9);
  });
});

test('five communes assigned of the twelve the title states: shares of twelve are right, and the fill writes shares of twelve', () => {
  expect(errors({ stated: 12 })).toEqual([]);
  expect(errors({ stated: 12, fault: { k: 1, by: 10 } })).toEqual([`Giao CT 2027!${shareCell(1)} percent-mismatch error`]);
  const blank = book({ share: 'blank', stated: 12 });
  const { plan } = planFill(blank);
  const writes = cellWrites(plan).filter((w) => w.role === 'criterion.percent');
  expect(writes.map((w) => w.cell)).toEqual(Array.from({ length: K }, (_, k) => shareCell(k)));
  writes.forEach((w, k) => expect(w.value).toBeCloseTo(((count(k, 'Đ') + count(k, 'KH')) / 12) * 100, 9));
  // The filled sheet checks clean: the fill divides by the number the check divides by.
  expect(findingsOf(applyPlanToSnapshot(blank, plan)).filter((f) => f.endsWith(' error'))).toEqual([]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings on the clean and the faulty table', () => {
    for (const options of [{}, { fault: { k: 2, by: 20 } }, { share: 'fraction' as const, fault: { k: 0, by: -20 } }, { stated: 12, fault: { k: 3, by: 10 } }]) {
      expect(findingsOf(variantOf(book(options), variant))).toEqual(findingsOf(book(options)));
    }
  });
});
