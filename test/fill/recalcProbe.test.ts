import ExcelJS from 'exceljs';
import { recalculate } from '../helpers/libreoffice';
import { tempDir } from '../helpers/xlsx';

describe('the LibreOffice oracle', () => {
  it('recomputes formulas whose cached results are stale', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('A');
    ws.getCell('A1').value = 40;
    ws.getCell('A2').value = 2;
    ws.getCell('A3').value = { formula: 'A1+A2', result: 0 } as ExcelJS.CellFormulaValue;
    const file = `${tempDir()}/stale.xlsx`;
    await book.xlsx.writeFile(file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(recalculate(file));
    expect(back.getWorksheet('A')!.getCell('A3').result).toBe(42);
  }, 120_000);
});
