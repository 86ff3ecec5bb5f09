import type ExcelJS from 'exceljs';

import { GENERATED, type GeneratedKind } from '../../domain/appendix/generated';

/** The name of the sheet a defined name marks as the add-in's own, if any. */
export function markedSheet(workbook: ExcelJS.Workbook, name: string): string | undefined {
  const range = workbook.definedNames.getRanges(name).ranges[0];
  const match = range ? /^'?(.*?)'?!/.exec(range) : null;
  return match ? match[1].replace(/''/g, "'") : undefined;
}

/**
 * A fresh worksheet for a generated sheet: the one the add-in generated before is removed and its
 * name reused; a user's own sheet of that name is never touched (the new one gets " (2)", " (3)" …).
 */
export function freshGeneratedSheet(workbook: ExcelJS.Workbook, kind: GeneratedKind): ExcelJS.Worksheet {
  const { definedName: name, title } = GENERATED[kind];
  const previous = markedSheet(workbook, name);
  const old = previous ? workbook.getWorksheet(previous) : undefined;
  let sheetName: string = title;
  if (old) {
    sheetName = old.name;
    workbook.definedNames.remove(`'${old.name.replace(/'/g, "''")}'!$A$1`, name);
    workbook.removeWorksheet(old.id);
  } else {
    for (let n = 2; workbook.getWorksheet(sheetName); n++) sheetName = `${title} (${n})`;
  }
  const worksheet = workbook.addWorksheet(sheetName);
  workbook.definedNames.add(`'${sheetName.replace(/'/g, "''")}'!$A$1`, name);
  return worksheet;
}
