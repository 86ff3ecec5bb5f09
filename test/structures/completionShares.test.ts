/**
 * A report's results against its plan, as a commune or a province reports a year: "Nội dung | ĐVT | Kế
 * hoạch giao năm 2026 | Thực hiện năm 2026 | Tỷ lệ hoàn thành (%)". On each row the completion share is
 * what was done over what was planned. Before, the plan and the result were read (plan, year end) but
 * the share was related to nothing, so a wrong share passed, and the summary said "Không có lỗi trong 1
 * bảng đã đọc" over a table whose numbers were not checked. Clean says nothing; one wrong share is one
 * error, at its cell; blank shares are filled as done / plan × 100; every layout and spelling gives the
 * same findings. And a table read whose numbers hold no relation is counted among the tables not read.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { summaryLine } from '../../src/domain/report/summary';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const LINES: [string, string, number, number][] = [
  ['Số xã đạt chuẩn nông thôn mới', 'xã', 12, 10], ['Số xã đạt thêm tiêu chí', 'xã', 30, 33], ['Số thôn đạt chuẩn nông thôn mới', 'thôn', 60, 54],
  ['Sản phẩm OCOP được công nhận mới', 'sản phẩm', 20, 22], ['Vốn ngân sách trung ương giải ngân', 'triệu đồng', 58000, 51234.5],
];
const r1 = (x: number) => Math.round(x * 10) / 10;

type Layout = { name: string; title: string; heads: string[]; note: boolean };
const LAYOUTS: Layout[] = [
  { name: 'plan and result of the year', title: 'BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2026', heads: ['TT', 'Nội dung', 'Đơn vị tính', 'Kế hoạch giao năm 2026', 'Thực hiện năm 2026', 'Tỷ lệ hoàn thành (%)'], note: true },
  { name: 'abbreviated', title: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026', heads: ['STT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2026', 'TH năm 2026', 'Tỷ lệ thực hiện so với KH (%)'], note: false },
  { name: 'no year in the header', title: 'BÁO CÁO KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2026', heads: ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ hoàn thành kế hoạch (%)'], note: true },
];

type Options = { wrong?: { line: number; by: number }; blank?: boolean };

function book(layout: Layout, o: Options = {}): { book: WorkbookSnapshot; cell: (i: number) => string } {
  const rows: CellValue[][] = [[layout.title], ['(Kèm theo Báo cáo số 12/BC-UBND)'], layout.note ? [...layout.heads, 'Ghi chú'] : layout.heads];
  LINES.forEach(([label, unit, plan, done], i) => {
    const share = o.blank ? null : r1((done / plan) * 100) + (o.wrong?.line === i ? o.wrong.by : 0);
    rows.push([i + 1, label, unit, plan, done, share, ...(layout.note ? [null] : [])]);
  });
  return { book: { name: 'kq.xlsx', sheets: [sheet('KQ 2026', rows)] }, cell: (i) => a1(3 + i, 5) };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say, the table counted as read', () => {
    const report = checkWorkbook(book(layout).book, {}, 'vi');
    expect(notInfo(book(layout).book)).toEqual([]);
    expect(report.coverage).toEqual({ tables: 1, unread: [] });
  });
  test('one completion share wrong: one error, at its cell', () => {
    const { book: b, cell } = book(layout, { wrong: { line: 2, by: 5 } });
    expect(notInfo(b)).toEqual([`${cell(2)} relation-mismatch error`]);
  });
  test('blank shares are filled as done over plan', () => {
    const { book: b, cell } = book(layout, { blank: true });
    const writes = new Map(cellWrites(planFill(b, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    LINES.forEach(([, , plan, done], i) => expect(writes.get(cell(i))?.value).toBeCloseTo((done / plan) * 100, 6));
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { wrong: { line: 0, by: -4 } }]) {
        const { book: b } = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});

test('a table read whose numbers hold no relation is not counted as read and clean', () => {
  const rows: CellValue[][] = [['MỘT SỐ CHỈ TIÊU CHỦ YẾU'], [], ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025', 'Năm 2026'],
    [1, 'Số xã đạt chuẩn nông thôn mới', 'xã', 40, 47], [2, 'Số thôn đạt chuẩn nông thôn mới', 'thôn', 380, 412], [3, 'Thu nhập bình quân đầu người', 'triệu đồng', 48.5, 52.5]];
  const report = checkWorkbook({ name: 'ct.xlsx', sheets: [sheet('Chi tieu', rows)] }, {}, 'vi');
  const unread = report.issues.filter((i) => i.code === 'unread-table');
  expect(unread.length).toBe(1);
  expect(report.coverage.unread).toEqual([expect.objectContaining({ sheet: 'Chi tieu', range: unread[0].params?.range })]);
  expect(summaryLine(report, 'vi')).not.toMatch(/^Không có lỗi/);
  expect(summaryLine(report, 'en')).not.toMatch(/^No errors/);
});
