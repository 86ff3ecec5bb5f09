import { READ_CODES } from '../../src/domain/findings/codes';
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet, workbook } from '../helpers/sheets';
import { thachAnAssignment } from '../fixtures/thachAn';

const codesAt = (report: ReturnType<typeof checkWorkbook>) => report.issues.filter((i) => !READ_CODES.includes(i.code)).map((i) => `${i.cell} ${i.code}${i.key ? ` ${i.key}` : ''}`);

function targets(rows: CellValue[][], options = {}) {
  return sheet('Chỉ tiêu', [['CHỈ TIÊU NĂM 2023'], ['Tổng số xã: 100'], ['TT', 'Tiêu chí', 'Đã đạt', 'Đạt thêm', 'Lũy kế', 'Tỷ lệ (%)'], ...rows], options);
}

describe('targets', () => {
  it('checks cumulative = baseline + added, the target against the baseline and the ceiling', () => {
    const report = checkWorkbook(workbook(targets([
      [2, 'Giao thông', 40, 5, 45, 45],
      [3, 'Thủy lợi', 40, 5, 46, 46],
      [4, 'Điện', 50, -2, 48, 48],
      [5, 'Trường học', 100, 5, 105, 105],
    ])));
    expect(codesAt(report)).toEqual([
      'E5 total-mismatch 3',
      'D6 target-below-baseline 4',
      'E6 target-below-baseline 4',
      'E7 exceeds-total 5',
    ]);
  });

  it('reads shares as percent formats, fractions and percent numbers, within half a unit of the shown digit', () => {
    const report = checkWorkbook(workbook(targets([
      [2, 'Giao thông', 30, 3, 33, 0.333],
      [3, 'Thủy lợi', 30, 3, 33, 0.33],
    ], { formats: { 'F4': '0.0%', 'F5': '0%' } })));
    // 33/100 = 33%: "33,3%" shown at one decimal is off by 0,3; "33%" is right.
    expect(codesAt(report)).toEqual(['F4 percent-mismatch 2']);
  });

  it('says when no number of communes is known to check the shares', () => {
    const report = checkWorkbook(workbook(sheet('Chỉ tiêu', [
      ['TT', 'Tiêu chí', 'Lũy kế', 'Tỷ lệ (%)'],
      [2, 'Giao thông', 33, 33],
    ])));
    expect(codesAt(report)).toEqual(['D1 missing-value tong-so-xa']);
  });

  it('flags criteria outside the set, and the set\'s criteria missing from a full table', () => {
    const rows: CellValue[][] = Array.from({ length: 18 }, (_, i) => [i + 1, `Tiêu chí ${i + 1}`, 10, 0, 10, 10]);
    rows.push([20, 'Tiêu chí 20', 10, 0, 10, 10]);
    const report = checkWorkbook(workbook(targets(rows)));
    expect(codesAt(report)).toEqual(['B3 missing-criterion 19', 'A22 unknown-criterion 20']);
  });

  it('checks the stated average against what the distribution allows', () => {
    const report = checkWorkbook(workbook(targets([
      [null, 'Số xã đạt 19 tiêu chí', null, null, 50, 50],
      [null, 'Số xã đạt 15-18 tiêu chí', null, null, 50, 50],
      [null, 'Bình quân tiêu chí/xã', 12],
    ])));
    expect(codesAt(report)).toEqual(['C6 total-mismatch binh-quan']);
  });

  it('reports a distribution that does not add up once, at the number of communes', () => {
    const report = checkWorkbook(workbook(targets([
      [null, 'Số xã đạt 19 tiêu chí', null, null, 50, 50],
      [null, 'Số xã đạt 15-18 tiêu chí', null, null, 40, 40],
    ])));
    expect(codesAt(report)).toEqual(['A2 total-mismatch tong-so-xa']);
  });
});

describe('assignment', () => {
  function assignment(rows: CellValue[][], extraHeader: string[] = []) {
    const numbers = Array.from({ length: 19 }, (_, i) => i + 1);
    return sheet('Giao', [['GIAO CHỈ TIÊU NĂM 2025'], ['TT', 'Xã', ...numbers, ...extraHeader], ...rows]);
  }
  const all = (mark: CellValue) => Array.from({ length: 19 }, () => mark);

  it('reads marks, reports unknown ones, duplicates and goals out of reach (an unknown mark is reported once, as a mark)', () => {
    const report = checkWorkbook(workbook(assignment([
      [1, 'Xã Lê lợi', ...all('x'), 'Đạt chuẩn NTM'],
      [2, 'LÊ LỢI'.normalize('NFD'), ...all('x'), 'Duy trì'],
      [3, 'Kim Đồng', '?', 2024, ...all('KH').slice(2), 'Đạt chuẩn NTM'],
      [4, 'Canh Tân', null, ...all('x').slice(1), 'Đạt chuẩn NTM'],
    ], ['Mục tiêu'])));
    expect(codesAt(report)).toEqual([
      'B4 duplicate-commune LÊ LỢI'.normalize('NFD'),
      'C5 invalid-status Kim Đồng',
      'D5 invalid-status Kim Đồng',
      'V6 goal-unreachable Canh Tân',
    ]);
  });

  it('checks totals rows by their label: met, planned or year end', () => {
    const rows: CellValue[][] = [
      [1, 'A', 'x', 'KH', ...all(null).slice(2)],
      [2, 'B', 'x', 'x', ...all(null).slice(2)],
      [null, 'Tổng (đã đạt)', 2, 1],
      [null, 'Cộng phấn đấu', 0, 2],
      [null, 'Tổng cuối năm', 2, 2],
    ];
    // Criterion 2: one commune planned, the "phấn đấu" row says 2; every other total is right.
    expect(codesAt(checkWorkbook(workbook(assignment(rows))))).toEqual(['D6 total-mismatch 2']);
  });

  it('checks village counts and per-commune counts against the marks', () => {
    const sheetWithCounts = assignment([
      [1, 'A', ...all('x'), 10, 8, 3, 19],
      [2, 'B', ...all('KH'), 5, 2, 2, 18],
    ], ['Tổng số xóm', 'Số xóm đã đạt chuẩn', 'Số xóm phấn đấu đạt chuẩn', 'Tổng số tiêu chí cuối năm']);
    expect(codesAt(checkWorkbook(workbook(sheetWithCounts)))).toEqual(['X3 exceeds-total A', 'Y4 total-mismatch B']);
  });

  it('reports columns numbered outside the set and the set\'s missing columns', () => {
    const report = checkWorkbook(workbook(sheet('Giao', [
      ['NĂM 2026'],
      ['TT', 'Xã', ...Array.from({ length: 9 }, (_, i) => `TC ${i + 1}`), 'TC 12'],
      [1, 'A', ...Array.from({ length: 10 }, () => 'x')],
    ])));
    expect(report.catalog.id).toBe('xa-ntm-2026-2030');
    expect(codesAt(report)).toEqual(['B2 missing-criterion 10', 'L2 unknown-criterion TC 12']);
  });

  it('checks the stated average against the communes\' counts (Thạch An: 15,1)', () => {
    const wrong = thachAnAssignment();
    const averageRow = wrong.values.findIndex((row) => String(row[1]).startsWith('Bình quân'));
    wrong.values[averageRow][2] = 15.4;
    expect(codesAt(checkWorkbook(workbook(wrong)))).toEqual([`C${averageRow + 1} total-mismatch binh-quan`]);
  });
});

describe('funding', () => {
  it('checks a parent against its children and an item without amount', () => {
    const report = checkWorkbook(workbook(sheet('Vốn', [
      ['TT', 'Nguồn vốn', 'Kinh phí (triệu đồng)'],
      ['I', 'Ngân sách nhà nước', '1.000,000'],
      ['1', 'Ngân sách trung ương', '600,000'],
      ['2', 'Ngân sách địa phương', '300,500'],
      ['II', 'Vốn huy động', null],
      [null, 'Tổng cộng', '1.000,000'],
    ])));
    expect(codesAt(report)).toEqual(['C2 total-mismatch Ngân sách nhà nước', 'C5 missing-value Vốn huy động']);
  });
});

describe('tasks and formula errors', () => {
  it('recognises a task list, flags unreadable timelines, tasks without an agency and formula errors', () => {
    const report = checkWorkbook(workbook(sheet('Nhiệm vụ', [
      ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian'],
      ['I', 'Kiện toàn bộ máy'],
      [1, 'Kiện toàn Ban Chỉ đạo các cấp', 'BCĐ tỉnh', 'Sở NN&PTNT', 'Các sở, ngành', 'Quý I'],
      [2, '- Rà soát quy hoạch', 'BCĐ tỉnh', null, 'UBND các huyện', 'Sớm nhất có thể'],
      [3, 'Báo cáo', 'BCĐ tỉnh', 'VPĐP', { error: '#REF!' }, 'Hàng quý'],
    ])));
    expect(report.sheets[0].kind).toBe('tasks');
    expect(codesAt(report)).toEqual(['D4 missing-value', 'F4 unparsed-timeline', 'E5 formula-error']);
  });
});

describe('responsibility', () => {
  it('flags a code with two leads, an indicator led apart from its criterion, unknown codes and sets without a catalog', () => {
    const report = checkWorkbook(workbook(sheet('Phân công', [
      ['PHÂN CÔNG NĂM 2025'],
      ['Cơ quan', 'Bộ tiêu chí', 'Tiêu chí, chỉ tiêu'],
      ['Phòng NN&PTNT', 'Xã NTM', '3; 17.8; 21'],
      ['Phòng Tài nguyên và Môi trường', 'Xã NTM', '17; 17.8'],
      ['Phòng Nông nghiệp và PTNT', 'Xã NTM', '3'],
      ['Hội LHPN', 'Thôn NTM kiểu mẫu', '5'],
    ])));
    const codes = codesAt(report);
    expect(codes).toEqual(expect.arrayContaining(['C3 unknown-criterion 21', 'C4 duplicate-lead 17.8', 'B6 unchecked-set Thôn NTM kiểu mẫu']));
    expect(codes).not.toContain('C5 duplicate-lead 3');
  });
});

describe('rows that count villages', () => {
  it('are not shares of communes, but a criterion named "… nông thôn" is', () => {
    const report = checkWorkbook(workbook(targets([
      [7, 'Cơ sở hạ tầng thương mại nông thôn', 10, 1, 11, 12],
      [null, 'Số thôn đạt chuẩn NTM', 100, 20, 120, null],
    ])));
    expect(codesAt(report)).toEqual(['F4 percent-mismatch 7']);
  });
});
