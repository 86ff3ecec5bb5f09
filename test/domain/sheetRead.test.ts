/** What each kind reader understood of its sheet, said under the sheet's name in vi and en. */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';

const readOf = (rows: CellValue[][], lang: 'vi' | 'en' = 'vi') => {
  const report = checkWorkbook({ name: 'b.xlsx', sheets: [sheet('Biểu', rows)] }, {}, lang);
  return report.issues.filter((i) => i.code === 'sheet-read').map((i) => `${i.cell}: ${i.message}`);
};

test('targets: the criterion rows, the columns by letter, where the communes are stated', () => {
  const rows: CellValue[][] = [
    ['Tổng số xã: 40'],
    ['TT', 'Tiêu chí', 'Số xã đạt đến hết năm 2026', 'Đạt thêm', 'Lũy kế', 'Tỷ lệ (%)'],
    [1, 'Quy hoạch', 30, 5, 35, 87.5],
    [2, 'Hạ tầng kinh tế - xã hội', 20, 4, 24, 60],
    [null, 'Trong đó: số xã có chợ đạt chuẩn', 10, 2, 12, 30],
  ];
  expect(readOf(rows)).toEqual(['A2: Đã đọc bảng chỉ tiêu theo tiêu chí: 2 tiêu chí, 1 dòng chỉ tiêu khác; đã đạt ở cột C, đạt thêm ở cột D, lũy kế ở cột E, tỷ lệ ở cột F; số xã: 40, ghi ở ô A1.']);
  expect(readOf(rows, 'en')).toEqual(['A2: Read a targets table by criterion: 2 criteria, 1 other target row; met in column C, added in column D, year end in column E, share in column F; 40 communes, stated in A1.']);
});

test('assignment, funding list, task list and responsibility by agency', () => {
  expect(readOf([
    ['TT', 'Tên xã', 'Nhóm xã', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [1, 'Xã An Hòa', 1, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'],
    [2, 'Xã Bình Minh', 2, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', null],
    [null, 'Tổng', null, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1],
  ])).toEqual(['A1: Đã đọc bảng giao chỉ tiêu: 2 xã × 10 tiêu chí; nhóm xã ở cột C; 1 dòng tổng.']);
  expect(readOf([
    ['TT', 'Nguồn vốn', 'Số tiền'],
    [null, 'Tổng cộng', 30],
    ['I', 'Ngân sách', 20],
    [1, 'Trung ương', 20],
    ['II', 'Vốn khác', 10],
  ], 'en')).toEqual(['A1: Read a funding list: 3 items (2 levels); amount in column C; totals row 2.']);
  expect(readOf([
    ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
    ['I', 'Tuyên truyền', null, null, null, null],
    [1, 'Hội nghị', 'UBND tỉnh', 'Sở NN&MT', 'Các sở', 'Quý I'],
  ])).toEqual(['A1: Đã đọc danh sách nhiệm vụ: 1 nhiệm vụ trong 1 phần; chủ trì ở cột D, phối hợp ở cột E, thời gian ở cột F.']);
  expect(readOf([
    ['Cơ quan', 'Tiêu chí phụ trách'],
    ['Sở Xây dựng', '1, 2'],
    ['Sở Công Thương', '4'],
  ])).toEqual(['A1: Đã đọc bảng phân công: 2 cơ quan, 3 tiêu chí, chỉ tiêu được giao.']);
});

test('how a sheet was read is not counted among the findings', () => {
  const report = checkWorkbook({ name: 'b.xlsx', sheets: [sheet('Biểu', [['Cơ quan', 'Tiêu chí'], ['Sở A', '1; 2'], ['Sở B', '3']])] }, {}, 'vi');
  expect(report.issues.some((i) => i.code === 'sheet-read')).toBe(true);
  expect(report.stats.infos).toBe(report.issues.filter((i) => i.severity === 'info' && i.code !== 'sheet-read').length);
});
