/**
 * Targets per criterion with a group per year, each over "Số xã đạt | Tỷ lệ (%)": "Ước thực hiện năm 2026"
 * then "Kế hoạch năm 2027", the communes stated in the title ("(TOÀN TỈNH 86 XÃ)"). The year over a bare
 * "Số xã đạt" says which count it is (2026's is what is met, 2027's the year end), and "toàn tỉnh 86 xã"
 * states the communes. Before, both counts were read as what is met, the 2027 one left out, and with no
 * number of communes read no share was checked ("Thiếu tổng số xã"). Clean says nothing; one wrong share
 * in either year is one error, at its cell; every layout and spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const N = 86;
const MET = [86, 40, 52, 61, 47, 39, 30, 44, 70, 75];
const ADD = [0, 6, 5, 4, 7, 8, 10, 6, 5, 3];
const r1 = (x: number) => Math.round(x * 10) / 10;

type Layout = { name: string; title: string; groups: [string, string]; count: string };
const LAYOUTS: Layout[] = [
  { name: 'estimate and plan', title: 'CHỈ TIÊU TỪNG TIÊU CHÍ NĂM 2027 (TOÀN TỈNH 86 XÃ)', groups: ['Ước thực hiện năm 2026', 'Kế hoạch năm 2027'], count: 'Số xã đạt' },
  { name: 'two dates', title: 'SỐ XÃ ĐẠT TỪNG TIÊU CHÍ, KẾ HOẠCH NĂM 2027 - TOÀN TỈNH 86 XÃ', groups: ['Đến 31/12/2026', 'Đến 31/12/2027'], count: 'Số xã đạt' },
  { name: 'estimate and plan, "đạt chuẩn"', title: 'KẾ HOẠCH NĂM 2027 (toàn tỉnh có 86 xã)', groups: ['Ước thực hiện năm 2026', 'Kế hoạch năm 2027'], count: 'Số xã đạt chuẩn' },
];

type Options = { wrong?: { k: number; year: 0 | 1; by: number } };

function book(layout: Layout, o: Options = {}): { book: WorkbookSnapshot; cell: (k: number, year: 0 | 1) => string } {
  const rows: CellValue[][] = [[layout.title], [], ['TT', 'Tiêu chí', layout.groups[0], null, layout.groups[1], null], [null, null, layout.count, 'Tỷ lệ (%)', layout.count, 'Tỷ lệ (%)']];
  CRITERIA.forEach((name, k) => {
    const by = (year: 0 | 1) => (o.wrong?.k === k && o.wrong.year === year ? o.wrong.by : 0);
    rows.push([k + 1, name, MET[k], r1((MET[k] / N) * 100) + by(0), MET[k] + ADD[k], r1(((MET[k] + ADD[k]) / N) * 100) + by(1)]);
  });
  return { book: { name: 'ct.xlsx', sheets: [sheet('Chi tieu', rows, { merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3'] })] }, cell: (k, year) => a1(4 + k, year === 0 ? 3 : 5) };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(notInfo(book(layout).book)).toEqual([]);
  });
  test('2026\'s share of criterion 3 wrong: one error, at its cell', () => {
    const { book: b, cell } = book(layout, { wrong: { k: 2, year: 0, by: 2 } });
    expect(notInfo(b)).toEqual([`${cell(2, 0)} percent-mismatch error`]);
  });
  test('2027\'s share of criterion 7 wrong: one error, at its cell', () => {
    const { book: b, cell } = book(layout, { wrong: { k: 6, year: 1, by: -3 } });
    expect(notInfo(b)).toEqual([`${cell(6, 1)} percent-mismatch error`]);
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { wrong: { k: 4, year: 1 as const, by: 1.5 } }]) {
        const { book: b } = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
