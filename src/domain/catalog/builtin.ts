import xaNtm20162020 from './builtin/xa-ntm-2016-2020.json';
import xaNtm20212025 from './builtin/xa-ntm-2021-2025.json';
import xaNtmNangCao20212025 from './builtin/xa-ntm-nang-cao-2021-2025.json';
import xaNtm20262030 from './builtin/xa-ntm-2026-2030.json';
import { loadCatalog } from './load';
import type { Catalog } from './schema';

function mustLoad(data: unknown): Catalog {
  const loaded = loadCatalog(data);
  if (!loaded.ok) throw new Error(`built-in catalog is invalid: ${JSON.stringify(loaded.problems)}`);
  return loaded.catalog;
}

/** The criteria sets shipped with the add-in, oldest first. */
export const BUILTIN_CATALOGS: readonly Catalog[] = [
  xaNtm20162020,
  xaNtm20212025,
  xaNtmNangCao20212025,
  xaNtm20262030,
].map(mustLoad);

export function findBuiltinCatalog(id: string): Catalog | undefined {
  return BUILTIN_CATALOGS.find((catalog) => catalog.id === id);
}
