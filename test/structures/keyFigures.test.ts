/**
 * Key figures as a province reports them (Hải Dương, 4/2020: "Tổng số xã thực hiện Chương trình 178 |
 * Số xã được công nhận đạt chuẩn NTM 160 | Tỷ lệ xã đạt chuẩn NTM 89,9%"): the share line is the count
 * over the whole though their words differ by "được công nhận" and by what follows "Tổng số xã". Before,
 * the list was read with no relation and reported unread. Clean says nothing, a wrong share is one error
 * at it, the same in every spelling; two wholes ("Tổng số xã …" twice) make no relation.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

type Layout = { name: string; whole: string; count: string; share: string };
const LAYOUTS: Layout[] = [
  { name: 'Hải Dương 4/2020', whole: 'Tổng số xã thực hiện Chương trình', count: 'Số xã được công nhận đạt chuẩn NTM', share: 'Tỷ lệ xã đạt chuẩn NTM' },
  { name: 'đã được công nhận', whole: 'Tổng số xã trên địa bàn tỉnh', count: 'Số xã đã được công nhận đạt chuẩn nông thôn mới', share: 'Tỷ lệ xã đạt chuẩn nông thôn mới' },
  { name: 'villages', whole: 'Tổng số thôn thực hiện', count: 'Số thôn được công nhận đạt chuẩn NTM', share: 'Tỷ lệ thôn đạt chuẩn NTM' },
];

function book(l: Layout, share: number | string = '89,9', extraWhole = false): WorkbookSnapshot {
  const rows: CellValue[][] = [['KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI ĐẾN THÁNG 4/2020'], [], ['TT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
    ['1', l.whole, 'xã', 178], ['2', l.count, 'xã', 160], ['3', l.share, '%', share], ['4', 'Bình quân tiêu chí/xã', 'tiêu chí', '18,84'],
    ...(extraWhole ? [['5', `${l.whole} năm trước`, 'xã', 180]] : [])];
  return { name: 't.xlsx', sheets: [sheet('Ket qua', rows)] };
}
const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: read, nothing to say', () => {
    expect(notInfo(book(layout))).toEqual([]);
  });
  test('the share off: one error, at it', () => {
    expect(notInfo(book(layout, '88,9'))).toEqual(['D6 percent-mismatch error']);
  });
  test('two wholes: no share relation, no error', () => {
    expect(notInfo(book(layout, '88,9', true)).filter((f) => f.includes('error'))).toEqual([]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const share of ['89,9', '88,9']) {
        const b = book(layout, share);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
