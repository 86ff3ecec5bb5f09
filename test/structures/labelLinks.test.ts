/**
 * Results reported by label, as published reports give them: "Tổng số xã | Số xã đạt chuẩn | Số xã
 * chưa đạt chuẩn" with a share "so với tổng số xã", and "Tổng số tiêu chí đạt được | Số tiêu chí đạt
 * bình quân (tiêu chí/xã)". Their rows relate by their labels: the whole is its đạt and chưa đạt
 * parts, each share is of the whole, the average is the criteria over the communes. Such a table was
 * "not read" before (its figures unchecked).
 */
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, VARIANTS, variantOf } from '../helpers/variants';

type Fault = { row: 'met' | 'notMet' | 'whole'; col: 'count' | 'share'; by: number };

/** The country's results at 6/2025 as published: 6,084 of 7,669 communes met the standard. */
function results(options: { fault?: Fault; advanced?: boolean; basic?: boolean } = {}) {
  const whole = 7669;
  const basic = options.basic ? 420 : 0;
  const met = 6084;
  const notMet = whole - met - basic;
  const advanced = 2460;
  const row = (tt: number, label: string, count: number, key: Fault['row'] | 'other'): CellValue[] => {
    const share = Math.round((count / whole) * 1000) / 10;
    const off = (col: Fault['col']) => (options.fault?.row === key && options.fault.col === col ? options.fault.by : 0);
    return [tt, label, count + off('count'), Math.round((share + off('share')) * 10) / 10];
  };
  const rows: CellValue[][] = [
    ['KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI CẢ NƯỚC ĐẾN THÁNG 6/2025'],
    [],
    ['TT', 'Chỉ tiêu', 'Số xã', 'Tỷ lệ so với tổng số xã (%)'],
    row(1, 'Tổng số xã', whole, 'whole'),
    row(2, 'Số xã đạt chuẩn nông thôn mới', met, 'met'),
    ...(options.advanced ? [row(3, 'Số xã đạt chuẩn nông thôn mới nâng cao', advanced, 'other')] : []),
    ...(options.basic ? [row(3, 'Số xã cơ bản đạt chuẩn', basic, 'other')] : []),
    row(options.advanced || options.basic ? 4 : 3, 'Số xã chưa đạt chuẩn', notMet, 'notMet'),
  ];
  return { name: 'ket-qua.xlsx', sheets: [sheet('Ca nuoc', rows, { formats: Object.fromEntries(rows.map((_, r) => [`D${r + 1}`, '0.0'])) })] };
}

/** Thừa Thiên Huế at 30/9/2015: 1,286 criteria met in 92 communes, 14 per commune on average. */
function average(typed = 14) {
  return { name: 'tien-do.xlsx', sheets: [sheet('Tien do', [
    ['TIẾN ĐỘ THỰC HIỆN 19 TIÊU CHÍ NÔNG THÔN MỚI ĐẾN 30/9/2015'],
    [],
    ['TT', 'Nội dung', 'Kết quả'],
    [1, 'Tổng số xã', 92],
    [2, 'Tổng số tiêu chí đạt được', 1286],
    [3, 'Số tiêu chí đạt bình quân (tiêu chí/xã)', typed],
  ])] };
}

const said = (book: ReturnType<typeof results>, variant?: string) => findingsOf(variant ? variantOf(book, variant) : book).filter((f) => !f.endsWith(' info'));

test('the published results, as typed: read, and nothing to say', () => {
  expect(said(results())).toEqual([]);
  expect(said(results({ basic: true }))).toEqual([]);
  expect(said(average())).toEqual([]);
});

test('a share two points off: an error at its cell', () => {
  expect(said(results({ fault: { row: 'met', col: 'share', by: 2 } }))).toEqual(['Ca nuoc!D5 percent-mismatch error']);
});

test('a whole that is not its parts: an error at the whole', () => {
  expect(said(results({ fault: { row: 'whole', col: 'count', by: 100 } }))).toEqual(['Ca nuoc!C4 total-mismatch error']);
});

test('an average that is not the criteria over the communes: an error at it', () => {
  expect(said(average(16))).toEqual(['Tien do!C6 relation-mismatch error']);
});

test('a row nested in another ("đạt chuẩn nâng cao" within "đạt chuẩn") is no part: no sum, no false error; its shares still checked', () => {
  expect(said(results({ advanced: true }))).toEqual([]);
  expect(said(results({ advanced: true, fault: { row: 'notMet', col: 'share', by: -3 } }))).toEqual(['Ca nuoc!D7 percent-mismatch error']);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const options of [{}, { fault: { row: 'met' as const, col: 'share' as const, by: 2 } }, { basic: true }, { advanced: true }]) {
      expect(said(results(options), variant)).toEqual(said(results(options)));
    }
    expect(said(average(16), variant)).toEqual(said(average(16)));
  });
});
