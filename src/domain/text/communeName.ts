/** The five tone marks of Vietnamese, as combining characters (NFD). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const PREFIX = /^(xa|phuong|thi tran|dac khu)\s+/;
const PREFIX_SOURCE = /^(xã|phường|thị trấn|đặc khu)\s+/u;

/**
 * A commune's name as a key: the same commune typed in NFC or NFD, in any case, with the tone mark
 * on either vowel ("Hoà"/"Hòa"), with or without "Xã", gives the same key; names that differ by a
 * tone ("Tân Hòa", "Tân Hóa") stay different.
 *
 * @example
 * communeKey('Xã Tân  Hoà') === communeKey('tân hòa'); communeKey('Tân Hòa') !== communeKey('Tân Hóa')
 */
export function communeKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size > 50_000) KEYS.clear();
    KEYS.set(name, (key = keyOf(name)));
  }
  return key;
}

/** Keys already made: a province's commune names come back in every table and check. */
const KEYS = new Map<string, string>();

function keyOf(name: string): string {
  const words = name.normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim().replace(PREFIX_SOURCE, '')
    .normalize('NFD').split(' ')
    .map((word) => {
      const tones = word.match(TONES) ?? [];
      return word.replace(TONES, '') + tones.join('');
    });
  const key = words.join(' ').normalize('NFC');
  return PREFIX.test(key) ? key.replace(PREFIX, '') : key;
}
