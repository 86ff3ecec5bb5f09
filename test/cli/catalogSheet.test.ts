/**
 * A workbook's "Danh mục tiêu chí" sheet is read as the criteria set: the report lists it as the
 * catalog it is (never "no table to check"), and the fill does not call it a sheet it could not recognise.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { formatReport } from '../../src/cli/printReport';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';

const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế',
  'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];

function workbook() {
  const catalog: CellValue[][] = [['BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030'], ['Mã', 'Tên tiêu chí, chỉ tiêu', 'Nhóm 1', 'Nhóm 2', 'Nhóm 3']];
  NAMES.forEach((name, i) => {
    catalog.push([i + 1, name]);
    if (i === 5) catalog.push(['6.1', 'Tỷ lệ hộ nghèo đa chiều', '≤ 1%', '≤ 3%', '≤ 6%']);
  });
  const plan = sheet('Giao chỉ tiêu 2027', [
    ['KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    ['TT', 'Tên xã', 'Nhóm xã', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, '6.1'],
    [1, 'Xã An Phú', 1, ...Array(10).fill('Đ'), 0.8],
    [2, 'Xã Bình Minh', 2, ...Array(10).fill('Đ'), 2.5],
  ]);
  return { name: 'kh-2027.xlsx', sheets: [plan, sheet('Danh mục tiêu chí', catalog)] };
}

test('the criteria sheet is a catalog, said as read, in both languages', () => {
  const vi = checkWorkbook(workbook(), {}, 'vi');
  expect(vi.sheets.map((s) => `${s.name}: ${s.kind}`)).toEqual(['Giao chỉ tiêu 2027: assignment', 'Danh mục tiêu chí: catalog']);
  const text = formatReport(vi, 'vi', 200);
  expect(text).toContain('  - Danh mục tiêu chí: danh mục tiêu chí (bộ tiêu chí của sổ làm việc, đã đọc)');
  expect(text).not.toContain('không có bảng nào để kiểm tra');
  expect(formatReport(checkWorkbook(workbook(), {}, 'en'), 'en', 200)).toContain("  - Danh mục tiêu chí: criteria list (the workbook's criteria set, read)");
});

test('the fill does not list the criteria sheet as not recognised', () => {
  expect(planFill(workbook(), {}).plan.ignored).toEqual([]);
});
