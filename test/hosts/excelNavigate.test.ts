import { OfficeMockObject } from 'office-addin-mock';
import { goToCell } from '../../src/hosts/excel/navigate';
import { clearHighlights, HIGHLIGHT_MARKER, highlightCells } from '../../src/hosts/excel/highlight';

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

type FakeFormat = { type: string; customOrNullObject: { isNullObject: boolean; rule: { formula: string } }; delete: jest.Mock };

function formatOf(type: string, formula: string): FakeFormat {
  return { type, customOrNullObject: { isNullObject: type !== 'Custom', rule: { formula } }, delete: jest.fn() };
}

describe('Office.js host: highlighting the cells in error', () => {
  it('adds one marked conditional format per cell, in one sync', async () => {
    const added: { sheet: string; cell: string; format: { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } } }[] = [];
    const context = {
      workbook: {
        worksheets: {
          getItem: (sheet: string) => ({
            getRange: (cell: string) => ({
              conditionalFormats: {
                add: () => {
                  const format = { custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } } };
                  added.push({ sheet, cell, format });
                  return format;
                },
              },
            }),
          }),
        },
      },
      sync: jest.fn(async () => undefined),
    } as unknown as Excel.RequestContext;
    const done = await highlightCells(context, [{ sheet: 'A', cell: 'B2' }, { sheet: 'B', cell: 'C3' }], () => true);
    expect(done).toBe(true);
    expect(added.map((a) => `${a.sheet}!${a.cell} ${a.format.custom.rule.formula}`)).toEqual([`A!B2 ${HIGHLIGHT_MARKER}`, `B!C3 ${HIGHLIGHT_MARKER}`]);
    expect(context.sync).toHaveBeenCalledTimes(1);
  });

  it('removes only its own formats: the user\'s conditional formats stay', async () => {
    const ours = formatOf('Custom', HIGHLIGHT_MARKER);
    const theirs = formatOf('Custom', '=A1>10');
    const colourScale = formatOf('ColorScale', '');
    const context = {
      workbook: {
        worksheets: {
          load: jest.fn(),
          items: [{ getRange: () => ({ conditionalFormats: { load: jest.fn(), items: [theirs, ours, colourScale] } }) }],
        },
      },
      sync: jest.fn(async () => undefined),
    } as unknown as Excel.RequestContext;
    expect(await clearHighlights(context, () => true)).toBe(1);
    expect(ours.delete).toHaveBeenCalled();
    expect(theirs.delete).not.toHaveBeenCalled();
    expect(colourScale.delete).not.toHaveBeenCalled();
    expect(context.sync).toHaveBeenCalledTimes(3);
  });

  it('does nothing where conditional formats are unsupported', async () => {
    const context = { sync: jest.fn() } as unknown as Excel.RequestContext;
    expect(await highlightCells(context, [{ sheet: 'A', cell: 'A1' }], () => false)).toBe(false);
    expect(context.sync).not.toHaveBeenCalled();
  });
});
