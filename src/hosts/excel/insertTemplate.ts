import type { Template } from '../../domain/template/types';
import { freeSheetNames, renameSheets } from '../../domain/template/rename';
import { officePlatform, officeSupports, sheetInsertion, type Platform, type Supports } from './requirements';
import { WorkbookProtectedError } from './writeGeneratedSheet';

/** Excel cannot insert sheets (ExcelApi 1.13 missing, or Excel on iPad): the pane says so and what to do instead. */
export class InsertUnsupportedError extends Error {
  constructor(readonly reason: 'version' | 'ipad' = 'version') {
    super(reason === 'ipad'
      ? 'Excel trên iPad chưa chèn được trang từ tệp. Hãy mở sổ tính này bằng Excel trên máy tính hoặc Excel trên web, hoặc dùng trang web của công cụ để tải tệp về.'
      : 'Phiên bản Excel này chưa chèn được trang từ tệp mẫu (cần ExcelApi 1.13). Hãy dùng lệnh "ntm-plan template" rồi mở tệp tạo ra.');
    this.name = 'InsertUnsupportedError';
  }
}

/** Throws where sheets cannot be inserted, before anything is read or written. */
export function assertSheetInsertion(supports: Supports, platform: Platform): void {
  const can = sheetInsertion(supports, platform);
  if (can !== 'ok') throw new InsertUnsupportedError(can);
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
export async function insertTemplate(context: Excel.RequestContext, template: Template, supports: Supports = officeSupports, platform: Platform = officePlatform()): Promise<string[]> {
  assertSheetInsertion(supports, platform);
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
