/**
 * The table model's header block, on the layouts every kind reader now takes its header from:
 * lines above the header, blank totals rows under it, criterion numbers beside its words, and
 * tables of words only.
 */
import { readTables } from '../../src/domain/table/read';
import { headerCandidates } from '../../src/domain/table/header';
import { isTotalsLabel, startsAsTotal, TOTAL_WORDS } from '../../src/domain/text/vocabulary';
import { Grid } from '../../src/domain/sheet/grid';
import { analyzeWorkbook } from '../../src/domain/engine';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { primary, sheet } from '../helpers/sheets';

const headersOf = (rows: CellValue[][], merges: string[] = []) => readTables(new Grid(sheet('Biểu', rows, { merges }))).tables.map((t) => [t.header.top, t.header.bottom, t.body.top]);
const kindOf = (rows: CellValue[][]) => primary(analyzeWorkbook({ sheets: [sheet('Biểu', rows)] }).sheets[0]);

test('a "Tổng số xã: 42" line right above the header states the communes; it is not a header row', () => {
  const rows: CellValue[][] = [
    ['Tổng số xã: 42'],
    ['TT', 'Nội dung', 'Số xã đã đạt', 'Số xã đạt thêm năm 2027', 'Lũy kế đến cuối năm 2027', 'Tỷ lệ (%)'],
    [1, 'Quy hoạch', 8, 34, 42, 100],
    [2, 'Hạ tầng kinh tế - xã hội', 37, 3, 40, 95.2],
  ];
  expect(headersOf(rows)).toEqual([[1, 1, 2]]);
  expect(kindOf(rows)).toMatchObject({ kind: 'targets', model: { header: { top: 1, bottom: 1 } } });
});

test('one vocabulary of totals: every word a totals column begins with is a totals row by itself, and so is every area', () => {
  for (const words of TOTAL_WORDS) expect([words, isTotalsLabel(words)]).toEqual([words, true]);
  for (const words of ['toan tinh', 'toan vung', 'ca nuoc', 'ca tinh', 'ca huyen', 'chung']) expect([words, isTotalsLabel(words), startsAsTotal(`${words} 2027`)]).toEqual([words, true, true]);
  expect(isTotalsLabel('tong so xa dat chuan')).toBe(false);
  expect(isTotalsLabel('tong muc kinh phi')).toBe(true);
});

test('"Tổng nhu cầu vốn" still blank under the header opens the body as its totals row', () => {
  expect(isTotalsLabel('tong nhu cau von')).toBe(true);
  expect(isTotalsLabel('tong nhu cau von nam 2027')).toBe(true);
  const rows: CellValue[][] = [
    ['KẾ HOẠCH VỐN NĂM 2027'],
    [null, null, null, 'ĐVT: triệu đồng'],
    ['TT', 'Nguồn vốn', 'Nhu cầu vốn năm 2027', 'Cơ cấu (%)'],
    [null, 'Tổng nhu cầu vốn', null, null],
    ['I', 'Ngân sách nhà nước', 150820, null],
    ['1', 'Ngân sách Trung ương', 78614, null],
    ['2', 'Ngân sách địa phương', 72206, null],
    ['II', 'Vốn tín dụng', 17198, null],
  ];
  expect(headersOf(rows)).toEqual([[2, 2, 3]]);
  // The title above is no header row of the funding list either (it was read as one).
  expect(kindOf(rows)).toMatchObject({ kind: 'funding', model: { header: { top: 2, bottom: 2 }, totalRow: 3 } });
});

test('criterion numbers typed beside the header words ("TT | Tên xã | Nhóm xã | 1 … 10") are the header', () => {
  const criteria = Array.from({ length: 10 }, (_, i) => i + 1);
  const rows: CellValue[][] = [
    ['BIỂU GIAO CHỈ TIÊU NĂM 2027'],
    ['Ký hiệu: x = đã đạt; KH = phấn đấu đạt năm 2027; để trống = chưa đạt'],
    ['TT', 'Tên xã', 'Nhóm xã', ...criteria],
    [1, 'Xã An Phú', 1, ...criteria.map((c) => (c % 3 ? 'x' : 'KH'))],
    [2, 'Xã Bình Minh', 2, ...criteria.map((c) => (c % 4 ? 'x' : null))],
  ];
  const { tables } = readTables(new Grid(sheet('Giao', rows)), { planYear: 2027 });
  expect(tables.map((t) => [t.header.top, t.header.bottom, t.across])).toEqual([[2, 2, 'criteria']]);
  // An indicator column after the criteria, its code "6.2" a number (as a CSV brings it back).
  const withIndicator = rows.map((row, i) => (i === 2 ? [...row, 6.2] : i > 2 ? [...row, 96.5] : row));
  expect(readTables(new Grid(sheet('Giao', withIndicator)), { planYear: 2027 }).tables.map((t) => [t.header.top, t.across])).toEqual([[2, 'criteria']]);
  // A data row of counts 1, 2, 3 … beside a commune's name stays data.
  expect(headersOf([['Tên xã', 'Số TC đạt', 'a', 'b', 'c', 'd', 'e'], ['Xã A', 1, 2, 3, 4, 5, 6], ['Xã B', 1, 2, 3, 4, 5, 6]])).toEqual([[0, 0, 1]]);
});

test('tables of words only: tasks grouped by "Nhóm" without numbers, responsibilities by agency with lists', () => {
  const tasks: CellValue[][] = [
    ['KẾ HOẠCH NĂM 2021'],
    ['Nhóm', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian'],
    ['Kiện toàn bộ máy', 'Kiện toàn, phân công các thành viên BCĐ', 'BCĐ tỉnh', 'BCĐ, BQL các cấp', 'Các đơn vị có liên quan', 'Thường xuyên'],
    ['Lập kế hoạch', 'Phân bổ kế hoạch vốn năm 2021', 'UBND tỉnh', 'Sở Tài chính', 'BCĐ cấp huyện, xã', 'Quý I'],
  ];
  expect(headersOf(tasks)).toEqual([[1, 1, 2]]);
  expect(kindOf(tasks)).toMatchObject({ kind: 'tasks', model: { header: { top: 1, bottom: 1 } } });
  const agencies: CellValue[][] = [
    ['PHÂN CÔNG NĂM 2025'],
    ['Cơ quan', 'Bộ tiêu chí', 'Tiêu chí, chỉ tiêu'],
    ['Phòng NN&PTNT', 'Xã NTM', '3; 17.8; 21'],
    ['Phòng Tài nguyên và Môi trường', 'Xã NTM', '17; 17.8'],
    ['Phòng Kinh tế', 'Xã NTM', '3'],
  ];
  // The lists and the repeated "Xã NTM" are data: the header is the one row of names above them.
  expect(headersOf(agencies)).toEqual([[1, 1, 2]]);
  expect(kindOf(agencies)).toMatchObject({ kind: 'responsibility', model: { header: { top: 1, bottom: 1 } } });
});

test("a document's heading in capitals (“UBND TỈNH …” | “CỘNG HÒA …”) is no table; the table under it is read", () => {
  const rows: CellValue[][] = [
    ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [null, 'Độc lập - Tự do - Hạnh phúc'],
    [],
    ['Cơ quan', 'Tiêu chí'],
    ['Sở Xây dựng', '1; 2'],
    ['Sở Công Thương', '4'],
  ];
  expect(headersOf(rows)).toEqual([[3, 3, 4]]);
  const candidates = headerCandidates(new Grid(sheet('Biểu', rows)));
  expect(candidates.map((h) => [h.top, h.bottom])).toEqual([[3, 3]]);
});
