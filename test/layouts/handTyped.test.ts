/**
 * Hand-typed tables of each family, typed the way offices type them (titles, merged group headers,
 * column-number rows, legends, "Trong đó" rows), with faults planted by hand. Each test says which
 * cells must be in error (and nothing else), worked out on paper beside the grid.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';

function findings(snapshot: SheetSnapshot) {
  const report = checkWorkbook({ name: 'bieu.xlsx', sheets: [snapshot] }, {}, 'vi');
  const at = (severity: string) => report.issues.filter((issue) => issue.severity === severity).map((issue) => `${issue.cell} ${issue.code}`).sort();
  return { errors: at('error'), warnings: at('warning'), report };
}

test('roll-up by commune group with a column-number row and "Toàn tỉnh" on top', () => {
  const grid = sheet('Theo nhóm', [
    ['TỔNG HỢP KẾ HOẠCH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2027 THEO NHÓM XÃ'],
    ['STT', 'Nhóm xã', 'Tổng số xã', 'Số xã đạt chuẩn đến hết năm 2026', 'Kế hoạch năm 2027', null, null],
    [null, null, null, null, 'Số xã đạt thêm', 'Lũy kế', 'Tỷ lệ (%)'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(4)+(5)', '(7)=(6)/(3)*100'],
    [null, 'Toàn tỉnh', 124, 51, 14, 65, 52.4],
    [1, 'Nhóm 1', 40, 30, 5, 35, 87.5],
    // Lũy kế typed 25 (18 + 6 = 24): the row breaks; the province's 65 is 51 + 14, right by the leaves, so
    // its sum over the typed 25 is not a second fault (one error, at F7); its share follows the typed 25.
    [2, 'Nhóm 2', 52, 18, 6, 25, 48.1],
    // 6 / 32 = 18,75 %: typed 17,8.
    [3, 'Nhóm 3', 32, 3, 3, 6, 17.8],
  ], { merges: ['A1:G1', 'E2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'] });
  const { errors, warnings, report } = findings(grid);
  expect(errors).toEqual(['F7 relation-mismatch', 'G8 percent-mismatch']);
  expect(warnings).toEqual([]);
  const f7 = report.issues.find((issue) => issue.cell === 'F7')!;
  expect(f7.message).toContain('(4)+(5)');
  expect(f7.message).toContain('18 + 6 = 24');
});

test('an assignment turned sideways, with its legend: counts, shares and an unknown mark', () => {
  const grid = sheet('Giao theo tiêu chí', [
    ['BIỂU GIAO CHỈ TIÊU CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027'],
    ['Ký hiệu: Đ - đã đạt; CBĐ - cơ bản đạt; KH - phấn đấu đạt năm 2027; CĐ - chưa đạt'],
    ['TT', 'Tiêu chí', 'Xã Lê Lợi', 'Xã Vân Trình', 'Xã Đức Long', 'Xã Minh Khai', 'Xã Kim Đồng', 'Số xã đã đạt', 'Số xã phấn đấu đạt năm 2027', 'Số xã đạt đến cuối năm 2027', 'Tỷ lệ (%)'],
    [1, 'Quy hoạch', 'Đ', 'Đ', 'Đ', 'Đ', 'Đ', 5, 0, 5, 100],
    [2, 'Hạ tầng kinh tế - xã hội', 'Đ', 'KH', 'CĐ', 'Đ', 'CBĐ', 2, 1, 3, 60],
    [3, 'Phát triển kinh tế nông thôn', 'Đ', 'Đ', 'KH', 'KH', 'CĐ', 2, 2, 4, 80],
    // Four communes met (Đ), typed 3.
    [4, 'Đào tạo nguồn nhân lực nông thôn', 'Đ', 'Đ', 'Đ', 'CĐ', 'Đ', 3, 0, 4, 80],
    [5, 'Văn hóa, giáo dục, y tế', 'Đ', 'Đ', 'Đ', 'Đ', 'KH', 4, 1, 5, 100],
    [6, 'Giảm nghèo và an sinh xã hội', 'CBĐ', 'Đ', 'Đ', 'Đ', 'Đ', 4, 0, 4, 80],
    // 3 of 5 communes: 60 %, typed 50.
    [7, 'Khoa học công nghệ và chuyển đổi số', 'Đ', 'CĐ', 'CĐ', 'Đ', 'Đ', 3, 0, 3, 50],
    [8, 'Môi trường và cảnh quan nông thôn', 'Đ', 'Đ', 'KH', 'Đ', 'Đ', 4, 1, 5, 100],
    [9, 'Hệ thống chính trị và hành chính công', 'Đ', 'Đ', 'Đ', 'Đ', 'Đ', 5, 0, 5, 100],
    // "KHH" (a key pressed twice) is no mark of the legend.
    [10, 'Tiếp cận pháp luật và an ninh, quốc phòng', 'Đ', 'Đ', 'Đ', 'KHH', 'Đ', 4, 0, 4, 80],
  ], { merges: ['A1:K1', 'A2:K2'] });
  const { errors, warnings, report } = findings(grid);
  expect(errors).toEqual(['F13 invalid-status', 'H7 relation-mismatch', 'K10 percent-mismatch']);
  expect(warnings).toEqual([]);
  expect(report.issues.find((issue) => issue.cell === 'F13')!.message).toContain('Ký hiệu');
});

test('counts per commune beside the list of criteria they name', () => {
  const grid = sheet('Số tiêu chí', [
    ['BIỂU SỐ TIÊU CHÍ ĐẠT THEO XÃ, KẾ HOẠCH NĂM 2027'],
    ['TT', 'Tên xã', 'Nhóm xã', 'Số tiêu chí đã đạt đến hết năm 2026', 'Số tiêu chí phấn đấu đạt thêm năm 2027', 'Số tiêu chí đạt đến hết năm 2027', 'Các tiêu chí phấn đấu đạt thêm'],
    [1, 'Lê Lợi', 2, 7, 2, 9, '9, 10'],
    [2, 'Vân Trình', 1, 9, 1, 10, '8'],
    // Three criteria named, count typed 2 (and 4 + 2 = 6 holds).
    [3, 'Đức Long', 3, 4, 2, 6, '5, 6, 7'],
    [4, 'Minh Khai', 2, 6, 0, 6, null],
    // 8 + 1 = 9, typed 10.
    [5, 'Kim Đồng', 1, 8, 1, 10, '10'],
  ], { merges: ['A1:G1'] });
  const { errors, warnings } = findings(grid);
  expect(errors).toEqual(['E5 relation-mismatch', 'F7 relation-mismatch']);
  expect(warnings).toEqual([]);
});

test('main targets: this year against last year', () => {
  const grid = sheet('Chỉ tiêu chủ yếu', [
    ['MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2027'],
    ['TT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2026', 'Kế hoạch năm 2027', 'So sánh (%)'],
    [1, 'Số xã đạt chuẩn nông thôn mới', 'xã', 51, 65, 127.5],
    [2, 'Tỷ lệ xã đạt chuẩn nông thôn mới', '%', 41.1, 52.4, 127.5],
    [3, 'Bình quân số tiêu chí/xã', 'tiêu chí', 7.8, 8.4, 107.7],
    // 470 / 410 = 114,6 %: typed 112,6.
    [4, 'Số thôn đạt chuẩn nông thôn mới', 'thôn', 410, 470, 112.6],
    [5, 'Thu nhập bình quân đầu người khu vực nông thôn', 'triệu đồng', 62.5, 68, 108.8],
  ], { merges: ['A1:F1'] });
  const { errors, warnings } = findings(grid);
  expect(errors).toEqual(['F6 relation-mismatch']);
  // "So sánh" is a comparison of two years, not a share of communes: no number of communes asked for.
  expect(warnings).toEqual([]);
});

test('a funding grid: sources across under "Ngân sách nhà nước", a totals row and column', () => {
  const grid = sheet('Nhu cầu vốn', [
    ['NHU CẦU VỐN THỰC HIỆN NĂM 2027', null, null, null, null, null, null, null, 'ĐVT: triệu đồng'],
    ['TT', 'Tên xã', 'Tổng cộng', 'Ngân sách nhà nước', null, null, 'Vốn lồng ghép', 'Vốn tín dụng', 'Nhân dân đóng góp'],
    [null, null, null, 'Tổng', 'NSTW', 'NSĐP', null, null, null],
    [1, 'Xã Lê Lợi', 4300, 2000, 1200, 800, 500, 1500, 300],
    [2, 'Xã Vân Trình', 3100, 1500, 900, 600, 400, 1000, 200],
    // 2 200 + 0 + 2 000 + 500 = 4 700, typed 4 600: the row breaks; the column's 12 100 is right by the rows'
    // sources (4 300 + 3 100 + 4 700), so it is not blamed too.
    [3, 'Xã Đức Long', 4600, 2200, 1500, 700, 0, 2000, 500],
    [null, 'Tổng cộng', 12100, 5700, 3600, 2100, 900, 4500, 1000],
  ], { merges: ['A1:E1', 'D2:F2', 'A2:A3', 'B2:B3', 'C2:C3', 'G2:G3', 'H2:H3', 'I2:I3'] });
  const { errors, warnings } = findings(grid);
  expect(errors).toEqual(['C6 total-mismatch']);
  expect(warnings).toEqual([]);
});

test('a roll-up whose "Trong đó" row is a part of the province, not a unit to add', () => {
  const grid = sheet('Tổng hợp', [
    ['KẾT QUẢ VÀ KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    ['STT', 'Đơn vị', 'Tổng số xã', 'Số xã đạt chuẩn đến hết năm 2026', 'Số xã đạt chuẩn thêm năm 2027', 'Lũy kế đến hết năm 2027', 'Tỷ lệ (%)'],
    [null, 'Toàn tỉnh', 60, 20, 8, 28, 46.7],
    [null, 'Trong đó: xã biên giới', 12, 2, 2, 4, 33.3],
    [1, 'Khu vực phía Bắc', 25, 10, 3, 13, 52],
    [2, 'Khu vực phía Nam', 35, 10, 5, 15, 42.9],
  ], { merges: ['A1:G1'] });
  expect(findings(grid).errors).toEqual([]);
  expect(findings(grid).warnings).toEqual([]);
  // The same table with the border communes' cumulative mistyped: found at its row, and only there — at the
  // cumulative; its share 33,3 is 4 / 12, right by the leaves (2 + 2), not a second fault.
  const wrong = sheet('Tổng hợp', grid.values.map((row, r) => (r === 3 ? row.map((v, c) => (c === 5 ? 5 : v)) : row)), { merges: ['A1:G1'] });
  expect(findings(wrong).errors).toEqual(['F4 relation-mismatch']);
});

test('responsibility by criterion: a criterion without a lead, one with two', () => {
  const grid = sheet('Phân công', [
    ['PHÂN CÔNG CƠ QUAN CHỦ TRÌ CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030'],
    ['TT', 'Tiêu chí', 'Cơ quan chủ trì', 'Cơ quan phối hợp'],
    [1, 'Quy hoạch', 'Sở Xây dựng', 'UBND các xã'],
    [2, 'Hạ tầng kinh tế - xã hội', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường'],
    [3, 'Phát triển kinh tế nông thôn', null, 'Sở Công Thương'],
    [4, 'Đào tạo nguồn nhân lực nông thôn', 'Sở Nội vụ', 'Sở Giáo dục và Đào tạo'],
    [5, 'Văn hóa, giáo dục, y tế', 'Sở Văn hóa, Thể thao và Du lịch; Sở Y tế', 'Sở Giáo dục và Đào tạo'],
    [6, 'Giảm nghèo và an sinh xã hội', 'Sở Nội vụ', 'Ngân hàng Chính sách xã hội'],
    [7, 'Khoa học công nghệ và chuyển đổi số', 'Sở Khoa học và Công nghệ', 'UBND các xã'],
    [8, 'Môi trường và cảnh quan nông thôn', 'Sở Nông nghiệp và Môi trường', 'UBND các xã'],
    [9, 'Hệ thống chính trị và hành chính công', 'Sở Nội vụ', 'Sở Tư pháp'],
    [10, 'Tiếp cận pháp luật và an ninh, quốc phòng', 'Công an tỉnh', 'Sở Tư pháp'],
  ], { merges: ['A1:D1'] });
  const { errors, warnings } = findings(grid);
  expect(errors).toEqual(['C7 duplicate-lead']);
  expect(warnings).toEqual(['C5 missing-lead']);
});

test('a funding list with its "Trong đó" line: shares of the total, and no sum of the part', () => {
  const grid = sheet('Nguồn vốn', [
    ['CƠ CẤU NGUỒN VỐN THỰC HIỆN NĂM 2027'],
    ['TT', 'Nguồn vốn', 'Số tiền (triệu đồng)', 'Tỷ lệ (%)'],
    [null, 'Tổng cộng', 10000, 100],
    ['I', 'Ngân sách nhà nước', 6000, 60],
    [null, 'Trong đó: vốn đầu tư phát triển', 4000, 40],
    [1, 'Ngân sách Trung ương', 3500, 35],
    [2, 'Ngân sách địa phương', 2500, 25],
    ['II', 'Vốn lồng ghép', 1500, 15],
    ['III', 'Vốn tín dụng', 2000, 20],
    // 500 of 10 000 is 5 %, typed 6.
    ['IV', 'Nhân dân đóng góp', 500, 6],
  ], { merges: ['A1:D1'] });
  const { errors, warnings } = findings(grid);
  expect(errors).toEqual(['D10 percent-mismatch']);
  expect(warnings).toEqual([]);
});

test('targets per criterion with the number of communes stated above them', () => {
  const grid = sheet('Chỉ tiêu', [
    ['CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ NĂM 2027'],
    ['Tổng số xã: 120'],
    ['TT', 'Tiêu chí', 'Số xã đạt đến hết năm 2026', 'Số xã đạt thêm năm 2027', 'Lũy kế đến hết năm 2027', 'Tỷ lệ (%)'],
    [1, 'Quy hoạch', 120, 0, 120, 100],
    [2, 'Hạ tầng kinh tế - xã hội', 60, 12, 72, 60],
    [3, 'Phát triển kinh tế nông thôn', 75, 10, 85, 70.8],
    [4, 'Đào tạo nguồn nhân lực nông thôn', 90, 8, 98, 81.7],
    [5, 'Văn hóa, giáo dục, y tế', 70, 15, 85, 70.8],
    [6, 'Giảm nghèo và an sinh xã hội', 66, 14, 80, 66.7],
    // 51 of 120 communes is 42,5 %, typed 41,5.
    [7, 'Khoa học công nghệ và chuyển đổi số', 40, 11, 51, 41.5],
    [8, 'Môi trường và cảnh quan nông thôn', 55, 10, 65, 54.2],
    [9, 'Hệ thống chính trị và hành chính công', 110, 5, 115, 95.8],
    [10, 'Tiếp cận pháp luật và an ninh, quốc phòng', 100, 10, 110, 91.7],
  ], { merges: ['A1:F1'] });
  const { errors, warnings } = findings(grid);
  expect(errors).toEqual(['F10 percent-mismatch']);
  expect(warnings).toEqual([]);
});

describe('a column-number row in brackets with a number in it: "(10)=(9)/4*100" divides by four, not by column (4)', () => {
  const grid = (share: number | null, end: number | null) => sheet('Giao ngang', [
    ['BIEU GIAO CHI TIEU NAM 2027 (bo tieu chi 2026-2030)'],
    ['Ky hieu: D - da dat; KH - phan dau dat nam 2027; CD - chua dat'],
    ['TT', 'Tieu chi', 'Xa Le Lai', 'Xa Duc Long', 'Xa Kim Dong', 'Xa Trong Con', 'So xa dat', 'So xa phan dau', 'Luy ke cuoi nam', 'Ty le (%)'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)=(7)+(8)', '(10)=(9)/4*100'],
    [1, 'Quy hoach', 'D', 'D', 'KH', 'CD', 2, 1, end, share],
    [2, 'Ha tang kinh te - xa hoi', 'D', 'KH', 'KH', 'CD', 1, 2, 3, 75],
  ]);

  it('a sideways table typed without diacritics, clean, gives no error; a wrong share is found at its cell', () => {
    expect(findings(grid(75, 3)).errors).toEqual([]);
    // 3/4 = 75 %: 80 is wrong. Read as "÷ column (4)" the share was never checked.
    expect(findings(grid(80, 3)).errors).toEqual(['J5 percent-mismatch']);
  });

  it('the fill writes the share dividing by four', async () => {
    const { planFill } = await import('../../src/domain/fill/plan');
    const { cellWrites } = await import('../../src/domain/fill/cells');
    const writes = cellWrites(planFill({ sheets: [grid(null, null)] }).plan);
    expect(writes.find((w) => w.cell === 'J5')).toMatchObject({ formula: '=IF(4=0,0,I5/4*100)', value: 75 });
  });
});

test('targets per criterion: the communes stated in brackets in the title, a baseline "đạt đến 31/12/2026", a group header and a column-number row', () => {
  const grid = sheet('Biểu 01', [
    ['BIỂU 01'],
    ['MỤC TIÊU CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027 (Tổng số xã toàn tỉnh: 95 xã)'],
    ['STT', 'Tên tiêu chí', 'Số xã đạt đến 31/12/2026', 'Kế hoạch năm 2027', null, null],
    [null, null, null, 'Số xã đạt mới', 'Lũy kế số xã đạt', 'Tỷ lệ xã đạt (%)'],
    ['A', 'B', '1', '2', '3=1+2', '4=3/95*100'],
    [1, 'Quy hoạch', 95, 0, 95, 100],
    [2, 'Hạ tầng kinh tế - xã hội', 40, 10, 50, 52.6],
    // 70 + 4 = 74: typed 75 (its share follows the typed 75).
    [3, 'Giảm nghèo và an sinh xã hội', 70, 4, 75, 78.9],
    // 80 / 95 = 84,2 %: typed 48,2.
    [4, 'Xây dựng hệ thống chính trị và hành chính công', 78, 2, 80, 48.2],
  ], { merges: ['A2:F2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'] });
  const { errors, warnings } = findings(grid);
  expect(errors).toEqual(['E8 total-mismatch', 'F9 percent-mismatch']);
  // The number of communes was read from the title: no "Tổng số xã" missing.
  expect(warnings).toEqual([]);
});

test('a funding list whose shares were worked out from its items beside a wrong total: one error, at the total', () => {
  const rows = (total: number, shares: number[]) => sheet('Nguồn vốn', [
    ['NHU CẦU VỐN NĂM 2027'],
    ['ĐVT: triệu đồng'],
    ['STT', 'Nguồn vốn', 'Số tiền', 'Tỷ lệ (%)'],
    [null, 'Tổng cộng', total, 100],
    ['1', 'Ngân sách trung ương', 4000, shares[0]],
    ['2', 'Ngân sách địa phương', 2500, shares[1]],
    ['3', 'Vốn lồng ghép', 2000, shares[2]],
    ['4', 'Vốn tín dụng', 2000, shares[3]],
  ]);
  // Items 10.500; typed total 10.000; shares of 10.500 (38,1 23,8 19 19).
  expect(findings(rows(10000, [38.1, 23.8, 19, 19])).errors).toEqual(['C4 total-mismatch']);
  // Shares of the typed 10.000 (40 25 20 20) beside it: the same one error (the shares follow the total).
  expect(findings(rows(10000, [40, 25, 20, 20])).errors).toEqual(['C4 total-mismatch']);
  // Shares of neither (38,1 is 4.000 of 10.500, 21 of nothing): the shares wrong against the typed total are found.
  expect(findings(rows(10000, [38.1, 25, 21, 20])).errors).toEqual(['C4 total-mismatch', 'D5 percent-mismatch', 'D7 percent-mismatch']);
});

test('counts per commune with a "Bình quân" row: whole counts are exact, so an average a quarter off is found', () => {
  const grid = (average: number) => sheet('Số TC', [
    ['SỐ TIÊU CHÍ ĐẠT CỦA CÁC XÃ NĂM 2027'],
    ['STT', 'Tên xã', 'Số tiêu chí đạt đến hết năm 2026', 'Số tiêu chí tăng thêm năm 2027', 'Số tiêu chí đạt đến hết năm 2027'],
    [1, 'Xã An Lạc', 8, 1, 9],
    [2, 'Xã Bình Hòa', 6, 2, 8],
    [3, 'Xã Cẩm Sơn', 10, 0, 10],
    [4, 'Xã Đông Phú', 7, 1, 8],
    [null, 'Bình quân', 7.75, 1, average],
  ]);
  // (9 + 8 + 10 + 8) / 4 = 8,75.
  expect(findings(grid(8.75)).errors).toEqual([]);
  expect(findings(grid(8.8)).errors).toEqual([]);
  expect(findings(grid(8.5)).errors).toEqual(['E7 relation-mismatch']);
});

describe('targets with the communes stated in the title, and a roll-up whose added column says "trong năm": check and fill', () => {
  it('the fill divides by the title\'s number and never writes into the merged title', async () => {
    const { planFill } = await import('../../src/domain/fill/plan');
    const { cellWrites } = await import('../../src/domain/fill/cells');
    const grid = sheet('Biểu 01', [
      ['MỤC TIÊU CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027 (Tổng số xã toàn tỉnh: 95 xã)'],
      ['STT', 'Tên tiêu chí', 'Số xã đạt đến 31/12/2026', 'Số xã đạt mới năm 2027', 'Lũy kế số xã đạt', 'Tỷ lệ xã đạt (%)'],
      [1, 'Quy hoạch', 95, 0, null, null],
      [2, 'Hạ tầng kinh tế - xã hội', 40, 10, null, null],
    ], { merges: ['A1:F1'] });
    const writes = cellWrites(planFill({ sheets: [grid] }).plan);
    expect(writes.filter((w) => w.row === 0)).toEqual([]);
    expect(writes.find((w) => w.cell === 'E4')).toMatchObject({ formula: '=C4+D4', value: 50 });
    expect(writes.find((w) => w.cell === 'F4')?.formula).toContain('95');
    expect(writes.find((w) => w.cell === 'F4')?.value).toBeCloseTo((50 / 95) * 100, 6);
  });

  it('"Số xã đạt chuẩn trong năm" is what the year adds: a year end that does not add it up is found', () => {
    const grid = (end: number) => sheet('Biểu 02', [
      ['KẾ HOẠCH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2024 THEO ĐƠN VỊ HÀNH CHÍNH'],
      ['STT', 'Đơn vị', 'Tổng số xã', 'Số xã đạt chuẩn NTM đến 31/12/2023', 'Kế hoạch năm 2024', null, null],
      [null, null, null, null, 'Số xã đạt chuẩn trong năm', 'Lũy kế số xã đạt chuẩn', 'Tỷ lệ (%)'],
      [1, 'Huyện Lương Sơn', 11, 8, 2, 10, 90.9],
      [2, 'Huyện Kim Bôi', 17, 9, 2, end, Math.round((end / 17) * 1000) / 10],
    ], { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2'] });
    expect(findings(grid(11)).errors).toEqual([]);
    // 9 + 2 = 11: typed 12 (its share follows the typed 12).
    expect(findings(grid(12)).errors).toEqual(['F5 relation-mismatch']);
  });
});

test('the fill never writes into a merged area but at its top-left cell', async () => {
  const { planFill } = await import('../../src/domain/fill/plan');
  const { cellWrites } = await import('../../src/domain/fill/cells');
  const grid = sheet('Biểu 02', [
    ['STT', 'Đơn vị', 'Tổng số xã', 'Số xã đã đạt chuẩn', 'Số xã đạt thêm', 'Lũy kế', 'Tỷ lệ (%)'],
    [1, 'Huyện Lương Sơn', 11, 8, 2, null, null],
    // The year end and the share merged into one box (its top-left F3): only F3 may be written.
    [2, 'Huyện Kim Bôi', 17, 9, 2, null, null],
  ], { merges: ['F3:G3'] });
  const { plan } = planFill({ sheets: [grid] });
  const cells = cellWrites(plan).map((w) => w.cell);
  expect(cells).toEqual(expect.arrayContaining(['F2', 'G2', 'F3']));
  expect(cells).not.toContain('G3');
  expect(plan.skipped).toContainEqual(expect.objectContaining({ cell: 'G3', reason: 'merged' }));
  // Under --overwrite too.
  expect(cellWrites(planFill({ sheets: [grid] }, { overwrite: true }).plan).map((w) => w.cell)).not.toContain('G3');
});
