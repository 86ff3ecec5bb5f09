/**
 * The facts a plan's document names besides its figures — issuer, year, number of communes — from
 * the one analysis of the workbook; and the one wording convention of what write-text writes.
 */
import path from 'node:path';
import { analyzeWorkbook } from '../../src/domain/engine';
import { issuerIn, issuerName, planFacts } from '../../src/domain/plantext/planFacts';
import { countText, shareText } from '../../src/domain/plantext/wording';
import { planDocument } from '../../src/domain/plantext/document';
import { openWorkbookFile } from '../../src/hosts/xlsx/files';
import { sheet, workbook } from '../helpers/sheets';

const ROOT = path.join(__dirname, '..', '..');
const sample = async (name: string) => analyzeWorkbook((await openWorkbookFile(path.join(ROOT, 'samples', name))).snapshot);

describe('the issuing body a title names', () => {
  test.each([
    'UBND TỈNH LẠNG SƠN',
    'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
    'UỶ BAN NHÂN DÂN TỈNH LẠNG SƠN',
    'Ủy ban nhân dân tỉnh Lạng Sơn',
    'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'.normalize('NFD'),
    'UBND  tỉnh   Lạng Sơn, ngày 22/02/2019',
    'KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI TỈNH LẠNG SƠN NĂM 2021',
    'Kế hoạch thực hiện Chương trình trên địa bàn tỉnh Lạng Sơn năm 2021',
    'BIỂU CHỈ TIÊU (Kèm theo Kế hoạch số 46/KH-UBND của UBND tỉnh Lạng Sơn)',
  ])('%s → the province of Lạng Sơn', (text) => {
    expect(issuerIn(text)).toEqual({ level: 'tinh', name: 'Lạng Sơn' });
  });

  test.each([
    ['UBND HUYỆN THẠCH AN', { level: 'huyen', name: 'Thạch An' }],
    ['Ủy ban nhân dân thị xã Kinh Môn', { level: 'huyen', name: 'Kinh Môn' }],
    ['UBND THÀNH PHỐ HẢI PHÒNG', { level: 'tinh', name: 'Hải Phòng' }],
    ['UBND THÀNH PHỐ LẠNG SƠN', { level: 'huyen', name: 'Lạng Sơn' }],
    ['UBND XÃ ĐỨC XUÂN', { level: 'xa', name: 'Đức Xuân' }],
  ])('%s', (text, expected) => {
    expect(issuerIn(text)).toEqual(expected);
  });

  test.each([
    'BIỂU GIAO CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2025',
    'TỔNG HỢP KẾ HOẠCH NĂM 2027 TOÀN TỈNH',
    'NHIỆM VỤ CỦA BCĐ tỉnh và các huyện',
    'Các huyện phấn đấu đạt chuẩn',
    'Ký hiệu: x = đã đạt; KH = phấn đấu đạt năm 2027',
  ])('%s → no issuer', (text) => {
    expect(issuerIn(text)).toBeUndefined();
  });

  test('is read from the titles above the tables, in any sheet, never from a table\'s lines; named in running text', () => {
    const tasks = sheet('Nhiệm vụ', [
      ['KẾ HOẠCH NĂM 2025'],
      ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Thời gian'],
      ['1', 'Phối hợp với UBND huyện Bình Gia rà soát tiêu chí', 'BCĐ tỉnh', 'Sở NN&PTNT', 'Quý I'],
    ]);
    // A task naming a district does not make the plan the district's: the directing column says "tỉnh".
    const inTask = planFacts(analyzeWorkbook(workbook(tasks)));
    expect(inTask.issuer).toEqual({ level: 'tinh', how: 'words' });
    expect(issuerName(inTask.issuer)).toBe('UBND tỉnh');
    expect(inTask.notes.map((n) => n.code)).toEqual(['plan-issuer-unknown']);
    const titled = sheet('Nhiệm vụ', [['UBND TỈNH CAO BẰNG'], ...tasks.values], { merges: ['A1:C1'] });
    const facts = planFacts(analyzeWorkbook(workbook(titled)));
    expect(facts.issuer).toMatchObject({ level: 'tinh', name: 'Cao Bằng', evidence: { sheet: 'Nhiệm vụ', cell: 'A1' } });
    expect(issuerName(facts.issuer)).toBe('UBND tỉnh Cao Bằng');
    expect(facts.notes).toEqual([]);
  });
});

describe('the number of communes', () => {
  test('tinh-2027: the 31 communes the assignment lists are used, the 30 of the summary sheet and the merged commune said', async () => {
    const facts = planFacts(await sample('tinh-2027.xlsx'));
    expect(facts.communes).toEqual({ count: 31, sheet: 'Giao chỉ tiêu 2027', range: 'B4:B34', how: 'rows' });
    expect(facts.notes.map((n) => [n.code, n.sheet, n.cell, n.expected, n.actual])).toEqual([
      ['plan-issuer-unknown', 'Giao chỉ tiêu 2027', 'A1', undefined, undefined],
      ['plan-communes-differ', 'Tổng hợp theo nhóm xã', 'C4', 31, 30],
      ['merged-commune-listed', 'Giao chỉ tiêu 2027', 'B34', undefined, undefined],
    ]);
    // The document says which number it used, and why the other differs, before anything else.
    const notes = planDocument(await sample('tinh-2027.xlsx')).body.filter((b) => b.kind === 'note').map((b) => b.text);
    expect(notes[1]).toContain('Văn bản tính trên 31 xã (các dòng xã của trang "Giao chỉ tiêu 2027", B4:B34) nhưng ô C4 trang "Tổng hợp theo nhóm xã" ghi 30 xã; 1 xã được ghi là đã sáp nhập vào xã khác mà vẫn có dòng riêng (Xã Thụy Hùng)');
    expect(notes[2]).toContain('Xã Thụy Hùng đã sáp nhập vào Xã Lê Lai');
  });

  test('without an assignment: the number the targets sheet states ("Tổng số xã: 207")', async () => {
    expect(planFacts(await sample('lang-son-2019.xlsx')).communes).toEqual({ count: 207, sheet: 'Chỉ tiêu 2019', range: 'A4', how: 'stated' });
    expect(planFacts(await sample('lang-son-2021.xlsx')).communes).toMatchObject({ count: 181, sheet: 'Chi tieu 2021', how: 'denominator' });
  });
});

describe('the year', () => {
  test('is the analysis\' plan year, with the programme and period of that year', async () => {
    const analysis = await sample('tinh-2027.xlsx');
    const facts = planFacts(analysis);
    expect(facts.year).toBe(analysis.planYear);
    expect(facts.year).toBe(2027);
    expect(facts.period).toEqual({ from: 2026, to: 2035 });
    expect((await sample('thach-an-2025.xlsx')).planYear).toBe(2025);
    expect(planFacts(await sample('thach-an-2025.xlsx')).period).toEqual({ from: 2021, to: 2025 });
  });

  test('no year in any title: said, and left blank for the drafter', () => {
    const analysis = analyzeWorkbook(workbook(sheet('Nhiệm vụ', [['TT', 'Nội dung công việc', 'Chỉ đạo'], ['1', 'Kiện toàn bộ máy', 'BCĐ tỉnh']])));
    const facts = planFacts(analysis);
    expect(facts.year).toBeUndefined();
    expect(facts.notes.map((n) => n.code)).toContain('plan-year-unknown');
    expect(planDocument(analysis).placeDate).toBe('……, ngày       tháng       năm ……');
  });

  // A task naming next year's budget ("… năm 2022" in the 2021 plan's tasks) is no plan year: the
  // analysis reads the year from the title lines (it read the task line before; this was pinned then).
  test('a year named by a task line is not the plan\'s year', () => {
    const analysis = analyzeWorkbook(workbook(
      sheet('Chỉ tiêu', [['KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2021'], ['TT', 'Tiêu chí', 'Số xã đạt thêm', 'Tổng số xã đạt', 'Tỷ lệ %'], ['2', 'Giao thông', 18, '96/181', '53%']]),
      sheet('Nhiệm vụ', [['KẾ HOẠCH NĂM 2021'], ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Thời gian'], ['1', 'Xây dựng kế hoạch vốn thực hiện Chương trình năm 2022', 'BCĐ tỉnh', 'Tháng 11']]),
    ));
    expect(planFacts(analysis).year).toBe(2021);
  });
});

describe('one wording convention', () => {
  test('counts in two digits under ten, thousands grouped', () => {
    expect([0, 1, 6, 9, 10, 181, 1207].map(countText)).toEqual(['00', '01', '06', '09', '10', '181', '1.207']);
  });

  test('shares at one decimal, none when whole; never "100%" of a part nor "0%" of something', () => {
    expect([shareText(13, 13), shareText(81, 181), shareText(96, 181), shareText(5, 13), shareText(0, 13)]).toEqual(['100%', '44,8%', '53%', '38,5%', '0%']);
    expect(shareText(2499, 2500)).toBe('99,96%');
    expect(shareText(1, 3321)).toBe('0,03%');
  });
});
