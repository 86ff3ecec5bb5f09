/**
 * A funding table whose total is named at length, on top, its parts under "Trong đó:" ("Tổng mức vốn
 * ngân sách nhà nước | Trong đó: | a) Ngân sách trung ương | b) Ngân sách địa phương", as the
 * 2016-2020 programme states its budget). The total is a total whatever words say what it totals:
 * clean says nothing; a part typed wrong is an error in the table; the same in every variant.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { isTotalsLabel } from '../../src/domain/text/vocabulary';
import { fold } from '../../src/domain/text/fold';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const CENTRAL = 63155.6;
const LOCAL = 130000;
const TOTAL = Math.round((CENTRAL + LOCAL) * 10) / 10;

function budget(label: string, local = LOCAL): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['DỰ KIẾN TỔNG MỨC VỐN NGÂN SÁCH NHÀ NƯỚC HỖ TRỢ TRỰC TIẾP GIAI ĐOẠN 2016-2020'],
    [null, null, 'Đơn vị: tỷ đồng'],
    [],
    ['TT', 'Nội dung', 'Số vốn'],
    [null, label, TOTAL],
    [null, 'Trong đó:', null],
    ['a', 'Ngân sách trung ương', CENTRAL],
    ['b', 'Ngân sách địa phương', local],
  ];
  return { name: 'von.xlsx', sheets: [sheet('Von NSNN', rows, { formats: { C5: '#,##0.0', C7: '#,##0.0', C8: '#,##0.0' } })] };
}

const LABELS = ['Tổng mức vốn ngân sách nhà nước', 'Tổng kinh phí thực hiện Chương trình', 'Tổng nhu cầu vốn giai đoạn 2026 - 2030', 'Tổng cộng'];
const errorsOf = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => i.cell);

test.each(LABELS)('"%s" names a total', (label) => {
  expect(isTotalsLabel(fold(label))).toBe(true);
});

test.each(['Tổng số xã đạt chuẩn', 'Tổng số tiêu chí đạt được', 'Tổng mức vốn ngân sách trung ương'])('"%s" is a row of its own, not the table\'s total', (label) => {
  expect(isTotalsLabel(fold(label))).toBe(false);
});

test.each(LABELS)('total "%s" on top: clean says nothing; the local budget typed 131.000 is an error at it or the total', (label) => {
  expect(errorsOf(budget(label))).toEqual([]);
  expect(errorsOf(budget(label, LOCAL + 1000)).filter((c) => c === 'C8' || c === 'C5')).not.toEqual([]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const book of [budget(LABELS[0]), budget(LABELS[0], LOCAL + 1000)]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
