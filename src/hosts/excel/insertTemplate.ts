import type { Template } from '../../domain/template/types';
import { freeSheetNames, renameSheets } from '../../domain/template/rename';
import { officeSupports, type Supports } from './requirements';
import { WorkbookProtectedError } from './writeGeneratedSheet';

/** Excel cannot insert sheets (ExcelApi 1.13 missing): the pane says so and offers the command line. */
export class InsertUnsupportedError extends Error {
  constructor() {
    super('Phiên bản Excel này chưa chèn được trang từ tệp mẫu (cần ExcelApi 1.13). Hãy dùng lệnh "ntm-plan template" rồi mở tệp tạo ra.');
    this.name = 'InsertUnsupportedError';
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Inserts a template's sheets at the end of the open workbook (one sync to read the names in use,
 * one to insert): the template is written as an .xlsx by ExcelJS (loaded only when needed), sheet
 * names already taken get " (2)", " (3)" …. Returns the names inserted.
 */
export async function insertTemplate(context: Excel.RequestContext, template: Template, supports: Supports = officeSupports): Promise<string[]> {
  if (!supports('ExcelApi', '1.13')) throw new InsertUnsupportedError();
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const protection = context.workbook.protection;
  protection.load('protected');
  await context.sync();
  if (protection.protected) throw new WorkbookProtectedError();
  const renamed = freeSheetNames(template, sheets.items.map((s) => s.name));
  const { workbookFromTemplate } = await import('../xlsx/writeTemplate');
  const workbook = workbookFromTemplate(renameSheets(template, renamed));
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  context.workbook.insertWorksheetsFromBase64(toBase64(bytes), { positionType: Excel.WorksheetPositionType.end });
  await context.sync();
  return [...renamed.values()];
}
