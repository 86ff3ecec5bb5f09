import type { Grid } from '../sheet/grid';
import { a1 } from '../sheet/address';
import { fold, hasAnyWords } from '../text/fold';
import { parseCriterionRef } from '../text/codes';
import { headerCandidates, headerLabel } from '../table/header';
import { loadCatalog, type CatalogLoad } from './load';
import type { Catalog, CatalogInput } from './schema';

/** The name of the sheet a workbook may carry its own criteria set in (folded, and as templates write it). */
export const CATALOG_SHEET = 'danh muc tieu chi';
export const CATALOG_SHEET_NAME = 'Danh mục tiêu chí';

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3' };

export type SheetCatalog = { load: CatalogLoad; cell: string };

function findColumns(grid: Grid) {
  for (const header of headerCandidates(grid)) {
    let code: number | undefined;
    let name: number | undefined;
    const thresholds: { col: number; group: string }[] = [];
    for (const col of header.parts.keys()) {
      const label = headerLabel(header, col);
      const group = /\bnhom (\d|iii|ii|i)\b/.exec(label);
      if (group) thresholds.push({ col, group: `nhom-${ROMAN[group[1]] ?? group[1]}` });
      else if (code === undefined && hasAnyWords(label, ['ma', 'ma so', 'so', 'tt', 'stt', 'so tt'])) code = col;
      else if (name === undefined && hasAnyWords(label, ['ten', 'noi dung', 'tieu chi', 'chi tieu', 'ten tieu chi'])) name = col;
    }
    if (code !== undefined && name !== undefined) return { header, code, name, thresholds };
  }
  return null;
}

/**
 * Reads a criteria set from a sheet named "Danh mục tiêu chí" (or a file's name ending so): a code column ("1", "1.1"),
 * a name column and, optionally, thresholds per commune group ("Nhóm 1", "Nhóm 2", "Nhóm 3").
 * The period in the sheet's title ties it to a built-in set it then replaces.
 */
function newestPeriod(builtins: readonly Catalog[]): Catalog['period'] {
  return builtins.reduce((newest, c) => (c.period.from > newest.from ? c.period : newest), builtins[0].period);
}

export function catalogFromSheet(grid: Grid, builtins: readonly Catalog[]): SheetCatalog | null {
  // A sheet saved alone (CSV) is named after its file: 'tinh-2027-Danh mục tiêu chí'.
  if (!fold(grid.name).replace(/[^a-z0-9]+/g, ' ').trim().endsWith(CATALOG_SHEET)) return null;
  const columns = findColumns(grid);
  if (!columns) {
    return { cell: a1(grid.top, grid.left), load: { ok: false, problems: [{ path: '', message: 'không tìm thấy cột "Mã" và cột "Tên"' }] } };
  }
  const lines = grid.rows().filter((row) => row < columns.header.top).map((row) => grid.cols().map((col) => grid.raw(row, col)).join(' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
  // The title names the set and its period; the lines under it are notes.
  const title = lines.find((line) => /(20\d\d)\s*[-–]\s*(20\d\d)/.test(line)) ?? lines[0] ?? '';
  const period = /(20\d\d)\s*[-–]\s*(20\d\d)/.exec(title);
  const base = period ? builtins.find((c) => c.period.from === Number(period[1]) && c.tier === (hasAnyWords(fold(title), ['nang cao']) ? 'nang-cao' : 'dat-chuan')) : undefined;
  const criteria: CatalogInput['criteria'] = [];
  let lastSub = 0;
  for (let row = columns.header.bottom + 1; row <= grid.bottom; row++) {
    const ref = parseCriterionRef(grid.value(row, columns.code));
    const name = grid.raw(row, columns.name).trim();
    if (!ref || !name) continue;
    if (!ref.indicator) {
      criteria.push({ number: ref.number, name, indicators: [] });
      lastSub = 0;
      continue;
    }
    const parent = criteria.find((c) => c.number === ref.number);
    if (!parent) continue;
    let sub = Number(ref.code.split('.')[1]);
    if (typeof grid.value(row, columns.code) === 'number' && sub < lastSub && sub * 10 === lastSub + 1) sub *= 10;
    lastSub = sub;
    const thresholds = Object.fromEntries(columns.thresholds.map(({ col, group }) => [group, grid.raw(row, col).trim()]).filter(([, v]) => v));
    parent.indicators!.push({ code: `${ref.number}.${sub}`, name, thresholds: Object.keys(thresholds).length ? thresholds : undefined });
  }
  const data: CatalogInput = {
    id: base ? base.id : 'danh-muc-nguoi-dung',
    title: title || base?.title || 'Bộ tiêu chí do người dùng cung cấp',
    decision: base?.decision ?? '',
    // No period in its title: the period of the newest set the engine knows (the one plans are drafted under).
    period: base?.period ?? (period ? { from: Number(period[1]), to: Number(period[2]) } : newestPeriod(builtins)),
    level: 'xa',
    tier: base?.tier ?? 'dat-chuan',
    indicatorsComplete: criteria.some((c) => (c.indicators ?? []).length > 0),
    criteria,
  };
  return { cell: a1(columns.header.top, columns.code), load: loadCatalog(data) };
}
