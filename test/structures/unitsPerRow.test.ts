/**
 * A series with each row's own whole, as the press reports the country's progress: "Thời điểm |
 * Tổng số xã | Số xã đạt chuẩn NTM | Tỷ lệ (%)" over "30/6/2022 | 8.227 | 5.775 | 70,2", "30/6/2023 |
 * 8.177 | 6.022 | 73,65", "30/6/2025 | 7.669 | 6.084 | 79,3". A date is a time, never criterion "30";
 * each share divides its own row's communes; the rows are not summed. Clean says nothing; one changed
 * share is an error at its cell; the same without diacritics, in NFD and with numbers as text.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { parseCriterionRef } from '../../src/domain/text/codes';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const SERIES: [string, number, number, number][] = [['30/6/2022', 8227, 5775, 1], ['30/6/2023', 8177, 6022, 2], ['30/6/2025', 7669, 6084, 1]];
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function series(labels: 'dates' | 'years', change?: { i: number; by: number }): { book: WorkbookSnapshot; cell: (i: number) => string } {
  const formats: Record<string, string> = {};
  const rows: CellValue[][] = [
    ['SỐ XÃ ĐẠT CHUẨN NÔNG THÔN MỚI CẢ NƯỚC GIAI ĐOẠN 2021-2025'],
    [],
    ['TT', labels === 'dates' ? 'Thời điểm' : 'Năm', 'Tổng số xã', 'Số xã đạt chuẩn NTM', 'Tỷ lệ (%)'],
    ...SERIES.map(([date, n, m, d], i): CellValue[] => {
      formats[a1(3 + i, 4)] = d === 2 ? '0.00' : '0.0';
      return [i + 1, labels === 'dates' ? date : `Năm ${date.slice(-4)}`, n, m, round((m / n) * 100, d) + (change?.i === i ? change.by : 0)];
    }),
  ];
  return { book: { name: 'ca-nuoc.xlsx', sheets: [sheet('Ca nuoc', rows, { formats })] }, cell: (i) => a1(3 + i, 4) };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

test.each(['30/6/2022', '6/2025', '30-6-2023'])('"%s" is a date, not a criterion', (date) => {
  expect(parseCriterionRef(date)).toBeNull();
});

test('"3. Quy hoạch" and "13.2" are still criteria', () => {
  expect(parseCriterionRef('3. Quy hoạch')?.code).toBe('3');
  expect(parseCriterionRef('13.2')?.code).toBe('13.2');
});

describe.each(['dates', 'years'] as const)('rows named by %s', (labels) => {
  test('clean: nothing to say, not even a warning', () => {
    expect(notInfo(series(labels).book)).toEqual([]);
  });
  test('the 2023 share changed: one error, at its cell', () => {
    const { book, cell } = series(labels, { i: 1, by: 1.2 });
    expect(notInfo(book)).toEqual([`${cell(1)} percent-mismatch error`]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [series('dates'), series('dates', { i: 2, by: -2 }), series('years', { i: 0, by: 3 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});

test('indicators down with one "Số xã" column and shares of the first row ("Tổng số xã | Số xã đạt chuẩn | Số xã chưa đạt") are not a series: read by their labels (structures/labelLinks), their parts and shares checked', () => {
  const rows: CellValue[][] = [
    ['KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI CẢ NƯỚC ĐẾN THÁNG 6/2025'],
    [],
    ['TT', 'Chỉ tiêu', 'Số xã', 'Tỷ lệ so với tổng số xã (%)'],
    [1, 'Tổng số xã', 7669, 100],
    [2, 'Số xã đạt chuẩn nông thôn mới', 6084, 79.3],
    [3, 'Số xã chưa đạt chuẩn', 1585, 20.7],
  ];
  const issues = checkWorkbook({ name: 'ca-nuoc.xlsx', sheets: [sheet('Ca nuoc 6-2025', rows)] }, {}, 'vi').issues;
  expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
  expect(issues.find((i) => i.code === 'table-read')?.params).toMatchObject({ relations: 4, holding: 4 });
});
