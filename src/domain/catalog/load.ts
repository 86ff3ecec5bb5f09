import { CatalogSchema, type Catalog } from './schema';
import { deriveGroups } from './groups';

export type CatalogProblem = { path: string; message: string };

export type CatalogLoad = { ok: true; catalog: Catalog } | { ok: false; problems: CatalogProblem[] };

/** Validates catalog data (from a built-in file, a user's JSON file or a sheet). */
export function loadCatalog(data: unknown): CatalogLoad {
  const parsed = CatalogSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    };
  }
  const catalog = parsed.data;
  return { ok: true, catalog: { ...catalog, groups: catalog.groups ?? deriveGroups(catalog.criteria.length) } };
}
