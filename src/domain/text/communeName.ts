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

/**
 * A commune's name as typed, without "Xã", "Phường", "Thị trấn" or "Đặc khu" and extra spaces; a name
 * typed without any diacritics loses its unit word typed so too ("xa Tan Lap" → "Tan Lap").
 *
 * @example
 * withoutPrefix(' Xã  Tân Hòa') === 'Tân Hòa'; withoutPrefix('xa Tan Lap') === 'Tan Lap'
 */
export function withoutPrefix(name: string): string {
  return remembered(BARE, name, bareName);
}

function bareName(name: string): string {
  const text = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  return (/^\p{ASCII}*$/u.test(text) ? text.replace(/^(xa|phuong|thi tran|dac khu) (?=\S)/i, '') : text).replace(new RegExp(PREFIX_SOURCE.source, 'iu'), '');
}

/**
 * The unit word a name is typed with, as a sentence writes it ("xã", "phường", "thị trấn", "đặc
 * khu"; typed with or without diacritics, in any case); "xã" when the name has none.
 *
 * @example
 * unitWordOf('Phường Nam Sơn') === 'phường'; unitWordOf('dac khu Co To') === 'đặc khu'; unitWordOf('Tân Lập') === 'xã'
 */
export function unitWordOf(name: string): UnitWord {
  return remembered(UNIT_WORDS, name, unitWordIn);
}

type UnitWord = 'xã' | 'phường' | 'thị trấn' | 'đặc khu';

// An appendix or a plan's text names each commune of a national sheet once per criterion: each name is read once.
const BARE = new Map<string, string>();
const UNIT_WORDS = new Map<string, UnitWord>();

function remembered<T>(cache: Map<string, T>, name: string, read: (name: string) => T): T {
  let known = cache.get(name);
  if (known === undefined) {
    if (cache.size > 50_000) cache.clear();
    cache.set(name, (known = read(name)));
  }
  return known;
}

function unitWordIn(name: string): UnitWord {
  const text = name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  const prefix = PREFIX_SOURCE.exec(text)?.[1] ?? (/^\p{ASCII}*$/u.test(text) ? /^(xa|phuong|thi tran|dac khu) (?=\S)/.exec(text)?.[1] : undefined);
  return ({ 'xã': 'xã', xa: 'xã', 'phường': 'phường', phuong: 'phường', 'thị trấn': 'thị trấn', 'thi tran': 'thị trấn', 'đặc khu': 'đặc khu', 'dac khu': 'đặc khu' } as const)[prefix ?? 'xã'] ?? 'xã';
}

/**
 * How names are matched to a list of communes: a name is the listed commune whose key it has, or,
 * typed without any diacritics ("Tan Hoa"), the one listed commune it spells if only one does (of
 * "Tân Hòa" and "Tân Hóa", "Tan Hoa" is neither); else its own key. The one matcher of names against
 * a list, for the consolidation and the checks alike.
 *
 * @example
 * const keyOf = keyAmong(['Tân Lập', 'Tân Hòa', 'Tân Hóa']);
 * keyOf('xa Tan Lap') === communeKey('Tân Lập'); keyOf('Tan Hoa') === communeKey('Tan Hoa')
 */
export function keyAmong(listed: readonly string[]): (name: string) => string {
  const keys = new Set(listed.map(communeKey));
  const unmarked = new Map<string, string[]>();
  for (const key of keys) unmarked.set(plain(key), [...(unmarked.get(plain(key)) ?? []), key]);
  return (name) => {
    const key = communeKey(name);
    if (keys.has(key) || !/^\p{ASCII}*$/u.test(key)) return key;
    const candidates = unmarked.get(key);
    return candidates?.length === 1 ? candidates[0] : key;
  };
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

/** Words that end a commune's name in a title ("xã Tân Lập huyện …", "xã Tân Lập năm 2027", "… về …"). */
const AFTER_NAME = new Set(['huyện', 'tỉnh', 'thành', 'thị', 'quận', 'giai', 'về', 'theo', 'đến', 'từ', 'tại', 'trên', 'của', 'và', 'đạt', 'kế', 'báo', 'biểu', 'bảng', 'thực', 'kết', 'tự', 'đánh', 'giao', 'chỉ', 'tiêu', 'nông', 'có', 'đã', 'được', 'sau', 'trước', 'cũ', 'mới']);
/** What follows "xã" in words that are no name: "xã hội", "xã nông thôn mới", "xã đạt chuẩn", "các xã …". */
const NOT_A_NAME = /^(hoi|nong thon|ntm|dat|chua|da|duoc|co|khong|trong|tren|thuoc|nay|do|vung|khu vuc|bien gioi|dac biet|kho khan|mien nui|an toan|kieu mau|nang cao|thong minh|diem|moi|con|cac|chi tieu|tieu chi|thi diem|doan|xa)\b/;
const PREFIXES = /(^|[^\p{L}\p{M}])(xã|xa|phường|phuong|thị trấn|thi tran|đặc khu|dac khu)(?=\s)/giu;
const MARKS = /\p{M}/gu;

/** A word without its tone and vowel marks, lower case ("Lập" → "lap", "Đức" → "duc"). */
function plain(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** "TÂN LẬP" → "Tân Lập"; "tan hoa" → "Tan Hoa". */
function titled(words: readonly string[]): string {
  return words.map((word) => word.toLocaleLowerCase('vi').replace(/(^|['’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'))).join(' ');
}

/**
 * The commune a title, a sheet's or a file's name names: "UBND XÃ TÂN LẬP", "Biểu tự đánh giá kết
 * quả thực hiện tiêu chí xã Tân Hòa năm 2026", "Xã Tân Hòa", "xa-tan-hoa.xlsx" (`loose`: a sheet's or
 * file's name, where a name need not be capitalised), in NFC or NFD, with or without diacritics. The
 * name as typed in title case, without "xã"; nothing where no commune is named ("xã hội", "các xã
 * nông thôn mới", "xã đạt chuẩn"). The one reader of a commune's name in text, as `communeKey` is
 * its one key.
 *
 * @example
 * communeNameIn('UBND XÃ TÂN LẬP') === 'Tân Lập'; communeNameIn('Xây dựng xã nông thôn mới') === undefined
 */
export function communeNameIn(text: string, loose = false): string | undefined {
  let raw = text.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
  if (loose) raw = raw.replace(/\.(xlsx|xlsm|xls|ods|csv)$/i, '').replace(/[_.]+|(?<=\p{L})-(?=\p{L})/gu, ' ');
  const marked = /[^\p{ASCII}]/u.test(raw);
  const upper = raw === raw.toLocaleUpperCase('vi');
  for (const match of raw.matchAll(PREFIXES)) {
    const prefix = match[2];
    // "xa" without its tone in a title typed with diacritics is another word ("xa" = far).
    if (marked && !loose && plain(prefix) === prefix.toLowerCase()) continue;
    const rest = raw.slice(match.index! + match[0].length).trim();
    const words: string[] = [];
    const tokens = rest.split(' ');
    for (const [i, token] of tokens.entries()) {
      const word = token.replace(/^[("“'‘]+/, '');
      const clean = word.replace(/[,;:.)"”’!?–—-]+$/, '');
      if (!clean || /\d/.test(clean) || word !== token || words.length === 4) break;
      const lower = clean.toLocaleLowerCase('vi');
      if (AFTER_NAME.has(lower) || (!marked && AFTER_NAME_PLAIN.has(lower))) break;
      // "năm" ends a name before a year ("xã Tân Lập năm 2027"); "Nam Hòa" is a name.
      if (lower === 'năm' || (!marked && lower === 'nam' && /^\d{4}\b/.test(tokens[i + 1] ?? ''))) break;
      if (!loose && !upper && !/^\p{Lu}/u.test(clean)) break;
      words.push(clean);
      if (clean !== word) break;
    }
    if (!words.length || NOT_A_NAME.test(plain(words.join(' ')))) continue;
    return titled(words);
  }
  return undefined;
}

const AFTER_NAME_PLAIN = new Set([...AFTER_NAME].map(plain));
