import { readWorkbookSnapshot } from '../../src/hosts/excel/readWorkbook';
import { CELL_BYTES, planLoads, type Load } from '../../src/hosts/excel/blocks';
import { firstBox, numericBlocks } from '../../src/hosts/excel/readSheets';
import { fakeExcel, PAYLOAD_LIMIT } from '../helpers/fakeExcel';
import { checkWorkbook } from '../../src/domain/engine';
import { excelContextFrom } from '../helpers/officeMock';
import { sheet } from '../helpers/sheets';
import { langSon2019Funding, langSon2019Targets } from '../fixtures/langSon';
import { thachAnAssignment } from '../fixtures/thachAn';
import { readableRegion, tablesFound } from '../../src/hosts/excel/tablesFound';

const supportsAll = () => true;

function bigAssignment(communes: number) {
  const rows: (string | number | null)[][] = [
    ['BIỂU GIAO CHỈ TIÊU NĂM 2025'],
    ['TT', 'Tên xã', ...Array.from({ length: 19 }, (_, i) => i + 1)],
  ];
  for (let i = 0; i < communes; i++) rows.push([i + 1, `Xã ${i + 1}`, ...Array.from({ length: 19 }, (_, k) => ((i + k) % 3 === 0 ? 'KH' : 'x'))]);
  return sheet('Giao chỉ tiêu', rows);
}

describe('Office.js host: reading the open workbook', () => {
  it('reads what the ExcelJS host reads: values, formulas, formats, merges and origin', async () => {
    const sheets = [thachAnAssignment(), langSon2019Targets(), langSon2019Funding()];
    const context = excelContextFrom(sheets);
    const snapshot = await readWorkbookSnapshot(context, { supports: supportsAll });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(snapshot.sheets[0].values).toEqual(sheets[0].values);
    expect(snapshot.sheets[0].merges).toEqual(sheets[0].merges);
    const report = checkWorkbook(snapshot);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Chỉ tiêu 2019!E15', 'Chỉ tiêu 2019!E22']);
  });

  it('reads every sheet in three syncs (the sizes with the values inside the first box), whatever the number of rows that fits one request', async () => {
    const counts: number[] = [];
    for (const communes of [10, 100, 1000]) {
      const context = excelContextFrom([bigAssignment(communes), langSon2019Targets(), langSon2019Funding()]);
      const sync = jest.spyOn(context, 'sync');
      const snapshot = await readWorkbookSnapshot(context, { supports: supportsAll });
      expect(snapshot.sheets[0].values).toHaveLength(communes + 2);
      counts.push(sync.mock.calls.length);
    }
    expect(counts).toEqual([3, 3, 3]);
  });

  it('reads formulas only where they are and number formats only where numbers are', async () => {
    const sheets = [sheet('Nguồn vốn', [
      ['TT', 'Nguồn vốn', 'Số tiền', 'Tỷ lệ'],
      ['1', 'Ngân sách', 4000, 0.4],
      ['2', 'Lồng ghép', 6000, 0.6],
      [null, 'Tổng cộng', 10000, 1],
    ], { formulas: { C4: '=C2+C3', D2: '=C2/$C$4' }, formats: { C2: '#,##0', D2: '0.0%', D3: '0.0%', D4: '0%', B2: '@' } })];
    const context = excelContextFrom(sheets);
    const snapshot = await readWorkbookSnapshot(context, { supports: supportsAll });
    expect(snapshot.sheets[0].formulas).toEqual(sheets[0].formulas);
    expect(snapshot.sheets[0].numberFormats?.map((row) => row.slice(2))).toEqual([[null, null], ['#,##0', '0.0%'], ['General', '0.0%'], ['General', '0%']]);
    expect(snapshot.sheets[0].numberFormats?.map((row) => row[1])).toEqual([null, null, null, null]);
  });

  it('gives dates as the file reader does (Office.js sends serial numbers): "31/12/2025", never "46022"', async () => {
    const tasks = sheet('Nhiệm vụ', [
      ['TT', 'Nội dung công việc', 'Cơ quan thực hiện', 'Thời gian', 'Kinh phí'],
      [1, 'Rà soát tiêu chí', 'Sở NN&MT', 46022, 12.5],
      [2, 'Tổng kết', 'VPĐP', 46203, 3],
    ], { formats: { D2: 'dd/mm/yyyy', D3: '[$-vi-VN]d/m/yyyy', E2: '#,##0.0', E3: '0' } });
    const snapshot = await readWorkbookSnapshot(excelContextFrom([tasks]), { supports: supportsAll });
    expect(snapshot.sheets[0].values.map((row) => [row[3], row[4]])).toEqual([['Thời gian', 'Kinh phí'], ['31/12/2025', 12.5], ['30/06/2026', 3]]);
  });

  it('reads a sheet whose values Excel answers as null (over its cell limit) in blocks, never crashing', async () => {
    const sheets = [bigAssignment(400), langSon2019Targets()];
    const context = fakeExcel({ sheets, nullValuesAbove: 5000 });
    const snapshot = await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll });
    expect(snapshot.sheets.map((s) => s.values)).toEqual(sheets.map((s) => s.values));
    expect(context.syncs).toBeLessThanOrEqual(5);
  });

  it('turns the error texts Excel gives for error values into errors', async () => {
    const context = excelContextFrom([sheet('Giao', [['TT', 'Tổng'], [1, { error: '#DIV/0!' }]], { formulas: { B2: '=1/0' } })]);
    const snapshot = await readWorkbookSnapshot(context, { supports: supportsAll });
    expect(snapshot.sheets[0].values[1][1]).toEqual({ error: '#DIV/0!' });
  });

  it('reads a whole country (8,000 communes) in three syncs, every request and response under 4 MB by its UTF-8 bytes', async () => {
    const big = bigAssignment(8000);
    const context = fakeExcel({ sheets: [big, langSon2019Targets(), langSon2019Funding()] });
    const snapshot = await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll });
    expect(snapshot.sheets[0].values).toEqual(big.values);
    expect(context.syncs).toBe(3);
    expect(Math.max(...context.requestSizes, ...context.responseSizes)).toBeLessThan(4 * 1024 * 1024);
  });

  it('reads again in row blocks when Excel refuses a read as too large, every cell read once', async () => {
    const long = (i: number, k: number) => `Nội dung rất dài của ô số ${i}-${k} trong biểu`;
    const rows = [['TT', ...Array.from({ length: 59 }, (_, k) => `Cột ${k}`)], ...Array.from({ length: 3000 }, (_, i) => [i + 1, ...Array.from({ length: 59 }, (_, k) => long(i, k))])];
    const huge = sheet('Lớn', rows);
    expect(JSON.stringify(huge.values).length).toBeGreaterThan(PAYLOAD_LIMIT);
    const context = fakeExcel({ sheets: [huge] });
    const snapshot = await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll });
    expect(snapshot.sheets[0].values).toEqual(huge.values);
    expect(context.requests.filter((bytes) => bytes > PAYLOAD_LIMIT).length).toBeGreaterThan(0);
    expect(context.syncs).toBeGreaterThan(4);
  });

  it('reads a sheet of more than 512 merged areas (Excel refuses them in one call): the merges in row blocks, every one found', async () => {
    // Column D is blank but merged with C on every row: Excel's used range (values only) ends at C.
    const rows = [['TT', 'Tên xã', 'Ghi chú'], ...Array.from({ length: 1500 }, (_, i) => [i + 1, `Xã ${i + 1}`, `Ghi chú ${i + 1}`])];
    const merged = sheet('Gộp ô', rows, { merges: Array.from({ length: 1500 }, (_, i) => `C${i + 2}:D${i + 2}`) });
    const context = fakeExcel({ sheets: [merged], mergeLimit: 512 });
    const snapshot = await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll });
    expect(snapshot.sheets[0].values).toEqual(merged.values);
    expect(new Set(snapshot.sheets[0].merges?.map((m) => `${m.top}:${m.left}:${m.bottom}:${m.right}`))).toEqual(new Set(merged.merges?.map((m) => `${m.top}:${m.left}:${m.bottom}:${m.right}`)));
    expect(context.syncs).toBeLessThanOrEqual(7);
  });

  it('reads merged areas that begin above or left of the used range (Excel returns an area only with its top-left cell in the range)', async () => {
    // Values from B3; A4:B4 merged (the blank column A and the blank TT cell of a group row), its top-left A4 outside the values; E7:E9 a blank area below them.
    const grid = sheet('Lệch', [['TT', 'Tên xã', 'Số xã'], [null, 'Nhóm 1', 7], [1, 'Xã A', 3]], { merges: ['A4:B4', 'E7:E9', 'C5:D5'] });
    grid.origin = { row: 2, col: 1 };
    const context = fakeExcel({ sheets: [grid] });
    const snapshot = await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll });
    expect(snapshot.sheets[0].merges?.map((m) => `${m.top}:${m.left}:${m.bottom}:${m.right}`).sort()).toEqual(['3:0:3:1', '4:2:4:3']);
    // Read in blocks (more than 512 areas in one call) too.
    const blocked = fakeExcel({ sheets: [grid], mergeLimit: 1 });
    const again = await readWorkbookSnapshot(blocked as unknown as Excel.RequestContext, { supports: supportsAll });
    expect(again.sheets[0].merges?.map((m) => `${m.top}:${m.left}:${m.bottom}:${m.right}`).sort()).toEqual(['3:0:3:1', '4:2:4:3']);
  });

  it('leaves out the hidden copy a generated sheet keeps for its undo', async () => {
    const copy = sheet('Phụ lục (bản trước)', [['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện'], [1, 'Rà soát', 'BCĐ', 'Sở NN']]);
    const context = fakeExcel({ sheets: [thachAnAssignment(), copy], names: [{ name: 'NTM_PLAN_PHU_LUC_TRUOC', formula: "='Phụ lục (bản trước)'!$A$1" }, { name: 'VungIn', formula: "='Giao chỉ tiêu xã'!$A$1" }] });
    const snapshot = await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll });
    expect(snapshot.sheets.map((s) => s.name)).toEqual([thachAnAssignment().name]);
  });

  it('a block still over 512 merged areas is halved until Excel accepts it', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => Array.from({ length: 200 }, (_, k) => (k % 2 === 0 ? `ô ${i}-${k}` : null)));
    const dense = sheet('Dày', rows);
    // 100 merged pairs a row: 200 rows' worth would be 20,000 areas, a block of 200 rows far over 512.
    dense.merges = rows.flatMap((_, r) => Array.from({ length: 100 }, (__, k) => ({ top: r, left: 2 * k, bottom: r, right: 2 * k + 1 })));
    const context = fakeExcel({ sheets: [dense], mergeLimit: 512 });
    const snapshot = await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll });
    expect(snapshot.sheets[0].merges).toHaveLength(3000);
  });

  it('reads again in blocks when Excel on the web answers a request too large with a GeneralException', async () => {
    const long = (i: number, k: number) => `Nội dung rất dài của ô số ${i}-${k} trong biểu`;
    const rows = [['TT', ...Array.from({ length: 59 }, (_, k) => `Cột ${k}`)], ...Array.from({ length: 3000 }, (_, i) => [i + 1, ...Array.from({ length: 59 }, (_, k) => long(i, k))])];
    const huge = sheet('Lớn', rows);
    const context = fakeExcel({ sheets: [huge], sizeErrorCode: 'GeneralException' });
    const snapshot = await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll });
    expect(snapshot.sheets[0].values).toEqual(huge.values);
  });

  it('an error that is not about size or merges still reaches the caller', async () => {
    const context = fakeExcel({ sheets: [thachAnAssignment()] });
    context.sync = async () => { throw Object.assign(new Error('Access denied'), { code: 'AccessDenied' }); };
    await expect(readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll })).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('reads formulas of the whole used range where special cells (ExcelApi 1.9) are missing', async () => {
    const sheets = [sheet('Nguồn vốn', [['TT', 'Số tiền'], ['1', 4000], ['2', 6000], [null, 10000]], { formulas: { B4: '=B2+B3' } })];
    const context = excelContextFrom(sheets);
    const snapshot = await readWorkbookSnapshot(context, { supports: (set, version) => !(set === 'ExcelApi' && version === '1.9') });
    expect(snapshot.sheets[0].formulas).toEqual(sheets[0].formulas);
  });

  it('skips merged areas where ExcelApi 1.13 is missing', async () => {
    const context = excelContextFrom([thachAnAssignment()]);
    const snapshot = await readWorkbookSnapshot(context, { supports: () => false });
    expect(snapshot.sheets[0].merges).toEqual([]);
  });
});

describe('Office.js host: the read guard (a used range past the limit)', () => {
  it('reads no more than the box before it knows the sizes: a sheet reaching past it is read by its size, in one sync more', async () => {
    const limit = 20_000;
    const box = firstBox(limit);
    expect(box.rows * box.columns).toBeLessThanOrEqual(limit);
    const inside = thachAnAssignment();
    const fits = fakeExcel({ sheets: [inside, langSon2019Targets()] });
    await readWorkbookSnapshot(fits as unknown as Excel.RequestContext, { supports: supportsAll, cellLimit: limit });
    // The list of sheets, then the sizes with the values of what lies in the box, then the formulas and number formats.
    expect(fits.syncs).toBe(3);
    // A data sheet of numbers down to row 2,000 (within the limit, past the box): the box's part travels, then the sheet by its size.
    const data = sheet('Dữ liệu', Array.from({ length: 2000 }, (_, r) => Array.from({ length: 8 }, (__, c) => (r === 0 ? `Cột ${c}` : r * 8 + c))));
    const past = fakeExcel({ sheets: [inside, data] });
    const snapshot = await readWorkbookSnapshot(past as unknown as Excel.RequestContext, { supports: supportsAll, cellLimit: limit });
    expect(snapshot.sheets[1].values).toEqual(data.values);
    expect(past.syncs).toBe(4);
    // The first read held at most the box's rows of the data sheet, not its 2,000.
    const rowsOfData = (bytes: number) => bytes / (JSON.stringify(data.values).length / data.values.length);
    expect(rowsOfData(past.responseSizes[1])).toBeLessThan(box.rows + 100);
  });

  it('a stray value far right: reads the table in blocks, leaves the stray cell and says which range and why', async () => {
    const table = thachAnAssignment();
    const context = fakeExcel({ sheets: [table, langSon2019Targets()] });
    // A person typed "x" far right of the table, row 5: the used range becomes 40 rows × 2,000 columns.
    context.person.type(table.name, 'BXX5', 'x');
    const snapshot = await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll, cellLimit: 20_000 });
    const read = snapshot.sheets.find((s) => s.name === table.name)!;
    expect(read.values).toEqual(table.values);
    expect(read.unread).toEqual([{ range: 'BXX5:BXX5', reason: 'far', cells: 1, limit: 20_000 }]);
    // No request carried the blank columns between the table and the stray cell.
    expect(Math.max(...context.responseSizes)).toBeLessThan(200_000);
    const report = checkWorkbook(snapshot);
    const warning = report.issues.find((i) => i.code === 'range-not-read');
    expect(warning).toMatchObject({ sheet: table.name, cell: 'BXX5', severity: 'warning' });
    expect(warning?.message).toMatch(/^Không đọc vùng BXX5:BXX5 \(1 ô có dữ liệu\): nằm xa các bảng/);
    // The table itself is checked as before.
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => i.cell)).toEqual(checkWorkbook({ sheets: [table, langSon2019Targets()] }).issues.filter((i) => i.severity === 'error').map((i) => i.cell));
  });

  it('a stray value far down, below a second table: the tables close together are read, the far one is named', async () => {
    const table = thachAnAssignment();
    const context = fakeExcel({ sheets: [table] });
    context.person.type(table.name, 'A60', 'Ghi chú: số liệu tháng 11');
    context.person.type(table.name, 'B3000', 'tạm');
    context.person.type(table.name, 'C3001', 7);
    const snapshot = await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll, cellLimit: 5_000 });
    const read = snapshot.sheets[0];
    // The note 20 rows below the table is part of it (a few blank rows apart): read.
    expect(read.values.length).toBe(60);
    expect(read.values[59][0]).toBe('Ghi chú: số liệu tháng 11');
    expect(read.unread).toEqual([{ range: 'B3000:C3001', reason: 'far', cells: 2, limit: 5_000 }]);
  });

  it('a large data sheet in the same workbook: not read at all, said with its range; the plan\'s sheets are read', async () => {
    const data = sheet('Dữ liệu dân số', Array.from({ length: 3000 }, (_, r) => Array.from({ length: 20 }, (__, c) => (r === 0 ? `Cột ${c}` : r * 20 + c))));
    const table = thachAnAssignment();
    const context = fakeExcel({ sheets: [table, data] });
    const snapshot = await readWorkbookSnapshot(context as unknown as Excel.RequestContext, { supports: supportsAll, cellLimit: 50_000 });
    expect(snapshot.sheets[0].values).toEqual(table.values);
    expect(snapshot.sheets[1].values).toEqual([]);
    expect(snapshot.sheets[1].unread).toEqual([{ range: 'A1:T3000', reason: 'large', cells: 60_000, limit: 50_000 }]);
    // Its 60,000 numbers never travelled: every response is far smaller than the sheet.
    expect(Math.max(...context.responseSizes)).toBeLessThan(60_000 * 4);
    const en = checkWorkbook(snapshot, {}, 'en').issues.find((i) => i.code === 'range-not-read');
    expect(en?.message).toMatch(/^This sheet was not read \(range A1:T3000, 60,000 cells\): over 50,000 cells/);
  });
});

describe('the tables found in a large sheet', () => {
  it('groups areas a few blank rows or columns apart into one table, and keeps far ones apart', () => {
    const found = tablesFound([
      { top: 0, left: 0, bottom: 40, right: 20 },
      { top: 45, left: 0, bottom: 46, right: 3 },
      { top: 2, left: 24, bottom: 30, right: 25 },
      { top: 4, left: 2000, bottom: 4, right: 2000 },
      { top: 9000, left: 1, bottom: 9001, right: 2 },
    ]);
    expect(found.map((f) => f.box)).toEqual([
      { top: 0, left: 0, bottom: 46, right: 25 },
      { top: 4, left: 2000, bottom: 4, right: 2000 },
      { top: 9000, left: 1, bottom: 9001, right: 2 },
    ]);
    const { region, left } = readableRegion(found, 10_000);
    expect(region).toEqual({ top: 0, left: 0, bottom: 46, right: 25 });
    expect(left.map((f) => f.box.left)).toEqual([1, 2000]);
  });

  it('reads nothing when the largest table alone is over the limit', () => {
    expect(readableRegion([{ box: { top: 0, left: 0, bottom: 999, right: 99 }, cells: 100_000 }], 50_000)).toEqual({ region: null, left: [] });
  });
});

describe('blocks of numbers (where number formats are read)', () => {
  it('reads a header of criterion numbers and a totals row as two thin blocks, not the whole sheet', () => {
    const rows = [
      ['TT', 'Xã', 1, 2, 3],
      ...Array.from({ length: 40 }, (_, i) => [i + 1, `Xã ${i + 1}`, 'x', 'KH', null]),
      [null, 'Tổng', 30, 12, 0],
    ];
    const blocks = numericBlocks(sheet('Giao', rows, { origin: 'B3' }));
    expect(blocks).toEqual([
      { top: 3, bottom: 42, left: 1, right: 1 },
      { top: 2, bottom: 2, left: 3, right: 5 },
      { top: 43, bottom: 43, left: 3, right: 5 },
    ]);
  });

  it('bridges short gaps in a column of numbers', () => {
    const rows = [['Số tiền'], [1], [null], [null], [2], ['Ghi chú'], [3]];
    expect(numericBlocks(sheet('Vốn', rows))).toEqual([{ top: 1, bottom: 6, left: 0, right: 0 }]);
  });
});

describe('planning read requests', () => {
  it('keeps every request under the budget and covers every row once', () => {
    const loads: Load[] = [
      { sheet: 0, top: 0, left: 0, rowCount: 8000, columnCount: 200, property: 'values' },
      { sheet: 2, top: 4, left: 1, rowCount: 30, columnCount: 10, property: 'numberFormat' },
    ];
    const budget = 4 * 1024 * 1024;
    const requests = planLoads(loads, budget);
    for (const request of requests) {
      const bytes = request.reduce((t, b) => t + b.rowCount * b.columnCount * CELL_BYTES[b.property], 0);
      expect(bytes).toBeLessThanOrEqual(budget);
    }
    const rows = (sheet: number) => requests.flat().filter((b) => b.sheet === sheet).reduce((t, b) => t + b.rowCount, 0);
    expect([rows(0), rows(2)]).toEqual([8000, 30]);
    expect(requests.flat().filter((b) => b.sheet === 0).map((b) => b.top)[1]).toBeGreaterThan(0);
    expect(requests.length).toBeGreaterThan(1);
  });

  it('puts loads that fit together in one request', () => {
    const loads: Load[] = [1, 2, 3].map((sheet) => ({ sheet, top: 0, left: 0, rowCount: 100, columnCount: 20, property: 'formulas' }));
    expect(planLoads(loads)).toHaveLength(1);
  });
});
