/**
 * A short key of what a sheet holds (its used range's values and formulas): a generated or inserted
 * sheet whose key has changed since the add-in wrote it has been edited by a person, and its undo
 * leaves it alone.
 *
 * @example
 * contentKey([['TT', 1]], [['TT', '=A1']]) !== contentKey([['TT', 2]], [['TT', '=A1']])
 */
export function contentKey(values: unknown, formulas: unknown): string {
  const text = JSON.stringify([values ?? [], formulas ?? []]);
  // FNV-1a, 32 bits, twice (two seeds): collisions between an edited sheet and its original are not a practical concern.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}:${text.length}`;
}
