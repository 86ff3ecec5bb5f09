import { readWorkbookSnapshot } from '../../src/hosts/excel/readWorkbook';
import { planReadRequests } from '../../src/hosts/excel/blocks';
import { checkWorkbook } from '../../src/domain/engine';
import { excelContextFrom } from '../helpers/officeMock';
import { sheet } from '../helpers/sheets';
import { langSon2019Funding, langSon2019Targets } from '../fixtures/langSon';
import { thachAnAssignment } from '../fixtures/thachAn';

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

  it('reads every sheet in three syncs, whatever the number of rows that fits one request', async () => {
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

  it('splits a read larger than the request budget into row blocks, every cell read once', async () => {
    const context = excelContextFrom([bigAssignment(3000)]);
    const sync = jest.spyOn(context, 'sync');
    const snapshot = await readWorkbookSnapshot(context, { supports: supportsAll, budgetBytes: 1_000_000 });
    expect(snapshot.sheets[0].values).toEqual(bigAssignment(3000).values);
    expect(sync.mock.calls.length).toBeGreaterThan(3);
  });

  it('skips merged areas where ExcelApi 1.13 is missing', async () => {
    const context = excelContextFrom([thachAnAssignment()]);
    const snapshot = await readWorkbookSnapshot(context, { supports: () => false });
    expect(snapshot.sheets[0].merges).toEqual([]);
  });
});

describe('planning read requests', () => {
  it('keeps every request under the budget and covers every row once', () => {
    const sizes = [{ rowCount: 8000, columnCount: 60 }, null, { rowCount: 30, columnCount: 10 }];
    const budget = 4 * 1024 * 1024;
    const requests = planReadRequests(sizes, budget, 160);
    for (const request of requests) {
      const bytes = request.reduce((t, b) => t + b.rowCount * sizes[b.sheet]!.columnCount * 160, 0);
      expect(bytes).toBeLessThanOrEqual(budget);
    }
    const rows = (sheet: number) => requests.flat().filter((b) => b.sheet === sheet).reduce((t, b) => t + b.rowCount, 0);
    expect([rows(0), rows(2)]).toEqual([8000, 30]);
  });
});
