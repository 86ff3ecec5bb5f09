/**
 * Sheet names as Excel compares them: a workbook cannot hold "Phụ lục" and "PHỤ LỤC" together, so
 * names are compared without case (Vietnamese letters included) and without regard to how their
 * accents are encoded (a composed "ụ" and "u" followed by a combining dot below).
 */

/**
 * The key two sheet names share when Excel takes them for the same.
 *
 * @example
 * sheetNameKey('PHỤ LỤC') === sheetNameKey('Phụ lục') // true
 */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toUpperCase().normalize('NFC');
}

/**
 * Whether Excel takes two sheet names for the same sheet.
 *
 * @example
 * sameSheetName('Phụ lục', 'PHỤ LỤC') === true; sameSheetName('Phụ lục', 'Phụ lục (2)') === false
 */
export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/**
 * A set of sheet names as Excel sees them: `has` answers for every spelling Excel would refuse.
 *
 * @example
 * sheetNameSet(['PHỤ LỤC']).has('Phụ lục') === true
 */
export function sheetNameSet(names: Iterable<string>): { has(name: string): boolean; add(name: string): void; delete(name: string): void } {
  const keys = new Set([...names].map(sheetNameKey));
  return {
    has: (name) => keys.has(sheetNameKey(name)),
    add: (name) => { keys.add(sheetNameKey(name)); },
    delete: (name) => { keys.delete(sheetNameKey(name)); },
  };
}
