/**
 * Kinds of one thing with their "Tổng số …" line, numbered 1, 2, 3 and the total unnumbered, first or
 * last: "Sản phẩm 3 sao | 4 sao | 5 sao" under "Tổng số sản phẩm OCOP" (62,2% · 36,1% · 1,7%),
 * "Hộ nghèo 815.101 | Hộ cận nghèo 771.235 | Tổng số hộ nghèo và hộ cận nghèo 1.586.336" (2023). The
 * line names the kind of every item, so it is their total: the items add up to it, and a share column
 * is of it — unless the total's own share says otherwise (5,71%: shares of every household, which the
 * table does not hold; then that column is not checked). Before, these tables were unread ("no
 * header"). A "Tổng số xã" over "Số xã đạt chuẩn" is no such total.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

type Layout = { name: string; head: string[]; total: string; items: [string, number][]; totalFirst: boolean; shares: 'of-total' | 'outside' | 'none'; outside?: number };
const LAYOUTS: Layout[] = [
  { name: 'OCOP by star, total first', head: ['STT', 'Hạng sản phẩm', 'Số sản phẩm', 'Tỷ lệ (%)'], total: 'Tổng số sản phẩm OCOP', totalFirst: true, shares: 'of-total',
    items: [['Sản phẩm 3 sao', 9950], ['Sản phẩm 4 sao', 5775], ['Sản phẩm 5 sao', 272]] },
  { name: 'poverty 2023, total last, shares of all households', head: ['TT', 'Chỉ tiêu', 'Số hộ', 'Tỷ lệ (%)'], total: 'Tổng số hộ nghèo và hộ cận nghèo', totalFirst: false, shares: 'outside', outside: 27_819_488,
    items: [['Hộ nghèo', 815101], ['Hộ cận nghèo', 771235]] },
  { name: 'trained workers, total last, no shares', head: ['TT', 'Nội dung', 'Số người'], total: 'Tổng số lao động qua đào tạo', totalFirst: false, shares: 'none',
    items: [['Lao động qua đào tạo có bằng cấp, chứng chỉ', 41250], ['Lao động qua đào tạo không có bằng cấp', 30480], ['Lao động qua đào tạo nghề ngắn hạn', 12034]] },
];

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
type Options = { totalBy?: number; share?: number };

function book(l: Layout, o: Options = {}): { book: WorkbookSnapshot; totalCell: string; shareCell: string } {
  const T = l.items.reduce((t, [, v]) => t + v, 0);
  const share = (v: number) => (l.shares === 'of-total' ? r1((v / T) * 100) : r2((v / l.outside!) * 100));
  const line = (tt: string, label: string, v: number, s: number | null): CellValue[] => (l.shares === 'none' ? [tt, label, v] : [tt, label, v, s]);
  const items = l.items.map(([label, v], i) => line(String(i + 1), label, v, share(v) + (o.share !== undefined && i === 0 ? o.share : 0)));
  const totalShare = l.shares === 'of-total' ? 100 : l.items.reduce((t, [, v]) => t + share(v), 0);
  const total = line('', l.total, T + (o.totalBy ?? 0), r2(totalShare));
  const rows: CellValue[][] = [['KẾT QUẢ NĂM 2023'], [], l.head, ...(l.totalFirst ? [total, ...items] : [...items, total])];
  const totalRow = l.totalFirst ? 4 : 4 + l.items.length;
  const firstItem = l.totalFirst ? 5 : 4;
  return { book: { name: 't.xlsx', sheets: [sheet('Bang', rows)] }, totalCell: `C${totalRow}`, shareCell: `D${firstItem}` };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: read, nothing to say', () => {
    expect(notInfo(book(layout).book)).toEqual([]);
  });
  test('the total off: one error, at the total', () => {
    const { book: b, totalCell } = book(layout, { totalBy: 1000 });
    expect(notInfo(b)).toEqual([`${totalCell} total-mismatch error`]);
  });
  if (layout.shares === 'of-total') {
    test('a share off: one error, at the share', () => {
      const { book: b, shareCell } = book(layout, { share: 1 });
      expect(notInfo(b)).toEqual([`${shareCell} percent-mismatch error`]);
    });
  }
});

test('"Tổng số xã" above "Số xã đạt chuẩn …" is a whole, not their sum: no total relation', () => {
  const rows: CellValue[][] = [['KẾT QUẢ'], [], ['TT', 'Chỉ tiêu', 'Số lượng'], ['', 'Tổng số xã', 120], ['1', 'Số xã đạt chuẩn NTM', 45], ['2', 'Số xã đạt chuẩn NTM nâng cao', 12], ['3', 'Số xã đạt chuẩn NTM kiểu mẫu', 3]];
  expect(notInfo({ name: 't.xlsx', sheets: [sheet('Bang', rows)] }).filter((f) => f.includes('error'))).toEqual([]);
});

describe('with a ĐVT column', () => {
  const rows = (units: string[], total: number): CellValue[][] => [['KẾT QUẢ OCOP NĂM 2025'], [], ['STT', 'Chỉ tiêu', 'ĐVT', 'Số lượng'],
    ['1', 'Sản phẩm đạt 3 sao', units[0], 118], ['2', 'Sản phẩm đạt 4 sao', units[1], 43], ['3', 'Sản phẩm đạt 5 sao', units[2], 2], ['', 'Tổng số sản phẩm OCOP', units[3], total]];
  const same = ['Sản phẩm', 'Sản phẩm', 'Sản phẩm', 'Sản phẩm'];
  test('one unit on every row: the total is the items\' sum, checked', () => {
    expect(notInfo({ name: 't.xlsx', sheets: [sheet('Bang', rows(same, 163))] })).toEqual([]);
    expect(notInfo({ name: 't.xlsx', sheets: [sheet('Bang', rows(same, 164))] })).toEqual(['D7 total-mismatch error']);
  });
  test('rows with units of their own: no such total', () => {
    const mixed = ['Sản phẩm', 'Sản phẩm', 'Sản phẩm', 'Chủ thể'];
    expect(notInfo({ name: 't.xlsx', sheets: [sheet('Bang', rows(mixed, 164))] }).filter((f) => f.includes('error'))).toEqual([]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { totalBy: 1000 }]) {
        const { book: b } = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
