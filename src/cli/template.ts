import { readFile } from 'node:fs/promises';
import { BUILTIN_CATALOGS } from '../domain/catalog/builtin';
import { catalogForYear } from '../domain/catalog/select';
import { buildTemplate } from '../domain/template/build';
import { TEMPLATE_KINDS, type TemplateKind } from '../domain/template/types';
import { workbookFromTemplate } from '../hosts/xlsx/writeTemplate';
import { saveWorkbook } from '../hosts/xlsx/save';
import { parseTemplateArgs, UsageError } from './args';
import { catalogFromOptions } from './catalogOption';
import { closest } from './commands';
import type { Output } from './main';
import { setName } from './printReport';

/** Communes from "A; B; C" or "A, B, C" (names never hold a comma) or a file with one per line; ten placeholders when none are given. */
async function communesOf(list?: string, file?: string): Promise<string[]> {
  let text = list;
  if (file) {
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(`không đọc được ${file}: ${(error as Error).message.split('\n')[0]}`, `cannot read ${file}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const names = (text ?? '').split(/[;,\n\r]+/).map((n) => n.trim()).filter(Boolean);
  return names.length ? names : Array.from({ length: 10 }, (_, i) => `Xã ${i + 1}`);
}

/** `ntm-plan template`: a blank planning workbook laid out the way the add-in reads it. */
export async function runTemplate(argv: string[], io: Output): Promise<number> {
  const args = parseTemplateArgs(argv);
  if (!TEMPLATE_KINDS.includes(args.kind as TemplateKind)) {
    const hint = closest(args.kind, TEMPLATE_KINDS);
    throw new UsageError(`không có biểu mẫu "${args.kind}"${hint ? `; có phải ý bạn là "${hint}"?` : '.'} Các loại: ${TEMPLATE_KINDS.join(', ')}`, `there is no template "${args.kind}"${hint ? `; did you mean "${hint}"?` : '.'} The kinds: ${TEMPLATE_KINDS.join(', ')}`);
  }
  const year = args.year ?? new Date().getFullYear();
  const chosen = await catalogFromOptions({ catalog: args.catalog });
  const catalog = chosen?.catalog ?? catalogForYear(BUILTIN_CATALOGS, year, false)!;
  const communes = await communesOf(args.communes, args.communesFile);
  const template = buildTemplate(args.kind as TemplateKind, { catalog, communes, year });
  await saveWorkbook(workbookFromTemplate(template), args.output);
  const vi = args.lang === 'vi';
  io.out(vi
    ? `Đã ghi ${args.output}: biểu mẫu "${args.kind}" năm ${year}, ${setName(catalog.id, catalog.title, 'vi')} (${catalog.criteria.length} tiêu chí), ${communes.length} xã; trang: ${template.sheets.map((s) => s.snapshot.name).join(', ')}.`
    : `Wrote ${args.output}: template "${args.kind}" for ${year}, ${setName(catalog.id, catalog.title, 'en')} (${catalog.criteria.length} criteria), ${communes.length} communes; sheets: ${template.sheets.map((s) => s.snapshot.name).join(', ')}.`);
  return 0;
}
