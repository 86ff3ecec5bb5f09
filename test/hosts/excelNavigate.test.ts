import { OfficeMockObject } from 'office-addin-mock';
import { goToCell } from '../../src/hosts/excel/navigate';
import { clearHighlights, HIGHLIGHT_MARKER, highlightCells } from '../../src/hosts/excel/highlight';
import { failureOf } from '../../src/hosts/excel/failures';
import { fakeExcel, type FakeExcel } from '../helpers/fakeExcel';
import { sheet } from '../helpers/sheets';

describe('Office.js host: going to a finding', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const calls: string[] = [];
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (name: string) => ({
            activate: () => calls.push(`activate ${name}`),
            getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
          }),
        },
      },
    }) as unknown as Excel.RequestContext;
    const sync = jest.spyOn(context, 'sync');
    await goToCell(context, 'Von 2021', 'C8');
    expect(calls).toEqual(['activate Von 2021', 'select C8']);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

const context = (excel: FakeExcel) => excel as unknown as Excel.RequestContext;
const formatsOf = (excel: FakeExcel, name: string) => excel.sheet(name)!.conditionalFormats.map((f) => `${f.area ? `${f.area.top}:${f.area.left}` : '*'} ${f.formula}`);

describe('Office.js host: highlighting the cells in error', () => {
  const sheets = [sheet('A', [['TT', 'Số'], [1, 2]]), sheet('B', [['TT', 'Số', 'Tỷ lệ'], [1, 2, 3]])];

  it('adds one marked conditional format per cell, in one sync', async () => {
    const excel = fakeExcel({ sheets });
    expect(await highlightCells(context(excel), [{ sheet: 'A', cell: 'B2' }, { sheet: 'B', cell: 'C3' }], () => true)).toBe(true);
    expect([...formatsOf(excel, 'A'), ...formatsOf(excel, 'B')]).toEqual([`1:1 ${HIGHLIGHT_MARKER}`, `2:2 ${HIGHLIGHT_MARKER}`]);
    expect(excel.syncs).toBe(1);
  });

  it('removes only its own formats: the user\'s conditional formats stay', async () => {
    const excel = fakeExcel({ sheets });
    const theirs = context(excel).workbook.worksheets.getItem('A').getRange('B2').conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
    theirs.custom.rule.formula = '=A1>10';
    await excel.sync();
    await highlightCells(context(excel), [{ sheet: 'A', cell: 'B2' }, { sheet: 'B', cell: 'B2' }], () => true);
    expect(await clearHighlights(context(excel), () => true)).toBe(2);
    expect([...formatsOf(excel, 'A'), ...formatsOf(excel, 'B')]).toEqual(['1:1 =A1>10']);
  });

  it('many cells in error: requests Excel refuses for their size are sent again in halves, every cell marked once', async () => {
    const many = sheet('Giao', Array.from({ length: 600 }, (_, r) => Array.from({ length: 10 }, (__, c) => r * 10 + c)));
    const excel = fakeExcel({ sheets: [many], payloadLimit: 200_000, sizeErrorCode: 'GeneralException' });
    const cells = Array.from({ length: 3000 }, (_, i) => ({ sheet: 'Giao', cell: `${String.fromCharCode(65 + (i % 10))}${Math.floor(i / 10) + 1}` }));
    await highlightCells(context(excel), cells, () => true);
    expect(excel.requestSizes.filter((bytes) => bytes > 200_000).length).toBeGreaterThan(0);
    expect(excel.sheet('Giao')!.conditionalFormats).toHaveLength(3000);
    expect(await clearHighlights(context(excel), () => true)).toBe(3000);
    expect(excel.sheet('Giao')!.conditionalFormats).toHaveLength(0);
  });

  it('a protected sheet: Excel\'s refusal (AccessDenied) reaches the caller', async () => {
    const excel = fakeExcel({ sheets, protectedSheets: ['B'] });
    const failure = await highlightCells(context(excel), [{ sheet: 'B', cell: 'B2' }], () => true).catch((error: unknown) => error);
    expect(failureOf(failure)).toMatchObject({ code: 'access-denied', excelCode: 'AccessDenied' });
  });

  it('does nothing where conditional formats are unsupported', async () => {
    const excel = fakeExcel({ sheets });
    expect(await highlightCells(context(excel), [{ sheet: 'A', cell: 'A1' }], () => false)).toBe(false);
    expect(excel.syncs).toBe(0);
  });
});
