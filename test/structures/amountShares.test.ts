/**
 * Money by commune group beside the communes of each group: "Nhóm xã | Số xã | Vốn phân bổ (triệu đồng) |
 * Tỷ lệ (%) | Bình quân (triệu đồng/xã)", "Tổng cộng" under. The share of an amount is of the total amount
 * (5 400 of 49 200 is 11 %), never the amount over the communes (5 400 / 12 is 450 million a commune —
 * that is the per-commune column). Clean says nothing; one changed share is an error at its cell; the
 * same in every spelling. A "Tỷ lệ" of a count beside "Số xã" still divides by the row's communes.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const GROUPS = [12, 40, 22];
const MONEY = [5400, 24000, 19800];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const r1 = (x: number) => Math.round(x * 10) / 10;

function allocation(change?: { row: number; by: number }, perCommune?: { row: number; by: number }, title = 'Bình quân (triệu đồng/xã)', blank = false): { book: WorkbookSnapshot; share: (row: number) => string } {
  const M = sum(MONEY);
  const rows: CellValue[][] = [
    ['PHÂN BỔ VỐN NGÂN SÁCH TRUNG ƯƠNG NĂM 2027 THEO NHÓM XÃ'], [],
    ['TT', 'Nhóm xã', 'Số xã', 'Vốn phân bổ (triệu đồng)', 'Tỷ lệ (%)', title],
    ...GROUPS.map((n, i): CellValue[] => [i + 1, `Xã nhóm ${i + 1}`, n, MONEY[i], r1((MONEY[i] / M) * 100) + (change?.row === i ? change.by : 0), blank ? null : r1(MONEY[i] / n) + (perCommune?.row === i ? perCommune.by : 0)]),
    [null, 'Tổng cộng', sum(GROUPS), M, 100, r1(M / sum(GROUPS))],
  ];
  return { book: { name: 'von.xlsx', sheets: [sheet('Phan bo von', rows, { merges: ['A1:F1'] })] }, share: (row) => a1(3 + row, 4) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

test('clean: each group\'s share of the money, nothing to say', () => {
  expect(notInfo(allocation().book)).toEqual([]);
});

test('one share changed: one error, at its cell', () => {
  const { book, share } = allocation({ row: 1, by: 4 });
  expect(notInfo(book)).toEqual([`${share(1)} percent-mismatch error`]);
});

test('a share of a count beside "Số xã" still divides by the row\'s communes', () => {
  const met = [8, 21, 6];
  const rows: CellValue[][] = [
    ['TT', 'Nhóm xã', 'Số xã', 'Số xã đạt chuẩn', 'Tỷ lệ (%)'],
    ...GROUPS.map((n, i): CellValue[] => [i + 1, `Xã nhóm ${i + 1}`, n, met[i], r1((met[i] / n) * 100) + (i === 2 ? 5 : 0)]),
    [null, 'Tổng cộng', sum(GROUPS), sum(met), r1((sum(met) / sum(GROUPS)) * 100)],
  ];
  expect(notInfo({ name: 'x.xlsx', sheets: [sheet('Dat chuan', rows)] })).toEqual(['E4 percent-mismatch error']);
});

describe.each(['Bình quân (triệu đồng/xã)', 'Định mức bình quân/1 xã (triệu đồng)', 'Bình quân mỗi xã (triệu đồng)'])('"%s": each row\'s money over its communes', (title) => {
  test('clean: nothing to say', () => {
    expect(notInfo(allocation(undefined, undefined, title).book)).toEqual([]);
  });
  test('one changed: an error at its cell', () => {
    expect(notInfo(allocation(undefined, { row: 1, by: 100 }, title).book)).toEqual(['F5 relation-mismatch error']);
  });
  test('blank: filled with the money over the communes', () => {
    const writes = new Map(cellWrites(planFill(allocation(undefined, undefined, title, true).book, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w.value]));
    GROUPS.forEach((n, i) => expect(Math.abs((writes.get(a1(3 + i, 5)) as number) - MONEY[i] / n)).toBeLessThan(0.051));
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [allocation(), allocation({ row: 0, by: -3 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
