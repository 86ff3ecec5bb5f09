/**
 * Two years side by side and their difference, with no ĐVT column and no plan: "Chỉ tiêu | Năm 2025 | Năm
 * 2026 | Tăng (+), giảm (-)", as a report compares a year with the one before. The difference is the later
 * year less the earlier, on each row. Before, such a table was read by no family (it had neither a ĐVT
 * column nor a plan nor a ratio): "Chưa đọc được bảng", its numbers unchecked. Clean says nothing; one
 * wrong difference is one error, at its cell; differences typed "+7", "-580" read as numbers; every layout
 * and spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const LINES: [string, number, number][] = [['Số xã đạt chuẩn nông thôn mới', 40, 47], ['Số thôn đạt chuẩn nông thôn mới', 380, 412], ['Số hộ nghèo', 5210, 4630], ['Số sản phẩm OCOP', 102, 118], ['Số xã đạt tiêu chí Giảm nghèo và an sinh xã hội', 61, 61]];

type Layout = { name: string; title: string; heads: [string, string, string] };
const LAYOUTS: Layout[] = [
  { name: 'years', title: 'SO SÁNH KẾT QUẢ NĂM 2026 VỚI NĂM 2025', heads: ['Năm 2025', 'Năm 2026', 'Tăng (+), giảm (-)'] },
  { name: 'results of two years', title: 'KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2026', heads: ['Thực hiện năm 2025', 'Thực hiện năm 2026', 'Tăng, giảm'] },
  { name: 'dates, a difference', title: 'BIẾN ĐỘNG CÁC CHỈ TIÊU NÔNG THÔN MỚI', heads: ['Đến 31/12/2025', 'Đến 31/12/2026', 'Chênh lệch (+/-)'] },
];

type Options = { wrong?: { line: number; by: number }; signedText?: boolean };

function book(layout: Layout, o: Options = {}): { book: WorkbookSnapshot; cell: (i: number) => string } {
  const rows: CellValue[][] = [[layout.title], [], ['TT', 'Chỉ tiêu', ...layout.heads]];
  LINES.forEach(([label, before, after], i) => {
    const change = after - before + (o.wrong?.line === i ? o.wrong.by : 0);
    rows.push([i + 1, label, before, after, o.signedText ? `${change > 0 ? '+' : ''}${change}` : change]);
  });
  return { book: { name: 'so-sanh.xlsx', sheets: [sheet('So sanh', rows)] }, cell: (i) => a1(3 + i, 4) };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test.each([false, true])('clean (signs typed as text: %s): nothing to say, the table read', (signedText) => {
    const b = book(layout, { signedText }).book;
    expect(notInfo(b)).toEqual([]);
    expect(checkWorkbook(b, {}, 'vi').coverage).toEqual({ tables: 1, unread: [] });
  });
  test.each([false, true])('one difference wrong (signs typed as text: %s): one error, at its cell', (signedText) => {
    const { book: b, cell } = book(layout, { wrong: { line: 2, by: 20 }, signedText });
    expect(notInfo(b)).toEqual([`${cell(2)} relation-mismatch error`]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { wrong: { line: 0, by: 1 } }]) {
        const { book: b } = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
