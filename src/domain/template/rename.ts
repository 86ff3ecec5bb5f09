import { sheetRef } from '../sheet/refs';
import type { Template } from './types';
import { sheetNameSet } from '../sheet/sheetName';

/**
 * A template with some sheets renamed (the workbook it goes into has sheets of those names):
 * every formula and drop-down source that points at a renamed sheet follows.
 *
 * @example
 * renameSheets(template, new Map([['Nguồn vốn', 'Nguồn vốn (2)']]))
 */
export function renameSheets(template: Template, names: ReadonlyMap<string, string>): Template {
  const changed = [...names].filter(([from, to]) => from !== to);
  if (changed.length === 0) return template;
  const fix = (text: string) => changed.reduce((t, [from, to]) => t.split(`${sheetRef(from)}!`).join(`${sheetRef(to)}!`), text);
  const rename = (name: string) => names.get(name) ?? name;
  return {
    plan: {
      ...template.plan,
      writes: template.plan.writes.map((w) => ({ ...w, sheet: rename(w.sheet), formula: w.formula && fix(w.formula) })),
      columns: template.plan.columns?.map((c) => ({ ...c, sheet: rename(c.sheet), rowFormula: c.rowFormula.map(fix) })),
      merges: template.plan.merges.map((m) => ({ ...m, sheet: rename(m.sheet) })),
    },
    sheets: template.sheets.map((sheet) => ({
      ...sheet,
      snapshot: { ...sheet.snapshot, name: rename(sheet.snapshot.name), formulas: sheet.snapshot.formulas?.map((row) => row.map((f) => f && fix(f))) },
      validations: sheet.validations.map((v) => (v.type === 'list' && v.source ? { ...v, source: fix(v.source) } : v)),
    })),
  };
}

/**
 * New names for a template's sheets that are free in a workbook: a name already taken (as Excel
 * compares names: "PHỤ LỤC" takes "Phụ lục") gets " (2)", " (3)" … .
 *
 * @example
 * freeSheetNames(template, ['Nguồn vốn']).get('Nguồn vốn') === 'Nguồn vốn (2)'
 */
export function freeSheetNames(template: Template, existing: Iterable<string>): Map<string, string> {
  const taken = sheetNameSet(existing);
  const names = new Map<string, string>();
  for (const sheet of template.sheets) {
    let name = sheet.snapshot.name;
    for (let n = 2; taken.has(name); n++) name = `${sheet.snapshot.name} (${n})`;
    taken.add(name);
    names.set(sheet.snapshot.name, name);
  }
  return names;
}
