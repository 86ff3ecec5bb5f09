import { provincePlansCommunes } from '../catalog/calendar';
import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { fold, hasAnyWords } from '../text/fold';
import { viewsOf } from './select';
import type { Analysis } from './types';

/** The level of government that issues the plan. */
export type Level = 'tinh' | 'huyen' | 'xa';

/** Where a fact was read: the cell and its text. */
export type Evidence = { sheet: string; cell: string; text: string };

/**
 * Who issues the plan: the level, and the name when a title gives it ("UBND TỈNH LẠNG SƠN"); `how`
 * the level was decided: named in a title, pointed to by the sheets' words, or by the calendar.
 */
export type Issuer = { level?: Level; name?: string; how?: 'title' | 'words' | 'calendar'; evidence?: Evidence };

const LEVEL_WORDS: Record<string, Level> = { tinh: 'tinh', huyen: 'huyen', 'thi xa': 'huyen', quan: 'huyen', xa: 'xa', phuong: 'xa', 'thi tran': 'xa' };
/** Cities governed as provinces: "Thành phố Hải Phòng" issues a province's plan. */
const PROVINCIAL_CITIES = ['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue'];
/** Words that end a name in a title ("… TỈNH BẮC GIANG NĂM 2022"). */
const AFTER_NAME = /^(?:nam|giai doan|gd|ve|ban hanh|kem theo|den|theo|tu|trong|tren|dat|phan dau|giao)$/;
/** Words no place name holds: "xã nông thôn mới", "các huyện". */
const NOT_A_NAME = ['nong thon', 'tieu chi', 'ke hoach', 'xay dung', 'chi tieu', 'nhom', 'cac', 'toan', 'cap', 'thanh vien', 'chuan', 'moi'];

/** Each character folded on its own, so positions in the folded text are positions in the text. */
function looseOf(text: string): string {
  return [...text].map((ch) => {
    if (ch.length !== 1) return ' '.repeat(ch.length);
    const folded = fold(ch);
    return folded.length === 1 ? folded : ch.toLowerCase().slice(0, 1);
  }).join('');
}

/** "LẠNG SƠN" → "Lạng Sơn". */
function titleCase(name: string): string {
  return name.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'));
}

/**
 * The issuing body a title names: "UBND TỈNH LẠNG SƠN", "Ủy ban nhân dân huyện Thạch An", "… TỈNH
 * BẮC GIANG NĂM 2022", in any Unicode form; nothing for "toàn tỉnh", "BCĐ tỉnh", "xã nông thôn mới".
 *
 * @example
 * issuerIn('KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI TỈNH BẮC GIANG NĂM 2022') // { level: 'tinh', name: 'Bắc Giang' }
 */
export function issuerIn(text: string): Omit<Issuer, 'evidence'> | undefined {
  const raw = text.normalize('NFC').replace(/\s+/g, ' ');
  const loose = looseOf(raw);
  const patterns = [
    /(?:^|\s)(?:uy ban nhan dan|ubnd)\s+(tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran)\s+/g,
    /(?:^|\s)(tinh|thanh pho|huyen|thi xa)\s+/g,
  ];
  for (const pattern of patterns) {
    for (const match of loose.matchAll(pattern)) {
      const before = loose.slice(0, match.index).trim().split(' ').pop() ?? '';
      if (['toan', 'cap', 'cac', 'bcd', 'cua', 'trong', 'tren'].includes(before) && pattern === patterns[1]) continue;
      const start = match.index! + match[0].length;
      const words: string[] = [];
      let at = start;
      for (const word of loose.slice(start).split(/[\s,;.():–-]/)) {
        if (!word || AFTER_NAME.test(word) || /\d/.test(word) || words.length === 4) break;
        words.push(word);
        at += word.length + 1;
      }
      const folded = words.join(' ');
      if (!words.length || hasAnyWords(folded, NOT_A_NAME)) continue;
      const name = raw.slice(start, at - 1).trim();
      // A name is written with capitals ("tỉnh Bắc Giang"), not "huyện phấn đấu".
      if (!name.split(' ').every((word) => /^\p{Lu}/u.test(word))) continue;
      const word = match[1];
      const level = word === 'thanh pho' ? (PROVINCIAL_CITIES.includes(folded) ? 'tinh' : 'huyen') : LEVEL_WORDS[word];
      return { level, name: titleCase(name) };
    }
  }
  return undefined;
}

/** The texts of the rows above the tables of each sheet: titles, never a table's lines. */
function titleCells(analysis: Analysis): { grid: Grid; row: number; col: number; text: string }[] {
  return analysis.sheets.flatMap(({ grid, views }) => {
    if (views.length === 0) return [];
    const tables = views.map((view) => view.table);
    const lowest = Math.max(...tables.map((t) => t.header.top));
    const cells = [];
    for (let row = grid.top; row < lowest; row++) {
      if (tables.some((t) => row >= t.header.top && row <= t.body.bottom)) continue;
      for (const col of grid.cols()) {
        const text = grid.raw(row, col).trim();
        if (text && (grid.mergeOf(row, col)?.left ?? col) === col) cells.push({ grid, row, col, text });
      }
    }
    return cells;
  });
}

/** The level other words of the workbook point to: who directs the tasks, which departments lead ("Sở …" or "Phòng …"). */
function levelByWords(analysis: Analysis, titles: string[]): Level | undefined {
  const votes = { tinh: 0, huyen: 0 };
  const vote = (folded: string) => {
    if (hasAnyWords(folded, ['bcd tinh', 'ubnd tinh', 'toan tinh', 'cap tinh', 'tinh uy'])) votes.tinh++;
    if (hasAnyWords(folded, ['bcd huyen', 'ubnd huyen', 'toan huyen', 'cap huyen', 'huyen uy'])) votes.huyen++;
  };
  titles.forEach((text) => vote(fold(text)));
  for (const { grid, model } of viewsOf(analysis, 'tasks')) {
    if (model.cols.directing === undefined) continue;
    for (const row of model.rows) vote(grid.text(row.row, model.cols.directing));
  }
  for (const { model } of viewsOf(analysis, 'responsibility')) {
    for (const row of model.rows) {
      const agency = fold(row.agency);
      if (/^so\b/.test(agency)) votes.tinh++;
      if (/^phong\b/.test(agency)) votes.huyen++;
      vote(agency);
    }
  }
  if (votes.tinh === votes.huyen) return undefined;
  return votes.tinh > votes.huyen ? 'tinh' : 'huyen';
}

const DECIDED = new WeakMap<Analysis, Issuer>();

/**
 * The level that plans (province, district or commune) and the issuing body, decided once per
 * workbook for the plan text, the appendix and every other consumer: the body a title above the
 * tables names ("UBND TỈNH LẠNG SƠN", "… huyện Thạch An"), else the level the sheets' words point
 * to (who directs the tasks, "Sở …" or "Phòng …" leading, "toàn tỉnh", "BCĐ huyện"), else the
 * province when the plan year is 2026 or later (no districts since 7/2025: `catalog/calendar.ts`).
 * Before 2026 with no words, the level is not known (`level` undefined, `how` absent).
 *
 * @example
 * planningLevel(analysis) // { level: 'huyen', name: 'Thạch An', how: 'title', evidence: { sheet: 'Giao chỉ tiêu', cell: 'A1', text: 'UBND HUYỆN THẠCH AN' } }
 */
export function planningLevel(analysis: Analysis): Issuer {
  let decided = DECIDED.get(analysis);
  if (!decided) DECIDED.set(analysis, (decided = decide(analysis)));
  return decided;
}

function decide(analysis: Analysis): Issuer {
  const titles = titleCells(analysis);
  for (const cell of titles) {
    const found = issuerIn(cell.text);
    if (found) return { ...found, how: 'title', evidence: { sheet: cell.grid.name, cell: a1(cell.row, cell.col), text: cell.text } };
  }
  const byWords = levelByWords(analysis, titles.map((c) => c.text));
  if (byWords) return { level: byWords, how: 'words' };
  // Since 7/2025 there are no districts: a plan under the 2026 set is the province's or a commune's.
  if (provincePlansCommunes(analysis.planYear ?? analysis.catalog.period.from)) return { level: 'tinh', how: 'calendar' };
  return {};
}
