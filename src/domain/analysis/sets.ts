import { hasAnyWords, fold } from '../text/fold';
import type { Catalog } from '../catalog/schema';
import type { ResponsibilityModel } from '../recognize/models';
import type { Analysis } from './types';

/**
 * The catalog a responsibility row's set names ("Xã NTM", "Xã NTM nâng cao"); null for sets
 * the engine has no catalog of (kiểu mẫu, village sets).
 */
export function catalogForSet(set: string, context: Pick<Analysis, 'catalog' | 'catalogs'>): Catalog | null {
  const folded = fold(set);
  if (!folded) return context.catalog;
  if (hasAnyWords(folded, ['kieu mau', 'thon', 'xom', 'ban', 'khu dan cu', 'hien dai'])) return null;
  const tier = hasAnyWords(folded, ['nang cao']) ? 'nang-cao' : 'dat-chuan';
  if (context.catalog.tier === tier) return context.catalog;
  const { from } = context.catalog.period;
  return context.catalogs.find((c) => c.tier === tier && c.level === 'xa' && c.period.from === from) ?? null;
}

/** Rows of a responsibility sheet grouped by the set they belong to. */
export function rowsBySet(model: ResponsibilityModel, context: Pick<Analysis, 'catalog' | 'catalogs'>) {
  const groups = new Map<string, { set: string; catalog: Catalog | null; rows: ResponsibilityModel['rows'] }>();
  for (const row of model.rows) {
    const catalog = catalogForSet(row.set, context);
    const id = catalog?.id ?? `?${fold(row.set)}`;
    const group = groups.get(id) ?? { set: row.set, catalog, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  return [...groups.values()];
}
