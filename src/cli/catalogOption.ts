import { readFile } from 'node:fs/promises';
import { BUILTIN_CATALOGS, findBuiltinCatalog } from '../domain/catalog/builtin';
import { loadCatalog } from '../domain/catalog/load';
import type { CatalogChoice } from '../domain/catalog/select';
import { UsageError } from './args';
import { closest } from './commands';

/** The catalog --catalog or --catalog-file names, or undefined when neither is given. */
export async function catalogFromOptions(options: { catalog?: string; catalogFile?: string }): Promise<CatalogChoice | undefined> {
  if (options.catalog) {
    const catalog = findBuiltinCatalog(options.catalog);
    const ids = BUILTIN_CATALOGS.map((c) => c.id);
    const hint = closest(options.catalog, ids);
    if (!catalog) throw new UsageError(`không có bộ tiêu chí "${options.catalog}"${hint ? `; có phải ý bạn là "${hint}"?` : '.'} Các bộ có: ${ids.join(', ')} (xem "ntm-plan catalogs")`, `there is no criteria set "${options.catalog}"${hint ? `; did you mean "${hint}"?` : '.'} The sets are: ${ids.join(', ')} (see "ntm-plan catalogs")`);
    return { catalog, reason: { kind: 'option', id: catalog.id } };
  }
  if (!options.catalogFile) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(options.catalogFile, 'utf8'));
  } catch (error) {
    throw new UsageError(`không đọc được ${options.catalogFile}: ${(error as Error).message.split('\n')[0]}`, `cannot read ${options.catalogFile}: ${(error as Error).message.split('\n')[0]}`);
  }
  const loaded = loadCatalog(data);
  if (!loaded.ok) {
    const first = loaded.problems[0];
    throw new UsageError(`${options.catalogFile} không phải bộ tiêu chí hợp lệ: ${first.path || '(gốc)'}: ${first.message}${loaded.problems.length > 1 ? ` (và ${loaded.problems.length - 1} lỗi khác)` : ''}`, `${options.catalogFile} is not a valid criteria set: ${first.path || '(root)'}: ${first.message}${loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more)` : ''}`);
  }
  return { catalog: loaded.catalog, reason: { kind: 'file', file: options.catalogFile } };
}
