/**
 * A total listed again under sections that each split it one way (Hải Dương: "Tổng nguồn vốn huy động
 * 44.263 tỷ đồng | I. Theo giai đoạn: 24.470 + 19.793 | II. Theo nguồn vốn: 11.287,4 + 23.110,7 +
 * 9.864,9"), the sections' own amounts left blank: each section adds up to the total on its own. Before,
 * the total was the sum of the blank sections, so a wrong total passed unchecked. Clean says nothing; a
 * wrong total is one error, at it; the same in every spelling.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

type Layout = { name: string; unit: string; total: string; sections: [string, [string, number][]][] };
const LAYOUTS: Layout[] = [
  { name: 'Hải Dương, by period then by source', unit: 'Đơn vị: tỷ đồng', total: 'Tổng nguồn vốn huy động', sections: [
    ['Theo giai đoạn', [['Giai đoạn 2010 - 2015', 24470], ['Giai đoạn 2016 đến nay', 19793]]],
    ['Theo nguồn vốn', [['Ngân sách nhà nước hỗ trợ', 11287.4], ['Vốn tín dụng', 23110.7], ['Vốn doanh nghiệp, HTX và cộng đồng dân cư', 9864.9]]]] },
  { name: 'by source then by field', unit: 'ĐVT: triệu đồng', total: 'Tổng kinh phí thực hiện năm 2026', sections: [
    ['Phân theo nguồn vốn', [['Ngân sách trung ương', 52000], ['Ngân sách tỉnh', 21000], ['Vốn lồng ghép', 15000]]],
    ['Phân theo lĩnh vực', [['Hạ tầng kinh tế - xã hội', 61000], ['Phát triển sản xuất', 19000], ['Văn hóa, giáo dục, y tế', 8000]]]] },
  { name: 'three ways', unit: 'Đơn vị tính: tỷ đồng', total: 'Tổng nguồn vốn', sections: [
    ['Chia theo cấp ngân sách', [['Ngân sách trung ương', 120], ['Ngân sách địa phương', 80]]],
    ['Chia theo tính chất nguồn vốn', [['Vốn đầu tư phát triển', 150], ['Vốn sự nghiệp', 50]]],
    ['Chia theo năm', [['Năm 2026', 95], ['Năm 2027', 105]]]] },
];
const ROMAN = ['I', 'II', 'III'];

function book(l: Layout, totalBy = 0): WorkbookSnapshot {
  const T = l.sections[0][1].reduce((t, [, v]) => t + v, 0);
  const rows: CellValue[][] = [['KẾT QUẢ HUY ĐỘNG NGUỒN LỰC XÂY DỰNG NÔNG THÔN MỚI'], [null, null, l.unit], ['TT', 'Nội dung', 'Số tiền'], ['', l.total, Math.round((T + totalBy) * 10) / 10]];
  l.sections.forEach(([label, items], i) => {
    rows.push([ROMAN[i], label, null]);
    items.forEach(([name, v], k) => rows.push([String(k + 1), name, v]));
  });
  return { name: 't.xlsx', sheets: [sheet('Nguon von', rows)] };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(notInfo(book(layout))).toEqual([]);
  });
  test.each([360, -10])('the total off by %d: one error, at the total', (by) => {
    expect(notInfo(book(layout, by))).toEqual(['C4 total-mismatch error']);
  });
});

test('a share column: each item\'s share is of the total, one section\'s items the whole', () => {
  const T = 88000;
  const rows = (off: number): CellValue[][] => [['KẾ HOẠCH VỐN NĂM 2026'], [null, null, 'ĐVT: triệu đồng'], ['TT', 'Nội dung', 'Kinh phí', 'Tỷ lệ (%)'], ['', 'Tổng kinh phí', T, 100],
    ['I', 'Phân theo nguồn vốn', null, null], ['1', 'Ngân sách trung ương', 52000, 59.1], ['2', 'Ngân sách tỉnh', 21000, 23.9 + off], ['3', 'Vốn lồng ghép', 15000, 17],
    ['II', 'Phân theo lĩnh vực đầu tư', null, null], ['1', 'Hạ tầng kinh tế - xã hội', 61000, 69.3], ['2', 'Phát triển sản xuất', 19000, 21.6], ['3', 'Văn hóa, giáo dục, y tế', 8000, 9.1]];
  expect(notInfo({ name: 't.xlsx', sheets: [sheet('Von', rows(0))] })).toEqual([]);
  expect(notInfo({ name: 't.xlsx', sheets: [sheet('Von', rows(2))] })).toEqual(['D7 percent-mismatch error']);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const by of [0, 360]) {
        const b = book(layout, by);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
