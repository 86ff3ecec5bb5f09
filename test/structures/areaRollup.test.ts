/**
 * One sheet, two tables as a province after the 2025 reform types them: communes by area ("Khu vực
 * miền núi | trung du | đồng bằng": total communes, communes meeting the standard, share; "Toàn tỉnh"
 * under them), then targets by criterion whose title says what the shares divide by ("2. Chỉ tiêu
 * … (tính trên 124 xã)"). The areas are groups of communes (a roll-up: each share over its own
 * communes); the title states the communes of the table under it. Clean says nothing; one changed
 * share is an error at its cell; the same without diacritics, in NFD and with numbers as text.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const AREAS: [string, number, number][] = [['Khu vực miền núi', 48, 21], ['Khu vực trung du', 36, 25], ['Khu vực đồng bằng', 40, 33]];
const COMMUNES = AREAS.reduce((s, a) => s + a[1], 0);
const MET = AREAS.reduce((s, a) => s + a[2], 0);
const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const BASELINE = [94, 94, 44, 41, 70, 66, 49, 71, 88, 90];
const ADDED = [10, 0, 14, 15, 6, 8, 12, 5, 7, 3];
const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;

type Change = { table: 'areas' | 'targets'; i: number; by: number };
function book(header = 'Khu vực', change?: Change): { book: WorkbookSnapshot; cell: (c: Change) => string } {
  const by = (table: Change['table'], i: number) => (change?.table === table && change.i === i ? change.by : 0);
  const rows: CellValue[][] = [
    ['TỔNG HỢP KẾT QUẢ VÀ CHỈ TIÊU NÔNG THÔN MỚI NĂM 2027'],
    ['1. Số xã đạt chuẩn nông thôn mới đến 31/12/2026'],
    ['TT', header, 'Tổng số xã', 'Số xã đạt chuẩn NTM', 'Tỷ lệ (%)'],
    ...AREAS.map(([name, n, m], i): CellValue[] => [i + 1, name, n, m, pct(m, n) + by('areas', i)]),
    [null, 'Toàn tỉnh', COMMUNES, MET, pct(MET, COMMUNES)],
    [],
    [],
    [`2. Chỉ tiêu theo tiêu chí năm 2027 (tính trên ${COMMUNES} xã)`],
    ['TT', 'Tiêu chí', 'Số xã đạt đến 31/12/2026', 'Phấn đấu đạt thêm năm 2027', 'Lũy kế đến 31/12/2027', 'Tỷ lệ (%)'],
    ...NAMES.map((name, k): CellValue[] => [k + 1, name, BASELINE[k], ADDED[k], BASELINE[k] + ADDED[k], pct(BASELINE[k] + ADDED[k], COMMUNES) + by('targets', k)]),
  ];
  return { book: { name: 'tong-hop.xlsx', sheets: [sheet('Tong hop', rows)] }, cell: (c) => (c.table === 'areas' ? a1(3 + c.i, 4) : a1(11 + c.i, 5)) };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

test.each(['Khu vực', 'Vùng', 'Cụm xã'])('clean, areas headed "%s": nothing to say, not even a warning', (header) => {
  expect(notInfo(book(header).book)).toEqual([]);
});

test.each([{ table: 'areas', i: 1, by: 3 }, { table: 'targets', i: 2, by: -2.2 }] as const)('a share of the $table changed: one error, at its cell', (change) => {
  const { book: b, cell } = book('Khu vực', change);
  expect(notInfo(b)).toEqual([`${cell(change)} percent-mismatch error`]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book: b } of [book(), book('Vùng', { table: 'areas', i: 0, by: 1.5 }), book('Khu vực', { table: 'targets', i: 4, by: 4 })]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
