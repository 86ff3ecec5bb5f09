import { OfficeMockObject } from 'office-addin-mock';
import { a1 } from '../../src/domain/sheet/address';
import { isCellError, type SheetSnapshot } from '../../src/domain/sheet/snapshot';

/** The mock's own tree-building methods (public at run time, private in its typings). */
type MockApi = { addMock(name: string): void; populate(data: object): void; setValue(name: string, value: unknown): void };
type MockNode = MockApi & Record<string, unknown>;

function slice<T>(grid: T[][], top: number, left: number, height: number, width: number, blank: T): T[][] {
  return Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => grid[top + r]?.[left + c] ?? blank));
}

/**
 * An Office.js request context for Excel built with office-addin-mock from sheet snapshots:
 * worksheets, used ranges (with their values, merged areas and formula cells), ranges by indexes, every object part of the mock
 * tree so that `load` and `sync` behave as in Excel (reading before a sync fails).
 */
export function excelContextFrom(sheets: readonly SheetSnapshot[]) {
  let blocks = 0;
  // A defined name of the user's, as workbooks have: not a copy kept for an undo.
  const context = new OfficeMockObject({ workbook: { worksheets: { items: [] }, names: { items: [{ name: 'VungIn', formula: "='Bìa'!$A$1:$F$40" }] }, store: {} } }) as unknown as MockNode & {
    workbook: MockNode & { worksheets: MockNode; store: MockNode };
  };
  const store = context.workbook.store;
  const items = sheets.map((snapshot, i) => {
    const height = snapshot.values.length;
    const width = snapshot.values[0]?.length ?? 0;
    const values = snapshot.values.map((row) => row.map((v) => (v === null ? '' : isCellError(v) ? v.error : v)));
    const formulas = snapshot.values.map((row, r) => row.map((_, c) => snapshot.formulas?.[r]?.[c] ?? values[r][c]));
    const formats = snapshot.values.map((row, r) => row.map((_, c) => snapshot.numberFormats?.[r]?.[c] ?? 'General'));
    const formulaAddress = snapshot.values.flatMap((row, r) => row.flatMap((_, c) => (snapshot.formulas?.[r]?.[c] ? [`'${snapshot.name}'!${a1(snapshot.origin.row + r, snapshot.origin.col + c)}`] : []))).join(',');
    const mergeAddress = (snapshot.merges ?? []).map((m) => `'${snapshot.name}'!${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).join(', ');
    const usedName = `used${i}`;
    store.addMock(usedName);
    const used = store[usedName] as MockNode;
    used.populate({
      isNullObject: height === 0,
      rowIndex: snapshot.origin.row,
      columnIndex: snapshot.origin.col,
      rowCount: height,
      columnCount: width,
      values,
      merged: { isNullObject: mergeAddress === '', address: mergeAddress },
      formulaCells: { isNullObject: formulaAddress === '', address: formulaAddress },
    });
    used.setValue('getMergedAreasOrNullObject', () => used.merged);
    used.setValue('getBoundingRect', () => used);
    used.setValue('getSpecialCellsOrNullObject', (type: string) => {
      if (type !== 'Formulas') throw new Error(`special cells of type ${type} are not mocked`);
      return used.formulaCells;
    });
    return {
      name: snapshot.name,
      getUsedRangeOrNullObject: () => used,
      getRangeByIndexes: (row: number, col: number, rowCount: number, colCount: number) => {
        const name = `block${blocks++}`;
        store.addMock(name);
        const block = store[name] as MockNode;
        const [top, left] = [row - snapshot.origin.row, col - snapshot.origin.col];
        block.populate({
          values: slice(values, top, left, rowCount, colCount, ''),
          formulas: slice(formulas, top, left, rowCount, colCount, ''),
          numberFormat: slice(formats, top, left, rowCount, colCount, 'General'),
        });
        // The used cells of a range holding the whole used range are the used range.
        const holdsUsed = row <= snapshot.origin.row && col <= snapshot.origin.col && row + rowCount >= snapshot.origin.row + height && col + colCount >= snapshot.origin.col + width;
        block.setValue('getUsedRangeOrNullObject', () => {
          if (!holdsUsed) throw new Error('the used part of a range cutting the used range is not mocked');
          return used;
        });
        return block;
      },
    };
  });
  context.workbook.worksheets.setValue('items', items);
  return context as unknown as Excel.RequestContext & OfficeMockObject;
}
