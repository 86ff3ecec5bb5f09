/**
 * What a request to Excel weighs, as Office.js sends it: JSON holding, for every object the request
 * names (a sheet, a range, a note …), its path, and for every property set or method called, an
 * action with its arguments — in UTF-8, where a Vietnamese letter takes two or three bytes. Excel on
 * the web refuses a request over 5 MB; the writers keep each one under a budget by this measure.
 */

/** Bytes of an object path besides its arguments ({"Id":…,"ObjectPathType":…,"Name":"getRangeByIndexes",…}). */
export const PATH_BYTES = 110;
/** Bytes of an action besides its arguments ({"Id":…,"ActionType":…,"Name":"formulas","ObjectPathId":…,"ArgumentInfo":…}). */
export const ACTION_BYTES = 105;

/**
 * The UTF-8 length of a text, without encoding it.
 *
 * @example
 * utf8Length('Xã') === 3
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The UTF-8 bytes of a value as JSON (quotes and escapes included).
 *
 * @example
 * jsonBytes([['=C5/B5']]) === 13
 */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value ?? null) ?? 'null');
}

/**
 * Bytes of `actions` actions (with these arguments) on `paths` new objects.
 *
 * @example
 * requestBytes(1, 2, [[['=C5/B5']], [['0.0']]])
 */
export function requestBytes(paths: number, actions: number, args: readonly unknown[] = []): number {
  return paths * PATH_BYTES + actions * ACTION_BYTES + args.reduce<number>((total, arg) => total + jsonBytes(arg), 0);
}
