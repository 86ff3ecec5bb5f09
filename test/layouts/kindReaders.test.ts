/**
 * The kind readers (targets, task list, funding list, responsibility by agency) take their columns
 * from the table model's meanings: a header the model understands is understood by every reader,
 * and a word the model misreads is fixed in one place.
 */
import { analyzeWorkbook, checkWorkbook } from '../../src/domain/engine';
import { readTables } from '../../src/domain/table/read';
import { Grid } from '../../src/domain/sheet/grid';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { primary, sheet } from '../helpers/sheets';

const book = (rows: CellValue[][], name = 'Biểu') => ({ name: 'book.xlsx', sheets: [sheet(name, rows)] });
const recognized = (rows: CellValue[][]) => primary(analyzeWorkbook(book(rows)).sheets[0]);
const meanings = (rows: CellValue[][]) => readTables(new Grid(sheet('Biểu', rows))).tables[0].columns.map((c) => c.meaning);
const found = (rows: CellValue[][], options = {}) => checkWorkbook(book(rows), options, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code}`);

test('"Thời gian thực hiện" is the timeline of a task list, not a second "thực hiện" agency', () => {
  const rows: CellValue[][] = [
    ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
    [1, 'Rà soát các tiêu chí', 'UBND tỉnh', 'Sở NN&MT', 'Các sở, ngành', 'Quý I/2027'],
    [2, 'Phân bổ vốn', 'UBND tỉnh', 'Sở Tài chính', 'Sở NN&MT', 'sớm nhất có thể'],
  ];
  expect(recognized(rows)).toMatchObject({ kind: 'tasks', model: { cols: { content: 1, directing: 2, implementing: 3, coordinating: 4, timeline: 5 } } });
  expect(found(rows)).toEqual(['F3 unparsed-timeline']);
});

test('tasks grouped by a "Nhóm" column: the content is the column of tasks, the group is the section', () => {
  const rows: CellValue[][] = [
    ['Nhóm', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian'],
    ['Kiện toàn bộ máy', 'Kiện toàn Ban Chỉ đạo', 'UBND tỉnh', 'Sở NN&MT', 'Sở Nội vụ', 'Quý I'],
    ['Kiện toàn bộ máy', 'Tập huấn cán bộ', 'UBND tỉnh', 'Sở NN&MT', 'UBND xã', 'Quý II'],
  ];
  expect(recognized(rows)).toMatchObject({ kind: 'tasks', model: { cols: { content: 1, group: 0 }, rows: [{ kind: 'task', section: 'Kiện toàn bộ máy' }, { kind: 'task' }] } });
});

test('"Nhu cầu vốn năm 2027" is an amount, not the year end of a count', () => {
  const rows: CellValue[][] = [
    ['TT', 'Nguồn vốn', 'Nhu cầu vốn năm 2027', 'Cơ cấu (%)'],
    [null, 'Tổng cộng', 300, 100],
    [1, 'Ngân sách Trung ương', 100, 33.3],
    [2, 'Ngân sách địa phương', 150, 50],
    [3, 'Vốn lồng ghép', 40, 16.7],
  ];
  expect(meanings(rows)).toEqual(['tt', 'label', 'amount', 'share']);
  expect(recognized(rows)).toMatchObject({ kind: 'funding', model: { cols: { label: 1, amount: 2, share: 3 }, totalRow: 1 } });
  // 100 + 150 + 40 = 290, typed 300.
  expect(found(rows)).toContain('C2 total-mismatch');
});

test('a count "đến hết năm 2026" before "đạt thêm" and "lũy kế" is the baseline, whatever year the sheet seems to plan', () => {
  const rows: CellValue[][] = [
    ['Tổng số xã: 40'],
    ['STT', 'Tên tiêu chí', 'Số xã đạt đến hết năm 2026', 'Phấn đấu đạt thêm', 'Lũy kế', 'Tỷ lệ (%)'],
    [1, 'Quy hoạch', 30, 5, 35, 87.5],
    [2, 'Giao thông', 20, 4, 25, 62.5],
  ];
  expect(meanings(rows).slice(2, 5)).toEqual(['baseline', 'added', 'cumulative']);
  expect(recognized(rows)).toMatchObject({ kind: 'targets', model: { cols: { baseline: 2, added: 3, cumulative: 4 } } });
  // 20 + 4 = 24, typed 25.
  expect(found(rows)).toEqual(['E4 total-mismatch']);
});

test('responsibilities by agency: one criterion per row, criteria as "TC 5", a "Bộ tiêu chí" column', () => {
  const single: CellValue[][] = [
    ['Cơ quan', 'Tiêu chí'],
    ['Sở Xây dựng', 1],
    ['Sở Công Thương', 4],
    ['Sở Giáo dục và Đào tạo', 5],
  ];
  expect(recognized(single)).toMatchObject({ kind: 'responsibility', model: { cols: { agency: 0, codes: 1 }, rows: [{ codes: [{ number: 1 }] }, {}, {}] } });
  const written: CellValue[][] = [
    ['TT', 'Cơ quan phụ trách', 'Bộ tiêu chí', 'Tiêu chí, chỉ tiêu phụ trách'],
    [1, 'Sở Xây dựng', 'Xã NTM', 'TC 1'],
    [2, 'Sở Công Thương', 'Xã NTM', 'TC 4; TC 7'],
    [3, 'Sở Giáo dục và Đào tạo', 'Xã NTM nâng cao', 'TC 5'],
  ];
  expect(meanings(written)).toEqual(['tt', 'lead', 'set', 'list']);
  expect(recognized(written)).toMatchObject({ kind: 'responsibility', model: { cols: { agency: 1, set: 2, codes: 3 } } });
  const model = (recognized(written) as { model: { rows: { codes: { number: number }[] }[] } }).model;
  expect(model.rows.map((r) => r.codes.map((c) => c.number))).toEqual([[1], [4, 7], [5]]);
});

test('a funding list reads the rows the table model reads: no column-number row, no note under the table, as an item', () => {
  const rows: CellValue[][] = [
    ['KẾ HOẠCH VỐN NĂM 2027'],
    ['TT', 'Nội dung', 'Kinh phí (triệu đồng)', 'Ghi chú'],
    ['(1)', '(2)', '(3)', '(4)'],
    [null, 'Tổng cộng', 250, null],
    ['I', 'Ngân sách nhà nước', 200, null],
    ['1', 'Ngân sách Trung ương', 120, null],
    ['2', 'Ngân sách tỉnh', 80, null],
    ['II', 'Vốn huy động', 50, null],
    [],
    ['Ghi chú: Kinh phí dự kiến, sẽ điều chỉnh theo thực tế'],
  ];
  const model = (recognized(rows) as { model: { items: { row: number; level: number }[]; totalRow: number } }).model;
  expect(model.totalRow).toBe(3);
  expect(model.items.map((i) => [i.row, i.level])).toEqual([[4, 0], [5, 1], [6, 1], [7, 0]]);
  expect(found(rows)).toEqual([]);
});

test('"Ước thực hiện năm 2026 | Tăng thêm | Kế hoạch năm 2027": last year plus what the year adds is the plan', () => {
  const rows: CellValue[][] = [
    ['Tổng số xã: 50'],
    ['TT', 'Tiêu chí', 'Ước thực hiện năm 2026 (xã)', 'Tăng thêm năm 2027 (xã)', 'Kế hoạch năm 2027 (xã)', 'Tỷ lệ đạt (%)'],
    [1, 'Quy hoạch', 40, 5, 45, 90],
    // 30 + 5 = 35, typed 36 (its share follows the typed 36).
    [2, 'Giao thông', 30, 5, 36, 72],
    [3, 'Thủy lợi và phòng chống thiên tai', 35, 2, 37, 74],
  ];
  expect(meanings(rows).slice(2, 5)).toEqual(['baseline', 'added', 'cumulative']);
  expect(found(rows)).toEqual(['E4 total-mismatch']);
});

test('"Số tiêu chí phấn đấu đạt năm 2027" is what the year adds; the criteria listed beside it are counted', () => {
  const rows: CellValue[][] = [
    ['STT', 'Tên xã', 'Số tiêu chí đạt đến 31/12/2026', 'Số tiêu chí phấn đấu đạt năm 2027', 'Tổng số tiêu chí đạt đến cuối năm 2027', 'Các tiêu chí phấn đấu đạt'],
    [1, 'Xã Yên Bình', 6, 2, 8, '3, 7'],
    // Two criteria listed, one counted; 7 + 1 = 8 holds.
    [2, 'Xã Hòa Lạc', 7, 1, 8, '9, 10'],
    [3, 'Xã Tân Tiến', 5, 3, 8, '1, 2, 4'],
  ];
  expect(meanings(rows).slice(2)).toEqual(['baseline', 'added', 'cumulative', 'list']);
  expect(found(rows)).toEqual(['D3 relation-mismatch']);
});

test('a task list ends where its table ends: the signature block under it is no task; a blank line inside it is not its end', () => {
  const rows: CellValue[][] = [
    ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian'],
    ['I', 'Công tác tuyên truyền', null, null, null, null],
    [1, 'Tuyên truyền Chương trình', 'UBND tỉnh', 'Sở NN&MT', 'Báo tỉnh', 'Cả năm'],
    [],
    ['II', 'Phát triển hạ tầng', null, null, null, null],
    [1, 'Làm đường giao thông', 'UBND tỉnh', 'Sở Xây dựng', 'UBND các xã', 'Quý III/2027'],
    [],
    [null, 'Nơi nhận:', null, null, 'TM. ỦY BAN NHÂN DÂN'],
    [null, '- Như trên;', null, null, 'CHỦ TỊCH'],
    [null, '- Lưu: VT.', null, null, null],
  ];
  const model = (recognized(rows) as { model: { rows: { row: number; kind: string; section?: string }[] } }).model;
  expect(model.rows).toEqual([
    { row: 1, kind: 'section', section: 'Công tác tuyên truyền' },
    { row: 2, kind: 'task', section: 'Công tác tuyên truyền' },
    { row: 4, kind: 'section', section: 'Phát triển hạ tầng' },
    { row: 5, kind: 'task', section: 'Phát triển hạ tầng' },
  ]);
  expect(found(rows)).toEqual([]);
});

test('responsibilities by agency go on after a blank line; the note under them is not an agency', () => {
  const rows: CellValue[][] = [
    ['Cơ quan', 'Tiêu chí phụ trách'],
    ['Sở Xây dựng', '1, 2'],
    ['Sở Công Thương', '4'],
    [],
    ['Sở Giáo dục và Đào tạo', '5'],
    [],
    ['Ghi chú: tiêu chí 3 do UBND xã chủ trì'],
  ];
  const model = (recognized(rows) as { model: { rows: { row: number; agency: string }[] } }).model;
  expect(model.rows.map((r) => [r.row, r.agency])).toEqual([[1, 'Sở Xây dựng'], [2, 'Sở Công Thương'], [4, 'Sở Giáo dục và Đào tạo']]);
});

test('an assignment\'s "Số xã đạt" row under the communes counts them per criterion; it is not a commune with marks "3", "2"', () => {
  const rows: CellValue[][] = [
    ['Ghi chú: Đ: đã đạt; KH: kế hoạch đạt năm 2027; CBĐ: cơ bản đạt; để trống: chưa đạt'],
    ['TT', 'Tên xã', 'Nhóm xã', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 'Số tiêu chí đã đạt'],
    [1, 'Xã Tân Lập', 1, 'Đ', 'Đ', 'KH', 'Đ', 'Đ', 'CBĐ', 'Đ', 'Đ', 'KH', 'Đ', 7],
    [2, 'Xã Phú Mỹ', 2, 'Đ', null, 'Đ', 'KH', 'Đ', 'Đ', null, 'Đ', 'Đ', 'Đ', 7],
    [3, 'Xã Hòa Bình', 3, 'Đ', 'Đ', 'Đ', 'KH', null, 'Đ', 'KH', 'Đ', null, 'Đ', 6],
    // Criterion 1 is met in three communes: typed 2.
    [null, 'Số xã đạt', null, 2, 2, 2, 1, 2, 2, 1, 3, 1, 3, null],
    [null, 'Số xã chưa đạt', null, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, null],
  ];
  const model = (recognized(rows) as { model: { communes: unknown[]; totals: { row: number; basis: string }[] } }).model;
  expect(model.communes).toHaveLength(3);
  expect(model.totals).toEqual([expect.objectContaining({ row: 5, basis: 'baseline' })]);
  expect(found(rows)).toEqual(['D6 total-mismatch']);
});

test('under "ĐVT: triệu đồng" the columns of each year are amounts and "Tổng cộng" their total: a wrong grand total is found', () => {
  const rows: CellValue[][] = [
    ['ĐVT: triệu đồng'],
    ['TT', 'Nguồn vốn', 'Năm 2026', 'Năm 2027', 'Tổng cộng'],
    [1, 'Ngân sách Trung ương', 100, 120, 220],
    [2, 'Ngân sách tỉnh', 50, 60, 110],
    [3, 'Vốn lồng ghép', 30, 35, 65],
    // 220 + 110 + 65 = 180 + 215 = 395, typed 396.
    [null, 'Cộng', 180, 215, 396],
  ];
  expect(meanings(rows)).toEqual(['tt', 'label', 'amount', 'amount', 'total']);
  expect(found(rows)).toEqual(['E6 total-mismatch']);
});

test('"Tăng (+), giảm (-)" beside two years is the later year less the earlier', () => {
  const rows: CellValue[][] = [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2026', 'Năm 2027', 'Tăng (+), giảm (-)'],
    [1, 'Số xã đạt chuẩn NTM', 'Xã', 40, 48, 8],
    // 14 - 10 = 4, typed 5.
    [2, 'Số xã đạt chuẩn NTM nâng cao', 'Xã', 10, 14, 5],
    [3, 'Số thôn đạt chuẩn NTM', 'Thôn', 200, 230, 30],
  ];
  expect(found(rows)).toEqual(['F3 relation-mismatch']);
});

test('counts split by commune group under one header, with their "Tổng": the total is the sum of the groups', () => {
  const rows: CellValue[][] = [
    ['SỐ XÃ ĐẠT CHUẨN THEO TỪNG TIÊU CHÍ ĐẾN CUỐI NĂM 2027'],
    ['TT', 'Tiêu chí', 'Số xã đạt chuẩn', null, null, null],
    [null, null, 'Tổng', 'Nhóm 1', 'Nhóm 2', 'Nhóm 3'],
    [1, 'Quy hoạch', 30, 10, 12, 8],
    // 10 + 10 + 6 = 26, typed 25.
    [2, 'Giao thông', 25, 10, 10, 6],
    [3, 'Thủy lợi và phòng chống thiên tai', 20, 8, 7, 5],
  ];
  const book = { name: 'b.xlsx', sheets: [sheet('Biểu', rows, { merges: ['C2:F2', 'A2:A3', 'B2:B3'] })] };
  const table = readTables(new Grid(book.sheets[0])).tables[0];
  expect(table.columns.find((c) => c.col === 2)?.sumOf).toEqual([3, 4, 5]);
  expect(checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code}`)).toEqual(['C5 total-mismatch']);
});

test('a sideways assignment\'s "Tổng số xã đạt", with nothing planned beside it, counts the communes that met it', () => {
  const rows: CellValue[][] = [
    ['STT', 'Tên tiêu chí', 'Xã A', 'Xã B', 'Xã C', 'Xã D', 'Tổng số xã đạt', 'Tỷ lệ (%)'],
    [1, 'Quy hoạch', 'x', 'x', 'x', 'x', 4, 100],
    // Two met and one planned: two communes meet it.
    [2, 'Giao thông', 'x', null, 'x', 'KH', 2, 50],
    [3, 'Thủy lợi', 'x', 'x', 'CĐ', 'x', 3, 75],
    // 3 / 4 = 75 %, typed 70.
    [4, 'Điện', 'x', 'x', 'x', null, 3, 70],
  ];
  expect(found(rows)).toEqual(['H5 percent-mismatch']);
});

test('a roll-up\'s "Kế hoạch năm 2027" between "Đến hết năm 2026" and "Lũy kế" is what the year adds', () => {
  const rows: CellValue[][] = [
    ['TT', 'Địa phương', 'Tổng số xã', 'Số xã đạt chuẩn NTM', null, null],
    [null, null, null, 'Đến hết năm 2026', 'Kế hoạch năm 2027', 'Lũy kế đến hết năm 2027'],
    [null, 'Toàn huyện', 12, 7, 3, 10],
    [1, 'Xã A', 1, 1, 0, 1],
    // 0 + 1 = 1, typed 2 (and the district's sum breaks with it).
    [2, 'Xã B', 1, 0, 1, 2],
    [3, 'Cụm xã phía Tây', 10, 6, 2, 8],
  ];
  const book = { name: 'b.xlsx', sheets: [sheet('Biểu', rows, { merges: ['D1:F1', 'A1:A2', 'B1:B2', 'C1:C2'] })] };
  expect(readTables(new Grid(book.sheets[0])).tables[0].columns.slice(3).map((c) => c.meaning)).toEqual(['baseline', 'added', 'cumulative']);
  expect(checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.code}`)).toContain('F5 relation-mismatch');
});

test('an assignment takes TT, the former communes and the groups from the table model: "Hợp nhất từ", "Phân loại"', () => {
  const rows: CellValue[][] = [
    ['TT', 'Tên xã', 'Hợp nhất từ', 'Phân loại', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [1, 'Xã Tân Lập', 'Xã A, xã B', 'Nhóm 1', 'Đ', 'Đ', 'Đ', 'Đ', 'Đ', 'Đ', 'Đ', 'Đ', 'KH', 'Đ'],
    [2, 'Xã Phú Mỹ', 'Xã C, xã D', 'Nhóm 2', 'Đ', null, 'Đ', 'KH', 'Đ', 'Đ', null, 'Đ', 'Đ', 'Đ'],
  ];
  expect(recognized(rows)).toMatchObject({ kind: 'assignment', model: { ttCol: 0, communeCol: 1, formerCol: 2, groupCol: 3 } });
});

test('an assignment whose totals row counts 2 under criterion 2 is still read: a number repeated under a header number is no data', () => {
  const rows: CellValue[][] = [
    ['TT', 'Tên xã', 'Nhóm xã', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [1, 'Xã An Hòa', 1, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'],
    [2, 'Xã Bình Minh', 2, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', null],
    // Criterion 10 is met by one commune: typed 2.
    [null, 'Tổng', null, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  ];
  expect(recognized(rows)).toMatchObject({ kind: 'assignment', model: { communes: [{ row: 1 }, { row: 2 }], totals: [{ row: 3 }] } });
  expect(found(rows)).toEqual(['M4 total-mismatch']);
});

test('agencies headed "Đơn vị" or "Phòng" beside the criteria they lead are agencies, not communes', () => {
  for (const head of ['Đơn vị', 'Phòng']) {
    const rows: CellValue[][] = [
      [head, 'Tiêu chí phụ trách'],
      ['Phòng Kinh tế', '2, 3'],
      ['Phòng Văn hóa - Xã hội', '5, 6'],
    ];
    expect(recognized(rows)).toMatchObject({ kind: 'responsibility', model: { cols: { agency: 0, codes: 1 } } });
  }
});

test('words the kind readers knew before the table model read for them: "Thực hiện", "Lĩnh vực", "Nhu cầu", "Dự kiến"', () => {
  expect(recognized([
    ['TT', 'Lĩnh vực', 'Nội dung', 'Thực hiện', 'Phối hợp', 'Thời gian'],
    [1, 'Quy hoạch', 'Rà soát quy hoạch', 'UBND xã', 'Sở Xây dựng', 'Quý I'],
    [2, 'Giao thông', 'Làm đường', 'UBND xã', 'Các thôn', 'Quý III'],
  ])).toMatchObject({ kind: 'tasks', model: { cols: { group: 1, content: 2, implementing: 3, coordinating: 4, timeline: 5 } } });
  for (const amount of ['Nhu cầu', 'Dự kiến']) {
    expect(recognized([
      ['TT', 'Nội dung', amount],
      [null, 'Tổng cộng', 30],
      [1, 'Đường giao thông', 20],
      [2, 'Trường học', 10],
    ])).toMatchObject({ kind: 'funding', model: { cols: { label: 1, amount: 2 }, totalRow: 1 } });
  }
});

test('"Đạt (%)" is a share and "Cuối kỳ" a year end, as the targets reader read them before the table model did', () => {
  const rows: CellValue[][] = [
    ['Tổng số xã: 50'],
    ['TT', 'Tiêu chí', 'Đầu kỳ', 'Đạt thêm', 'Cuối kỳ', 'Đạt (%)'],
    [1, 'Quy hoạch', 40, 5, 45, 90],
    // 47 / 50 = 94 %, typed 92.
    [2, 'Hạ tầng kinh tế - xã hội', 40, 7, 47, 92],
  ];
  expect(meanings(rows).slice(2)).toEqual(['baseline', 'added', 'cumulative', 'share']);
  expect(found(rows)).toEqual(['F4 percent-mismatch']);
});

test('an assignment whose header of criterion numbers is typed again for the second page goes on below it, the repeat read as no commune', () => {
  const header = (numbers: CellValue[]): CellValue[] => ['TT', 'Tên xã', ...numbers];
  const marks = (k: number): CellValue[] => [k, `Xã số ${k}`, ...Array.from({ length: 10 }, (_, c) => ((k + c) % 3 === 0 ? 'KH' : 'x'))];
  const body = (repeat: CellValue[]) => [header(Array.from({ length: 10 }, (_, c) => c + 1)), marks(1), marks(2), marks(3), repeat, marks(4), marks(5), marks(6)];
  // The second page's header as numbers, as texts "(1)" … and as texts "1" … (a copy, a retyped line, a print title).
  const repeats = [
    header(Array.from({ length: 10 }, (_, c) => c + 1)),
    header(Array.from({ length: 10 }, (_, c) => `(${c + 1})`)),
    header(Array.from({ length: 10 }, (_, c) => String(c + 1))),
  ];
  for (const repeat of repeats) {
    const rows = body(repeat);
    expect(recognized(rows)).toMatchObject({ kind: 'assignment', model: { communes: [{ row: 1 }, { row: 2 }, { row: 3 }, { row: 5 }, { row: 6 }, { row: 7 }] } });
    expect(found(rows)).toEqual([]);
    // One mark typed wrong below the repeat: an error at its cell.
    const wrong = rows.map((r, i) => (i === 6 ? r.map((v, c) => (c === 4 ? '2' : v)) : r));
    expect(found(wrong)).toEqual(['E7 invalid-status']);
  }
});
