import type { Grid } from '../sheet/grid';
import { fold } from '../text/fold';
import { parseVietnameseNumber } from '../text/numbers';
import { isCommunesLabel } from '../text/vocabulary';

/**
 * What a sheet states about its tables in words, outside their cells: the number of communes ("Tổng
 * số xã: 96 xã", "… của 96 xã", "Toàn tỉnh có 96 xã", "(Tổng số xã toàn tỉnh: 95 xã)") and the
 * abbreviations it defines for its column-number rows ("N = 96: tổng số xã"). Read once per sheet.
 */
export type CommunesStatement = {
  row: number;
  col: number;
  value: number;
  /** label: "Tổng số xã" with its number in the next cell (`valueCol`); text: the number inside the text; title: in a title line. */
  form: 'label' | 'text' | 'title';
  /** The cell holding the number itself, when it is a cell of its own. */
  valueCol?: number;
  text: string;
};

export type Abbreviation = { symbol: string; value: number; row: number; col: number };

export type SheetStatements = { communes: CommunesStatement[]; abbreviations: Abbreviation[] };

const FOUND = new WeakMap<Grid, SheetStatements>();

/**
 * Every statement of a sheet about its communes and the symbols it defines, top to bottom.
 *
 * @example
 * statementsOf(grid).communes[0] // { row: 1, col: 0, value: 96, form: 'title', text: 'KẾ HOẠCH … của 96 xã' }
 */
export function statementsOf(grid: Grid): SheetStatements {
  let found = FOUND.get(grid);
  if (!found) FOUND.set(grid, (found = readStatements(grid)));
  return found;
}

/** Words before "N xã" that say N is every commune of the table ("Toàn tỉnh có 96 xã", "… của 96 xã"), longest first. */
const ALL_ANCHORS = ['toan tinh', 'toan huyen', 'tong so xa', 'tinh tren tong so', 'tinh tren', 'tren tong so', 'trong tong so', 'tren dia ban', 'co tat ca', 'tong so', 'so xa', 'bao gom', 'trong so', 'gom', 'cua', 'cho', 'co'];
/** Words that make "N xã" a target or a part, not the whole ("thêm 12 xã", "12 xã đạt chuẩn"). */
const PART_WORDS = /\b(?:dat|them|phan dau|chua|con lai|con|hoan thanh|ve dich|nang cao|kieu mau|moi|tang|giam|duoc|sap nhap|hien dai|trong do|dang ky|nhom)\b/;
const PART_AFTER = /^\s*(?:dat|da dat|chua dat|co ban dat|phan dau|duoc|hoan thanh|ve dich|nang cao|kieu mau|dang ky|con lai|con|moi|nhom|thuoc nhom|sap nhap)\b/;

/** "Tổng số xã: 96", "Số xã toàn tỉnh: 96 xã", "Tổng số xã 207" — the label and its number in one cell. */
function labelWithNumber(text: string): number | null {
  const folded = fold(text, ':.,');
  const match = /^(.*?)\s*[:=]?\s*(\d{1,3}(?:\.\d{3})*|\d+)\s*(?:xa(?:\s*(?:phuong|thi tran)[a-z ,]*)?)?\s*[.;]?$/.exec(folded);
  if (!match) return null;
  const label = match[1].replace(/[:.,]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!isCommunesLabel(label)) return null;
  return Number(match[2].replace(/\./g, ''));
}

/** "N xã" in a title or note with words saying N is every commune; the first such. */
function allCommunesIn(text: string): number | null {
  const folded = fold(text);
  // "(Tổng số xã: 181)", "Tổng số xã trên địa bàn tỉnh 96" inside a title.
  const stated = /\btong so xa((?: [a-z]+){0,4}) (\d{1,4})\b(?! (?:tieu chi|tc|thon|%))/.exec(folded);
  if (stated && !PART_WORDS.test(stated[1])) return Number(stated[2]);
  // "Toàn tỉnh có 86 xã (nhóm 1: 12 xã; nhóm 2: 40 xã; nhóm 3: 34 xã)", "86 xã, gồm: 12 xã nhóm 1 …": the groups split the whole.
  const split = /(\d{1,4}) xa\s*(?:\(|[,:]?\s*(?:gom|bao gom)\b[:,]?)\s*(?:xa )?(?:nhom\b|\d{1,4} xa (?:thuoc )?nhom\b)/.exec(fold(text, '(,:;'));
  if (split && !PART_WORDS.test(fold(text, '(,:;').slice(0, split.index).split(' ').slice(-3).join(' '))) return Number(split[1]);
  for (const match of folded.matchAll(/(\d{1,4}) xa\b/g)) {
    const at = match.index ?? 0;
    const after = folded.slice(at + match[0].length);
    // "… của 34 xã nhóm 3": a table for one group of communes states its own whole.
    const forGroup = /^\s*(?:thuoc )?nhom\b/.test(after) && /\b(?:cua|cho|tinh tren)\s*$/.test(folded.slice(0, at));
    if (forGroup) return Number(match[1]);
    if (PART_AFTER.test(after)) continue;
    // "124 xã, phường, đặc khu; trong đó 96 xã …": every commune-level unit, wards among them; the communes are the 96.
    const communesAmong = /^\s*(?:phuong|thi tran|dac khu)\b/.test(after) ? /\btrong do (?:co )?(\d{1,4}) xa\b(?! (?:dat|da dat|chua dat|phan dau|hoan thanh|nang cao|kieu mau))/.exec(after) : null;
    if (communesAmong && Number(communesAmong[1]) < Number(match[1])) return Number(communesAmong[1]);
    if (/^\s*(?:toan tinh|toan huyen|tren dia ban|thuoc tinh|thuoc huyen)\b/.test(after)) return Number(match[1]);
    const words = folded.slice(0, at).split(' ').filter(Boolean);
    // The nearest anchor with at most four words after it, none of them saying a part.
    for (let take = 1; take <= Math.min(8, words.length); take++) {
      const tail = words.slice(words.length - take).join(' ');
      const anchor = ALL_ANCHORS.find((phrase) => tail === phrase || tail.startsWith(`${phrase} `));
      if (!anchor) continue;
      const between = tail.slice(anchor.length).trim();
      if (between.split(' ').filter(Boolean).length <= 4 && !PART_WORDS.test(between)) return Number(match[1]);
    }
  }
  // "… nâng tổng số xã đạt chuẩn lên 41/98 xã": 41 of the 98 communes.
  const ratio = /\b(\d{1,4}) ?\/ ?(\d{1,4}) xa\b/.exec(fold(text, '/'));
  if (ratio && Number(ratio[1]) <= Number(ratio[2])) return Number(ratio[2]);
  return null;
}

/** "N = 96", "N: tổng số xã (96)", "N là tổng số xã = 96": a symbol the column-number row divides by. */
function abbreviationIn(text: string): { symbol: string; value: number } | null {
  const raw = text.normalize('NFC');
  const match = /(?:^|[\s(;,])([A-Z][A-Za-z]{0,3})\s*(?:=|:|là)\s*([^;]*)/u.exec(raw);
  if (!match) return null;
  const rest = fold(match[2], '.,');
  const number = /(\d{1,3}(?:\.\d{3})+|\d+)(?:\s*xa)?\b/.exec(rest);
  if (!number || !/\bxa\b/.test(rest)) return null;
  return { symbol: match[1].toUpperCase(), value: Number(number[1].replace(/\./g, '')) };
}

/**
 * What every statement below needs: a label beginning "Số xã" / "Tổng số xã", "N xã", or a symbol
 * defined with "=", ":" or "là". A commune's name ("Xã số 12") is passed over without parsing.
 */
const MAY_STATE = /^(?:tong )?so\b|\btong so xa\b|\d xa\b|la/;

function readStatements(grid: Grid): SheetStatements {
  const communes: CommunesStatement[] = [];
  const abbreviations: Abbreviation[] = [];
  for (const { row, col } of grid.scan().longTexts) {
    const area = grid.mergeOf(row, col);
    if (area && (area.top !== row || area.left !== col)) continue;
    const raw = grid.raw(row, col);
    if (raw.length > 400) continue;
    const folded = grid.text(row, col);
    if (!/\bxa\b/.test(folded) || !(MAY_STATE.test(folded) || /[=:]/.test(raw))) continue;
    const abbreviation = abbreviationIn(raw);
    if (abbreviation) abbreviations.push({ ...abbreviation, row, col });
    const inLabel = labelWithNumber(raw);
    if (inLabel !== null && inLabel > 0) { communes.push({ row, col, value: inLabel, form: 'text', text: raw }); continue; }
    if (isCommunesLabel(folded)) {
      const valueCol = numberRight(grid, row, col);
      if (valueCol !== null) communes.push({ row, col, value: grid.number(row, valueCol) ?? 0, form: 'label', valueCol, text: raw });
      else if (raw.trim().endsWith(':') && grid.isBlank(row, col + 1)) communes.push({ row, col, value: 0, form: 'label', valueCol: col + 1, text: raw });
      continue;
    }
    const all = allCommunesIn(raw);
    if (all !== null && all > 0) communes.push({ row, col, value: all, form: wide(grid, row, col) ? 'title' : 'text', text: raw });
  }
  return { communes, abbreviations };
}

/** A title line: merged wide, or the only text of its row. */
function wide(grid: Grid, row: number, col: number): boolean {
  const area = grid.mergeOf(row, col);
  if (area && area.right - area.left >= 2) return true;
  return grid.cols().every((other) => other === col || grid.isBlank(row, other));
}

/** The first cell right of a label holding a number (a formula's cached value included), within a few columns. */
function numberRight(grid: Grid, row: number, col: number): number | null {
  const own = grid.mergeOf(row, col);
  for (let c = (own?.right ?? col) + 1; c <= Math.min(grid.right, col + 4); c++) {
    const value = grid.value(row, c);
    if (typeof value === 'number') return c;
    if (typeof value === 'string' && parseVietnameseNumber(value) !== null) return c;
    if (!grid.isBlank(row, c)) return null;
  }
  return null;
}
